// What the desk shows about a ticket: whole minutes waited, service name, language name and needs badges.
import type { SiteConfig } from '../../../machines/contracts/site.js';
import type { Ticket } from '../../../machines/contracts/ticket.js';
import type { Translate } from '../../../machines/i18n/translate.js';

/** Whole minutes between issue and `nowMs` (never negative, even with a skewed clock). */
export function minutesWaited(ticket: Ticket, nowMs: number): number {
  return Math.max(0, Math.floor((nowMs - Date.parse(ticket.issuedAt)) / 60_000));
}

/** Staff-facing English service name from the site config (the id if the config lacks it). */
export function serviceName(site: SiteConfig, serviceId: string): string {
  return site.services.find((s) => s.id === serviceId)?.name ?? serviceId;
}

const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** English name of a language tag, e.g. "es" → "Spanish", "ase" → "American Sign Language". */
export function languageName(tag: string): string {
  if (tag === 'ase') return 'American Sign Language';
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Text badges for a ticket's needs: interpreter (mode and language) first, then each accessibility need. */
export function needsBadges(ticket: Ticket, t: Translate): string[] {
  const badges: string[] = [];
  const { interpreter, accessibility } = ticket.needs;
  if (interpreter) {
    badges.push(
      t('needs.interpreter', {
        mode: t(`needs.mode.${interpreter.mode}`),
        language: languageName(interpreter.language),
      }),
    );
  }
  for (const need of accessibility) badges.push(t(`needs.${need}`));
  return badges;
}
