// The information visits report as rows: the last 7 site-local days by default, checked ranges, languages and
// topic × language rows (titled in English from the published content, or by id when it is gone).
import { describe, expect, it } from 'vitest';
import type { InfoVisitReport } from '../../../../../machines/contracts/info.js';
import {
  isValidRange,
  languageRows,
  lastDays,
  topicRows,
  topicTitle,
  totalRow,
} from '../../../../../renderer/screens/maintenance/infoReport/reportRows.js';

const portland = 'America/Los_Angeles';

const report: InfoVisitReport = {
  from: '2026-11-20',
  to: '2026-11-26',
  visits: 9,
  byLanguage: [
    { language: 'en', visits: 3, printed: 1, tickets: 0 },
    { language: 'es', visits: 6, printed: 2, tickets: 3 },
  ],
  byTopic: [
    { topicId: 'water-bills', language: 'en', views: 2, printed: 1, tickets: 0 },
    { topicId: 'food-help', language: 'es', views: 4, printed: 2, tickets: 1 },
    { topicId: 'gone-topic', language: 'es', views: 2, printed: 0, tickets: 2 },
    { topicId: 'water-bills', language: 'es', views: 2, printed: 0, tickets: 0 },
  ],
};

const title = (en: string) => ({ en: { title: en } });
const content = {
  topics: [
    { id: 'water-bills', texts: title('Pay a water bill') },
    { id: 'food-help', texts: title('Food assistance') },
  ],
} as unknown as Parameters<typeof topicRows>[1]; // only ids and English titles matter here

describe('date range', () => {
  it('defaults to today and the six days before it on the site calendar', () => {
    // 5:30 AM UTC on Dec 1 is still Nov 30 in Portland.
    expect(lastDays(new Date('2026-12-01T05:30:00.000Z'), portland)).toEqual({
      from: '2026-11-24',
      to: '2026-11-30',
    });
    expect(lastDays(new Date('2026-03-09T12:00:00.000Z'), portland)).toEqual({
      from: '2026-03-03',
      to: '2026-03-09',
    });
  });

  it('accepts one day to 366 days, and refuses reversed, impossible or too long ranges', () => {
    expect(isValidRange({ from: '2026-11-26', to: '2026-11-26' })).toBe(true);
    expect(isValidRange({ from: '2026-01-01', to: '2026-12-31' })).toBe(true);
    expect(isValidRange({ from: '2024-01-01', to: '2024-12-31' })).toBe(true);
    expect(isValidRange({ from: '2024-01-01', to: '2025-01-01' })).toBe(false);
    expect(isValidRange({ from: '2026-11-27', to: '2026-11-26' })).toBe(false);
    expect(isValidRange({ from: '2026-02-30', to: '2026-03-02' })).toBe(false);
    expect(isValidRange({ from: '', to: '2026-03-02' })).toBe(false);
  });
});

describe('rows', () => {
  it('lists languages by visits with their English names, and totals them', () => {
    expect(languageRows(report).map((r) => [r.name, r.visits, r.printed, r.tickets])).toEqual([
      ['Spanish', 6, 2, 3],
      ['English', 3, 1, 0],
    ]);
    expect(totalRow(report)).toEqual({ visits: 9, printed: 3, tickets: 3 });
  });

  it('lists topics by views, titled in English, or by id when the content no longer has them', () => {
    expect(
      topicRows(report, content).map((r) => [r.title, r.languageName, r.views, r.printed, r.tickets]),
    ).toEqual([
      ['Food assistance', 'Spanish', 4, 2, 1],
      ['gone-topic', 'Spanish', 2, 0, 2],
      ['Pay a water bill', 'English', 2, 1, 0],
      ['Pay a water bill', 'Spanish', 2, 0, 0],
    ]);
    expect(topicTitle(null, 'water-bills')).toBe('water-bills');
  });
});
