// Needs shown as text badges (never colour alone): interpreter with mode and language, then accessibility.
import type { Ticket } from '../../../machines/contracts/ticket.js';
import { t } from './deskText.js';
import { needsBadges } from './ticketFacts.js';

export function NeedsBadges({ ticket }: { ticket: Ticket }) {
  const badges = needsBadges(ticket, t);
  if (badges.length === 0) return <span className="muted">{t('needs.none')}</span>;
  return (
    <ul className="badges">
      {badges.map((badge, i) => (
        <li
          key={badge}
          className={i === 0 && ticket.needs.interpreter ? 'badge badge--interpreter' : 'badge'}
        >
          {badge}
        </li>
      ))}
    </ul>
  );
}
