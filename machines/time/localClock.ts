// Site-local wall-clock arithmetic via Intl: an instant's local date and time, and a local "HH:MM" as an instant.

/** A site-local calendar date (month 1–12). */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type WeekdayId = (typeof WEEKDAYS)[number];

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached formatter of wall time in `timeZone`; throws RangeError for an unknown zone. */
export function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
      calendar: 'gregory',
      numberingSystem: 'latn',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock date and time `instant` shows in `timeZone` (an IANA name). */
export function localDateTimeOf(instant: Date, timeZone: string): LocalDateTime {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => {
    const found = parts.find((p) => p.type === type);
    if (!found) throw new RangeError(`no ${type} in the date for time zone ${timeZone}`);
    return Number(found.value);
  };
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour') % 24,
    minute: part('minute'),
    second: part('second'),
  };
}

/** `date` moved by `days` calendar days. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

export function weekdayOf(date: LocalDate): WeekdayId {
  return WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()]!;
}

/** Milliseconds `timeZone` is ahead of UTC at `instantMs`. */
function offsetAt(instantMs: number, timeZone: string): number {
  const t = localDateTimeOf(new Date(instantMs), timeZone);
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  return asUtc - (instantMs - (((instantMs % 1000) + 1000) % 1000));
}

/**
 * The instant a site-local "HH:MM" on `date` names. Daylight-saving like Temporal's "compatible": a time in the
 * fall-back overlap is the earlier instant; a time in the spring-forward gap is moved later by the gap (02:30
 * on a 02:00→03:00 day is 03:30).
 */
export function instantOfLocal(date: LocalDate, hhmm: string, timeZone: string): Date {
  const [hour, minute] = hhmm.split(':').map(Number) as [number, number];
  const wallAsUtc = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  const day = 86_400_000;
  const offsetBefore = offsetAt(wallAsUtc - day, timeZone);
  const offsetAfter = offsetAt(wallAsUtc + day, timeZone);
  const valid = [offsetBefore, offsetAfter]
    .map((offset) => wallAsUtc - offset)
    .filter((instant) => offsetAt(instant, timeZone) === wallAsUtc - instant)
    .sort((a, b) => a - b);
  return new Date(valid[0] ?? wallAsUtc - offsetBefore);
}
