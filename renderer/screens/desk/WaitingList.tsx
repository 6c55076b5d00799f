// The waiting list: ticket, service, language, minutes waited (updating), needs and placement, with Call.
import type { SiteConfig } from '../../../machines/contracts/site.js';
import type { Ticket } from '../../../machines/contracts/ticket.js';
import { t } from './deskText.js';
import { NeedsBadges } from './NeedsBadges.js';
import { languageName, minutesWaited, serviceName } from './ticketFacts.js';

interface Props {
  site: SiteConfig;
  tickets: Ticket[] | null;
  nowMs: number;
  /** Null: this desk cannot call now (not signed in, on a break, or serving someone). */
  onCall: ((ticketId: string) => void) | null;
}

export function WaitingList({ site, tickets, nowMs, onCall }: Props) {
  const counterName = (id: string) => site.counters.find((c) => c.id === id)?.name ?? id;
  return (
    <section className="panel" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">{t('waiting.heading', { count: tickets?.length ?? 0 })}</h2>
      {tickets === null ? (
        <p>{t('waiting.loading')}</p>
      ) : tickets.length === 0 ? (
        <p>{t('waiting.empty')}</p>
      ) : (
        <table className="table" data-testid="waiting-list">
          <caption className="visually-hidden">{t('waiting.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('waiting.col.ticket')}</th>
              <th scope="col">{t('waiting.col.service')}</th>
              <th scope="col">{t('waiting.col.language')}</th>
              <th scope="col">{t('waiting.col.waited')}</th>
              <th scope="col">{t('waiting.col.needs')}</th>
              <th scope="col">{t('waiting.col.action')}</th>
            </tr>
          </thead>
          <tbody>
            {tickets.map((ticket) => (
              <tr key={ticket.id}>
                <th scope="row" className="ticket-number">
                  {ticket.number}
                  {ticket.front && <span className="tag">{t('waiting.front')}</span>}
                  {ticket.targetCounterId && (
                    <span className="tag">
                      {t('waiting.forCounter', { counter: counterName(ticket.targetCounterId) })}
                    </span>
                  )}
                </th>
                <td>{serviceName(site, ticket.serviceId)}</td>
                <td>{languageName(ticket.language)}</td>
                <td className="nowrap">{t('waiting.minutes', { minutes: minutesWaited(ticket, nowMs) })}</td>
                <td>
                  <NeedsBadges ticket={ticket} />
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    aria-disabled={onCall === null}
                    onClick={() => onCall?.(ticket.id)}
                  >
                    {t('waiting.call', { ticket: ticket.number })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
