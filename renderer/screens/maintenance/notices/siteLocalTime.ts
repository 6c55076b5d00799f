// A datetime-local field's "YYYY-MM-DDTHH:MM" read as wall time in the site's time zone, and back: staff type
// the site's clock whatever the browser's own zone, and the hub gets ISO UTC. Daylight saving as in
// machines/time/localClock.ts: a time in the spring-forward gap moves later by the gap, an overlap time is
// the earlier instant.
import { instantOfLocal, localDateTimeOf } from '../../../../machines/time/localClock.js';

const pattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,3})?)?$/;
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The instant a datetime-local value names in `timeZone`, as ISO UTC; null when it is empty or not a time. */
export function isoOfSiteLocal(value: string, timeZone: string): string | null {
  const match = pattern.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const check = new Date(Date.UTC(year, month - 1, day));
  const realDate =
    check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
  if (!realDate || hour > 23 || minute > 59) return null;
  return instantOfLocal({ year, month, day }, `${pad(hour)}:${pad(minute)}`, timeZone).toISOString();
}

/** The datetime-local value ("2026-11-26T09:05") that shows `iso` on the site's wall clock, to the minute. */
export function siteLocalOfIso(iso: string, timeZone: string): string {
  const local = localDateTimeOf(new Date(iso), timeZone);
  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}`;
}
