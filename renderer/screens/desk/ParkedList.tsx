// Visitors parked at this counter, each with Resume (allowed when nobody is held at the counter).
import type { SiteConfig } from '../../../machines/contracts/site.js';
import type { Ticket } from '../../../machines/contracts/ticket.js';
import { t } from './deskText.js';
import { NeedsBadges } from './NeedsBadges.js';
import { serviceName } from './ticketFacts.js';

interface Props {
  site: SiteConfig;
  tickets: Ticket[];
  busy: boolean;
  onResume: (ticketId: string) => void;
}

export function ParkedList({ site, tickets, busy, onResume }: Props) {
  return (
    <section className="panel" aria-labelledby="parked-heading">
      <h2 id="parked-heading">{t('parked.heading', { count: tickets.length })}</h2>
      {tickets.length === 0 ? (
        <p>{t('parked.empty')}</p>
      ) : (
        <ul className="parked" data-testid="parked-list">
          {tickets.map((ticket) => (
            <li key={ticket.id} className="parked__item">
              <span className="ticket-number">{ticket.number}</span> {serviceName(site, ticket.serviceId)}{' '}
              <NeedsBadges ticket={ticket} />
              <button
                type="button"
                className="button"
                aria-disabled={busy}
                onClick={() => !busy && onResume(ticket.id)}
              >
                {t('action.resume', { ticket: ticket.number })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
