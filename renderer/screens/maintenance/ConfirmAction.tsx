// A destructive button that asks first: "Disable" turns into a question with "Yes, …" and "Cancel".
import { useEffect, useRef, useState } from 'react';
import { t } from './maintenanceText.js';

interface Props {
  /** Visible button text, e.g. "Disable". */
  label: string;
  /** What it acts on, added for screen readers so each row's button has its own name. */
  subject: string;
  question: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
}

export function ConfirmAction({ label, subject, question, confirmLabel, busy, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const yesRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yesRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" className="button button--warning button--small" onClick={() => setAsking(true)}>
        {label}
        <span className="visually-hidden"> {subject}</span>
      </button>
    );
  }
  return (
    <div className="confirm">
      <p className="confirm__question">{question}</p>
      <button
        ref={yesRef}
        type="button"
        className="button button--warning button--small"
        aria-disabled={busy}
        onClick={() => {
          if (busy) return;
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button button--small" onClick={() => setAsking(false)}>
        {t('action.cancel')}
      </button>
    </div>
  );
}
