// "Withdraw notice": says it leaves every device at once, takes an optional reason kept with it for staff, and
// withdraws it only on "Yes, withdraw notice"; Cancel keeps it.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Notice } from '../../../../machines/contracts/notices.js';
import type { HubBridge } from '../../../bridge/hubBridge.js';
import { Field } from '../../../shared/SelectField.js';
import { withdrawNotice } from './noticeActions.js';
import { t } from './noticesText.js';

export const withdrawReasonMax = 200;

interface Props {
  bridge: HubBridge;
  notice: Pick<Notice, 'id' | 'messages'>;
  onDone: (text: string) => void;
  onCancel: () => void;
}

export function WithdrawNoticeForm({ bridge, notice, onDone, onCancel }: Props) {
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldRef = useRef<HTMLInputElement>(null);
  useEffect(() => fieldRef.current?.focus(), []);
  const headline = notice.messages.en?.headline ?? '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    setBusy(true);
    withdrawNotice(bridge, notice.id, reason.trim()).then((result) => {
      setBusy(false);
      if (result.kind === 'done') onDone(t('withdrawn', { headline }));
      else setFailure(result.text);
    });
  };

  return (
    <form className="stack sub-panel" onSubmit={submit} noValidate aria-labelledby="notice-withdraw-heading">
      <h3 id="notice-withdraw-heading">{t('withdraw.heading', { headline })}</h3>
      <p className="warning-box">{t('withdraw.warning')}</p>
      {failure && (
        <p role="alert" className="error-summary">
          {failure}
        </p>
      )}
      <Field
        id="notice-withdraw-reason"
        label={t('withdraw.reason')}
        hint={{ id: 'notice-withdraw-reason-hint', text: t('withdraw.reasonHint') }}
      >
        <input
          ref={fieldRef}
          id="notice-withdraw-reason"
          className="input"
          type="text"
          autoComplete="off"
          maxLength={withdrawReasonMax}
          aria-describedby="notice-withdraw-reason-hint"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <div className="button-row">
        <button type="submit" className="button button--warning" aria-disabled={busy}>
          {t('withdraw.confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
