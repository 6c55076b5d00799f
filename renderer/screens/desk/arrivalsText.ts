// What the desk's live region says about tickets that just joined the waiting list, and which ones those are.
import type { SiteConfig } from '../../../machines/contracts/site.js';
import type { Ticket } from '../../../machines/contracts/ticket.js';
import type { Translate } from '../../../machines/i18n/translate.js';
import { languageName, serviceName } from './ticketFacts.js';

/** The waiting tickets never seen before (`known` holds every ticket id already seen waiting). */
export function newArrivals(known: ReadonlySet<string>, waiting: Ticket[]): Ticket[] {
  return waiting.filter((ticket) => !known.has(ticket.id));
}

/** One sentence per new ticket: number and service, then the interpreter's mode, language and language code. */
export function arrivalsText(site: SiteConfig, tickets: Ticket[], t: Translate): string {
  return tickets
    .map((ticket) => {
      const line = t('arrivals.ticket', {
        ticket: ticket.number,
        service: serviceName(site, ticket.serviceId),
      });
      const interpreter = ticket.needs.interpreter;
      if (!interpreter) return line;
      const need = t('arrivals.interpreter', {
        mode: t(`needs.mode.${interpreter.mode}`),
        language: languageName(interpreter.language),
        code: interpreter.language,
      });
      return `${line} ${need}`;
    })
    .join(' ');
}
