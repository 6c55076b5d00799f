// The intake figures in the visitor's words: people ahead, the estimated wait as a range, and why a service is
// closed with what to do instead (opening time in the visitor's language and the site's time zone).
import type { Intake, ServiceIntake, WaitEstimate } from '../../../machines/contracts/floor.js';
import { serviceDayOf } from '../../../machines/time/serviceDay.js';
import type { KioskText } from './kioskText.js';

export function aheadText({ t }: KioskText, count: number): string {
  return t('intake.ahead', { count });
}

/** "About 10–20 minutes"; null when the hub has no honest estimate (nothing is invented). */
export function waitText({ t }: KioskText, estimate: WaitEstimate | null): string | null {
  if (estimate === null) return null;
  const { lowMinutes: low, highMinutes: high } = estimate;
  if (low >= high) return t('intake.waitAbout', { minutes: high });
  if (low === 0) return t('intake.waitUpTo', { minutes: high });
  return t('intake.waitRange', { low, high });
}

const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** "Opens today at 8:00 AM", "Opens tomorrow at …", "Opens Monday at …" in the visitor's language. */
export function opensText({ t, lang }: KioskText, opensAt: string, now: string, timeZone: string): string {
  const at = new Date(opensAt);
  const time = new Intl.DateTimeFormat(lang, { timeZone, hour: 'numeric', minute: '2-digit' }).format(at);
  const days = dayNumber(serviceDayOf(at, timeZone)) - dayNumber(serviceDayOf(new Date(now), timeZone));
  if (days <= 0) return t('intake.opensToday', { time });
  if (days === 1) return t('intake.opensTomorrow', { time });
  const weekday = new Intl.DateTimeFormat(lang, { timeZone, weekday: 'long' }).format(at);
  return t('intake.opensOn', { weekday, time });
}

/** Why a closed service takes nobody now, and what the visitor can do instead (one sentence a line). */
export function closedLines(
  text: KioskText,
  service: ServiceIntake,
  intake: Pick<Intake, 'at'>,
  timeZone: string,
): string[] {
  if (service.closedReason !== 'outside-hours') return [text.t('intake.noMoreToday')];
  const first =
    service.opensAt === null
      ? text.t('intake.closedNow')
      : opensText(text, service.opensAt, intake.at, timeZone);
  return [first, text.t('intake.otherWays')];
}
