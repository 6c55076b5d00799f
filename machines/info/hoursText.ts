// Weekly opening hours as short lines in the visitor's language ("Mon–Fri 8:00 AM – 5:00 PM"), using the
// platform's own names for days and its time format; consecutive days with the same hours are joined.
import type { OpeningHours, OpeningPeriod, Weekday } from '../contracts/site.js';

const week: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** 2024-01-01 was a Monday; any week serves to name the days. */
const mondayUtc = Date.UTC(2024, 0, 1, 12);

function dayName(day: Weekday, language: string): string {
  const date = new Date(mondayUtc + week.indexOf(day) * 86_400_000);
  return new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(date);
}

function timeText(hhmm: string, language: string): string {
  const [hours, minutes] = hhmm.split(':').map(Number);
  const date = new Date(Date.UTC(2024, 0, 1, hours, minutes));
  return new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    date,
  );
}

const periodsKey = (periods: readonly OpeningPeriod[] | undefined): string =>
  (periods ?? []).map((p) => `${p.opens}-${p.closes}`).join(',');

/** One line per run of days with the same hours; closed days are left out. */
export function openingHoursLines(hours: OpeningHours, language: string): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start < week.length) {
    const key = periodsKey(hours[week[start] as Weekday]);
    let end = start;
    while (end + 1 < week.length && periodsKey(hours[week[end + 1] as Weekday]) === key) end += 1;
    const periods = hours[week[start] as Weekday] ?? [];
    if (periods.length > 0) {
      const first = dayName(week[start] as Weekday, language);
      const days = end === start ? first : `${first}–${dayName(week[end] as Weekday, language)}`;
      const times = periods.map((p) => `${timeText(p.opens, language)} – ${timeText(p.closes, language)}`);
      lines.push(`${days} ${times.join(', ')}`);
    }
    start = end + 1;
  }
  return lines;
}
