// "Find a ticket": type a number or scan the ticket's code (a USB scanner types the status URL and presses
// Enter); shows the visit's status, and for a waiting visitor "Call this ticket" through the desk's call path.
import { type FormEvent, useState } from 'react';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { describedBy, Field } from '../../shared/SelectField.js';
import { t } from './deskText.js';
import { type FindResult, findTicket } from './findTicket.js';
import { languageName, serviceName } from './ticketFacts.js';

interface Props {
  site: SiteConfig;
  bridge: HubBridge;
  /** Calls a waiting ticket to this counter; null while the desk cannot call (closed, busy, serving). */
  onCall: ((ticketId: string) => void) | null;
}

export function FindTicket({ site, bridge, onCall }: Props) {
  const [entry, setEntry] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<FindResult | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    findTicket(bridge, entry).then((found) => {
      setBusy(false);
      setResult(found);
      if (found.kind === 'found') setEntry('');
    });
  };
  const call =
    onCall &&
    ((ticketId: string) => {
      setResult(null);
      onCall(ticketId);
    });
  return (
    <FindTicketView
      site={site}
      entry={entry}
      busy={busy}
      result={result}
      onEntry={setEntry}
      onSubmit={submit}
      onCall={call}
    />
  );
}

interface ViewProps {
  site: SiteConfig;
  entry: string;
  busy: boolean;
  result: FindResult | null;
  onEntry: (entry: string) => void;
  onSubmit: (event: FormEvent) => void;
  onCall: ((ticketId: string) => void) | null;
}

export function FindTicketView({ site, entry, busy, result, onEntry, onSubmit, onCall }: ViewProps) {
  const empty = result?.kind === 'empty';
  return (
    <section className="panel" aria-labelledby="find-heading">
      <h2 id="find-heading">{t('find.heading')}</h2>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <Field
          id="find-ticket"
          label={t('find.label')}
          hint={{ id: 'find-ticket-hint', text: t('find.hint') }}
          error={empty ? { id: 'find-ticket-error', text: t('find.error.empty') } : null}
        >
          <input
            id="find-ticket"
            className="input"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={300}
            aria-invalid={empty ? true : undefined}
            aria-describedby={describedBy('find-ticket-hint', empty && 'find-ticket-error')}
            value={entry}
            onChange={(e) => onEntry(e.target.value)}
            data-testid="desk-find"
          />
        </Field>
        <button type="submit" className="button" aria-disabled={busy}>
          {t('find.submit')}
        </button>
      </form>
      <p role="status">{busy ? t('find.busy') : ''}</p>
      {result?.kind === 'refused' && (
        <p role="alert" className="error-summary" data-testid="desk-find-error">
          {result.text}
        </p>
      )}
      {result?.kind === 'found' && <FoundTicket site={site} result={result} onCall={onCall} />}
    </section>
  );
}

function FoundTicket({
  site,
  result: { ticket },
  onCall,
}: {
  site: SiteConfig;
  result: Extract<FindResult, { kind: 'found' }>;
  onCall: ((ticketId: string) => void) | null;
}) {
  const counter = site.counters.find((c) => c.id === ticket.counterId)?.name ?? ticket.counterId;
  return (
    <div className="found-ticket" data-testid="desk-find-result">
      <h3>{t('find.result', { ticket: ticket.number })}</h3>
      <dl className="facts">
        <dt>{t('find.status')}</dt>
        <dd data-testid="desk-find-status">
          {t(`find.status.${ticket.status}`)}
          {counter && ticket.status !== 'waiting' ? ` · ${t('find.counter', { counter })}` : ''}
        </dd>
        <dt>{t('visitor.service')}</dt>
        <dd>{serviceName(site, ticket.serviceId)}</dd>
        <dt>{t('visitor.language')}</dt>
        <dd>{languageName(ticket.language)}</dd>
      </dl>
      {ticket.status === 'waiting' &&
        (onCall ? (
          <button type="button" className="button button--primary" onClick={() => onCall(ticket.id)}>
            {t('find.call')}
            <span className="visually-hidden"> {ticket.number}</span>
          </button>
        ) : (
          <p className="field__hint">{t('find.cannotCall')}</p>
        ))}
    </div>
  );
}
