// "Withdraw <reference>": asks why first (required, up to 200 characters), says that the request will never be
// sent and its personal data is deleted at once, then withdraws it; Cancel leaves it in review.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { CaseRequestView } from '../../../../machines/contracts/caseRequests.js';
import type { HubBridge } from '../../../bridge/hubBridge.js';
import { describedBy, Field } from '../../../shared/SelectField.js';
import { t } from '../maintenanceText.js';
import { withdrawRequest } from './reviewActions.js';

export const withdrawReasonMax = 200;

interface Props {
  bridge: HubBridge;
  request: Pick<CaseRequestView, 'id' | 'localReference'>;
  onDone: (text: string) => void;
  onCancel: () => void;
}

export function WithdrawForm({ bridge, request, onDone, onCancel }: Props) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldRef = useRef<HTMLInputElement>(null);
  useEffect(() => fieldRef.current?.focus(), []);
  const reference = request.localReference;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const given = reason.trim();
    setMissing(given === '');
    setFailure(null);
    if (given === '') return fieldRef.current?.focus();
    setBusy(true);
    withdrawRequest(bridge, request.id, given).then((result) => {
      setBusy(false);
      if (result.kind === 'done') onDone(t('requests.withdrawn', { reference }));
      else setFailure(result.kind === 'failed' ? result.text : t('requests.failed'));
    });
  };

  return (
    <form className="stack sub-panel" onSubmit={submit} noValidate aria-labelledby="withdraw-heading">
      <h3 id="withdraw-heading">{t('requests.withdraw.heading', { reference })}</h3>
      <p className="warning-box">{t('requests.withdraw.warning')}</p>
      {failure && (
        <p role="alert" className="error-summary">
          {failure}
        </p>
      )}
      <Field
        id="withdraw-reason"
        label={t('requests.withdraw.reason')}
        hint={{ id: 'withdraw-reason-hint', text: t('requests.withdraw.reasonHint') }}
        error={missing ? { id: 'withdraw-reason-error', text: t('requests.withdraw.reasonMissing') } : null}
      >
        <input
          ref={fieldRef}
          id="withdraw-reason"
          className="input"
          type="text"
          autoComplete="off"
          maxLength={withdrawReasonMax}
          aria-required="true"
          aria-invalid={missing ? true : undefined}
          aria-describedby={describedBy('withdraw-reason-hint', missing && 'withdraw-reason-error')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <div className="button-row">
        <button type="submit" className="button button--warning" aria-disabled={busy}>
          {t('requests.withdraw.confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
