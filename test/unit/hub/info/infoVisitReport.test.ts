// The information-visit figures: what counts once per visit, and the order rows come in.
import { describe, expect, it } from 'vitest';
import type { InfoVisitFacts } from '../../../../main/hub/info/infoStore.js';
import { computeInfoVisitReport } from '../../../../main/hub/info/infoVisitReport.js';

const visit = (language: string, opened: string[], printed: string[] = [], ticket: string | null = null) =>
  ({ language, topicIds: opened, printedTopicIds: printed, ticketTopicId: ticket }) satisfies InfoVisitFacts;

describe('computeInfoVisitReport', () => {
  it('counts a visit once per language figure, however many slips it printed', () => {
    const report = computeInfoVisitReport('2026-11-26', '2026-11-26', [
      visit('es', ['a', 'b'], ['a', 'b']),
      visit('es', ['a'], [], 'a'),
      visit('es', ['b']),
    ]);
    expect(report.visits).toBe(3);
    expect(report.byLanguage).toEqual([{ language: 'es', visits: 3, printed: 1, tickets: 1 }]);
  });

  it('counts a topic opened twice in one visit as one view', () => {
    const report = computeInfoVisitReport('2026-11-26', '2026-11-26', [visit('en', ['a', 'a'], ['a', 'a'])]);
    expect(report.byTopic).toEqual([{ topicId: 'a', language: 'en', views: 1, printed: 1, tickets: 0 }]);
  });

  it('keeps a ticket on a topic the visit did not list as opened', () => {
    const report = computeInfoVisitReport('2026-11-26', '2026-11-26', [visit('en', [], [], 'desk-help')]);
    expect(report.byTopic).toEqual([
      { topicId: 'desk-help', language: 'en', views: 0, printed: 0, tickets: 1 },
    ]);
  });

  it('sorts languages by code, then topics by views (most first), then by id', () => {
    const report = computeInfoVisitReport('2026-11-01', '2026-11-30', [
      visit('vi', ['x']),
      visit('en', ['b']),
      visit('en', ['c', 'a']),
      visit('en', ['c']),
      visit('es', ['a']),
    ]);
    expect(report.byLanguage.map((l) => l.language)).toEqual(['en', 'es', 'vi']);
    expect(report.byTopic.map((t) => `${t.language}:${t.topicId}:${t.views}`)).toEqual([
      'en:c:2',
      'en:a:1',
      'en:b:1',
      'es:a:1',
      'vi:x:1',
    ]);
  });

  it('answers zeros and empty lists for no visits', () => {
    expect(computeInfoVisitReport('2026-11-01', '2026-11-02', [])).toEqual({
      from: '2026-11-01',
      to: '2026-11-02',
      visits: 0,
      byLanguage: [],
      byTopic: [],
    });
  });
});
