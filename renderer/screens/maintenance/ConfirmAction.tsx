// A destructive button that asks first: "Disable" turns into a question with "Yes, …" and "Cancel". By keyboard:
// the question takes focus on "Yes, …"; Escape or Cancel closes it and focus returns to the button that opened it.
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
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
  const openerRef = useRef<HTMLButtonElement>(null);
  /** Set when the question closes without confirming, so the opener gets focus back once it is shown again. */
  const returnFocus = useRef(false);
  useEffect(() => {
    if (asking) yesRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      openerRef.current?.focus();
    }
  }, [asking]);
  const cancel = () => {
    returnFocus.current = true;
    setAsking(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    cancel();
  };
  if (!asking) {
    return (
      <button
        ref={openerRef}
        type="button"
        className="button button--warning button--small"
        onClick={() => setAsking(true)}
      >
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
        onKeyDown={onKeyDown}
        onClick={() => {
          if (busy) return;
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button button--small" onKeyDown={onKeyDown} onClick={cancel}>
        {t('action.cancel')}
      </button>
    </div>
  );
}
