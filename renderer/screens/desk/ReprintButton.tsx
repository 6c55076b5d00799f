// The visitor panel's "Reprint ticket": sends the reprint and says where it went, or the hub's reason it cannot.
import { useState } from 'react';
import type { Ticket } from '../../../machines/contracts/ticket.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { t } from './deskText.js';
import { type ReprintResult, requestReprint } from './reprintTicket.js';

interface Props {
  bridge: HubBridge;
  ticket: Pick<Ticket, 'id' | 'number'>;
  /** The desk's actions are paused (its staff stream is lost): the button is disabled. */
  paused?: boolean;
}

export function ReprintButton({ bridge, ticket, paused = false }: Props) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReprintResult | null>(null);
  const reprint = () => {
    if (busy || paused) return;
    setBusy(true);
    setResult(null);
    requestReprint(bridge, ticket.id).then((answer) => {
      setBusy(false);
      setResult(answer);
    });
  };
  return (
    <ReprintView
      busy={busy}
      disabled={busy || paused}
      result={result}
      ticketNumber={ticket.number}
      onReprint={reprint}
    />
  );
}

interface ViewProps {
  busy: boolean;
  /** Busy, or the desk's actions are paused (defaults to `busy`). */
  disabled?: boolean;
  result: ReprintResult | null;
  ticketNumber: string;
  onReprint: () => void;
}

export function ReprintView({ busy, disabled = busy, result, ticketNumber, onReprint }: ViewProps) {
  return (
    <div className="reprint">
      <button
        type="button"
        className="button"
        aria-disabled={disabled}
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
