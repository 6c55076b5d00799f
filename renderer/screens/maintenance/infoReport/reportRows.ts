// The information visits report as rows to show: the default range (the last 7 site-local days), a checked
// range, per-language totals named in English, and topic × language rows titled from the published content.
import type { InfoContent, InfoVisitReport } from '../../../../machines/contracts/info.js';
import { addDays, type LocalDate } from '../../../../machines/time/localClock.js';
import { serviceDayOf } from '../../../../machines/time/serviceDay.js';
import { languageName } from '../../desk/ticketFacts.js';

/** The longest range the panel asks for, in days after `from` (366 days counted inclusively, as the hub). */
export const maxRangeDays = 365;

export interface DateRange {
  from: string;
  to: string;
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function localDateOf(day: string): LocalDate | null {
  const match = dayPattern.exec(day);
  if (!match) return null;
  const [year, month, date] = match.slice(1).map(Number) as [number, number, number];
  const check = new Date(Date.UTC(year, month - 1, date));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return null;
  return { year, month, day: date };
}

const dayText = (date: LocalDate) =>
  `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

/** Today and the six days before it, on the site's calendar. */
export function lastDays(now: Date, timeZone: string, days = 7): DateRange {
  const to = serviceDayOf(now, timeZone);
  const today = localDateOf(to) as LocalDate;
  return { from: dayText(addDays(today, -(days - 1))), to };
}

/** Both real dates, `from` not after `to`, at most `maxRangeDays` apart. */
export function isValidRange(range: DateRange): boolean {
  const from = localDateOf(range.from);
  const to = localDateOf(range.to);
  if (!from || !to) return false;
  const span =
    (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000;
  return span >= 0 && span <= maxRangeDays;
}

export interface LanguageRow {
  language: string;
  name: string;
  visits: number;
  printed: number;
  tickets: number;
}

/** One row per language, most visits first, then by name. */
export function languageRows(report: InfoVisitReport): LanguageRow[] {
  return report.byLanguage
    .map((row) => ({ ...row, name: languageName(row.language) }))
    .sort((a, b) => b.visits - a.visits || a.name.localeCompare(b.name));
}

/** The totals over every language. */
export function totalRow(report: InfoVisitReport): Omit<LanguageRow, 'language' | 'name'> {
  return report.byLanguage.reduce(
    (sum, row) => ({
      visits: sum.visits,
      printed: sum.printed + row.printed,
      tickets: sum.tickets + row.tickets,
    }),
    { visits: report.visits, printed: 0, tickets: 0 },
  );
}

export interface TopicRow {
  topicId: string;
  title: string;
  language: string;
  languageName: string;
  views: number;
  printed: number;
  tickets: number;
}

/** A topic's English title in the published content, or its id when the content no longer has it. */
export function topicTitle(content: Pick<InfoContent, 'topics'> | null, topicId: string): string {
  return content?.topics.find((topic) => topic.id === topicId)?.texts.en?.title ?? topicId;
}

/** One row per topic and language, most viewed first, then by title and language. */
export function topicRows(report: InfoVisitReport, content: Pick<InfoContent, 'topics'> | null): TopicRow[] {
  return report.byTopic
    .map((row) => ({
      ...row,
      title: topicTitle(content, row.topicId),
      languageName: languageName(row.language),
    }))
    .sort(
      (a, b) =>
        b.views - a.views || a.title.localeCompare(b.title) || a.languageName.localeCompare(b.languageName),
    );
}
