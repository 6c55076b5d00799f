// The service day: the site's local calendar date an instant falls on, whatever the server's own time zone.
import { formatterFor, localDateTimeOf } from './localClock.js';

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** 'YYYY-MM-DD' of `instant` in the site's local calendar (`timeZone` is an IANA name). */
export function serviceDayOf(instant: Date, timeZone: string): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('serviceDayOf needs a valid date');
  const { year, month, day } = localDateTimeOf(instant, timeZone);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** True when `timeZone` is an IANA time zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}
