// The kiosk's status and a scanned ticket in the visitor's words: lists of other kiosks, a ticket's status and
// what to do next (people ahead, estimated wait, the counter to go to).
import type { TicketStatusView } from '../../../machines/contracts/deviceCare.js';
import type { TicketStatus } from '../../../machines/contracts/ticket.js';
import { aheadText, waitText } from './intakeText.js';
import type { KioskText } from './kioskText.js';

/** "Kiosk A, Kiosk B and Kiosk C" in the visitor's language. */
export function namesText({ lang }: KioskText, names: readonly string[]): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(names);
}

/** "To get a printed ticket, use: …", or null when no other kiosk can print. */
export function otherKiosksHint(text: KioskText, names: readonly string[]): string | null {
  return names.length === 0 ? null : text.t('printer.otherKiosks', { names: namesText(text, names) });
}

/** ICU select keys cannot contain dashes, so `no-show` is `noShow` in the catalogs. */
const statusKey = (status: TicketStatus): string => (status === 'no-show' ? 'noShow' : status);

/** "About 10–15 minutes" → "about 10–15 minutes", to follow "Estimated wait:". */
const lowerFirst = (phrase: string, lang: string): string =>
  phrase.charAt(0).toLocaleLowerCase(lang) + phrase.slice(1);

/** The lines under a scanned ticket's number: its status, then the place in line or the counter. */
export function scanLines(text: KioskText, view: TicketStatusView): string[] {
  const { t } = text;
  const lines = [t('scan.status', { status: statusKey(view.status) })];
  if (view.status === 'waiting' || view.status === 'parked') {
    lines.push(aheadText(text, view.peopleAhead));
    const wait = waitText(text, view.estimatedWait);
    if (wait !== null) lines.push(t('scan.wait', { wait: lowerFirst(wait, text.lang) }));
  }
  if (view.counterName !== null && view.status === 'called') {
    lines.push(t('scan.goTo', { counter: view.counterName }));
  }
  if (view.counterName !== null && view.status === 'serving') {
    lines.push(t('scan.atCounter', { counter: view.counterName }));
  }
  return lines;
}
