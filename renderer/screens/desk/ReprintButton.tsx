// The visitor panel's "Reprint ticket": sends the reprint and says where it went, or the hub's reason it cannot.
import { useState } from 'react';
import type { Ticket } from '../../../machines/contracts/ticket.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { t } from './deskText.js';
import { type ReprintResult, requestReprint } from './reprintTicket.js';

interface Props {
  bridge: HubBridge;
  ticket: Pick<Ticket, 'id' | 'number'>;
}

export function ReprintButton({ bridge, ticket }: Props) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReprintResult | null>(null);
  const reprint = () => {
    if (busy) return;
    setBusy(true);
    setResult(null);
    requestReprint(bridge, ticket.id).then((answer) => {
      setBusy(false);
      setResult(answer);
    });
  };
  return <ReprintView busy={busy} result={result} ticketNumber={ticket.number} onReprint={reprint} />;
}

interface ViewProps {
  busy: boolean;
  result: ReprintResult | null;
  ticketNumber: string;
  onReprint: () => void;
}

export function ReprintView({ busy, result, ticketNumber, onReprint }: ViewProps) {
  return (
    <div className="reprint">
      <button
        type="button"
        className="button"
        aria-disabled={busy}
        onClick={onReprint}
        data-testid="desk-reprint"
      >
        {t('action.reprint')}
        <span className="visually-hidden"> {ticketNumber}</span>
      </button>
      <p role="status" className={result?.ok ? 'notice' : ''}>
        {busy ? t('reprint.busy') : result?.ok ? result.text : ''}
      </p>
      {result && !result.ok && (
        <p role="alert" className="error-summary" data-testid="desk-reprint-error">
          {result.text}
        </p>
      )}
    </div>
  );
}
