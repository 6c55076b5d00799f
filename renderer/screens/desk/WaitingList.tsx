// The waiting list: ticket, service, language, minutes waited (updating) and needs, in call order.
import type { SiteConfig } from '../../../machines/contracts/site.js';
import type { Ticket } from '../../../machines/contracts/ticket.js';
import { t } from './deskText.js';
import { NeedsBadges } from './NeedsBadges.js';
import { languageName, minutesWaited, serviceName } from './ticketFacts.js';

interface Props {
  site: SiteConfig;
  tickets: Ticket[] | null;
  nowMs: number;
}

export function WaitingList({ site, tickets, nowMs }: Props) {
  return (
    <section className="panel" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">{t('waiting.heading', { count: tickets?.length ?? 0 })}</h2>
      {tickets === null ? (
        <p>{t('waiting.loading')}</p>
      ) : tickets.length === 0 ? (
        <p>{t('waiting.empty')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('waiting.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('waiting.col.ticket')}</th>
              <th scope="col">{t('waiting.col.service')}</th>
              <th scope="col">{t('waiting.col.language')}</th>
              <th scope="col">{t('waiting.col.waited')}</th>
              <th scope="col">{t('waiting.col.needs')}</th>
            </tr>
          </thead>
          <tbody>
            {tickets.map((ticket) => (
              <tr key={ticket.id}>
                <th scope="row" className="ticket-number">
                  {ticket.number}
                </th>
                <td>{serviceName(site, ticket.serviceId)}</td>
                <td>{languageName(ticket.language)}</td>
                <td className="nowrap">{t('waiting.minutes', { minutes: minutesWaited(ticket, nowMs) })}</td>
                <td>
                  <NeedsBadges ticket={ticket} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
