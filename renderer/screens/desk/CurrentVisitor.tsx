// The visitor called to this counter, with Recall, No-show and Complete (which needs an outcome).
import { type FormEvent, type Ref, useState } from 'react';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import type { Ticket } from '../../../machines/contracts/ticket.js';
import { t } from './deskText.js';
import { NeedsBadges } from './NeedsBadges.js';
import { languageName, serviceName } from './ticketFacts.js';

interface Props {
  site: SiteConfig;
  ticket: Ticket;
  busy: boolean;
  outcomeMissing: boolean;
  outcomeRef: Ref<HTMLSelectElement>;
  onRecall: () => void;
  onNoShow: () => void;
  onComplete: (outcomeId: string) => void;
}

export function CurrentVisitor({ site, ticket, busy, outcomeMissing, outcomeRef, ...on }: Props) {
  const [outcomeId, setOutcomeId] = useState('');
  const complete = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) on.onComplete(outcomeId);
  };
  const guard = (action: () => void) => () => {
    if (!busy) action();
  };
  return (
    <div className="visitor">
      <p className="visitor__label">{t('visitor.ticket')}</p>
      <p className="visitor__number" data-testid="current-ticket">
        {ticket.number}
      </p>
      <dl className="facts">
        <dt>{t('visitor.service')}</dt>
        <dd>{serviceName(site, ticket.serviceId)}</dd>
        <dt>{t('visitor.language')}</dt>
        <dd>{languageName(ticket.language)}</dd>
        <dt>{t('visitor.needs')}</dt>
        <dd>
          <NeedsBadges ticket={ticket} />
        </dd>
      </dl>
      <p className="muted">{t('visitor.calls', { count: ticket.callCount })}</p>
      <div className="button-row">
        <button type="button" className="button" aria-disabled={busy} onClick={guard(on.onRecall)}>
          {t('action.recall')}
        </button>
        <button type="button" className="button" aria-disabled={busy} onClick={guard(on.onNoShow)}>
          {t('action.noShow')}
        </button>
      </div>
      <form className="complete-form" onSubmit={complete}>
        <div className={outcomeMissing ? 'field field--error' : 'field'}>
          <label htmlFor="outcome-select" className="field__label">
            {t('outcome.label')}
          </label>
          {outcomeMissing && (
            <p id="outcome-error" className="field__error">
              {t('error.outcome-required')}
            </p>
          )}
          <select
            id="outcome-select"
            ref={outcomeRef}
            className="select"
            aria-required="true"
            aria-invalid={outcomeMissing}
            aria-describedby={outcomeMissing ? 'outcome-error' : undefined}
            value={outcomeId}
            onChange={(e) => setOutcomeId(e.target.value)}
          >
            <option value="">{t('outcome.placeholder')}</option>
            {site.outcomes.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary" aria-disabled={busy}>
          {t('action.complete')}
        </button>
      </form>
    </div>
  );
}
