// Anonymous information visits through a real hub: kiosks record them once each under the site-local date, and
// supervisors read figures by language and by topic that match a scripted set of visits.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  type InfoVisit,
  InfoVisitReport,
  InfoVisitResult,
} from '../../../../machines/contracts/index.js';
import { type InfoCaller, type InfoTestHub, startInfoHub } from './infoTestHub.js';

let hub: InfoTestHub;

const visit = (overrides: Partial<InfoVisit> = {}): InfoVisit => ({
  id: randomUUID(),
  at: '2026-11-26T18:00:00.000Z',
  language: 'es',
  contentVersion: 0,
  topicIds: ['water-bill-help'],
  printedTopicIds: [],
  ticketTopicId: null,
  ...overrides,
});

const record = (body: unknown, who: InfoCaller = 'kiosk') => hub.post('/api/info/visits', body, who);

/** One scripted visit: when (UTC), its Portland date written out by hand, and what the visitor did. */
interface Scripted {
  at: string;
  day: string;
  language: string;
  opened: string[];
  printed: string[];
  ticket: string | null;
}

const w = 'water-bill-help';
const p = 'parking-permits';
const c = 'call-211';
/** Late November: Portland is 8 hours behind UTC. Each: at (UTC), Portland date, language, opened, printed, ticket. */
const rows: [string, string, string, string[], string[], string | null][] = [
  ['2026-11-24T17:05:00.000Z', '2026-11-24', 'en', [w], [], null],
  ['2026-11-24T18:10:00.000Z', '2026-11-24', 'es', [w, c], [c], null],
  ['2026-11-24T19:00:00.000Z', '2026-11-24', 'es', [c], [], null],
  ['2026-11-24T21:30:00.000Z', '2026-11-24', 'en', [p], [p], p],
  ['2026-11-24T23:59:00.000Z', '2026-11-24', 'vi', [c], [c], null],
  ['2026-11-25T16:00:00.000Z', '2026-11-25', 'en', [w, p], [], w],
  ['2026-11-25T17:20:00.000Z', '2026-11-25', 'en', [c], [c], null],
  ['2026-11-25T18:45:00.000Z', '2026-11-25', 'es', [w], [w], w],
  ['2026-11-25T20:00:00.000Z', '2026-11-25', 'es', [], [], null],
  ['2026-11-25T22:15:00.000Z', '2026-11-25', 'vi', [w, c], [w, c], null],
  // 23:55 on the 25th in Portland, already the 26th in UTC.
  ['2026-11-26T07:55:00.000Z', '2026-11-25', 'en', [c], [], null],
  // Just after local midnight: the 26th.
  ['2026-11-26T08:05:00.000Z', '2026-11-26', 'es', [c], [c], null],
  ['2026-11-26T16:30:00.000Z', '2026-11-26', 'en', [p], [], null],
  ['2026-11-26T17:00:00.000Z', '2026-11-26', 'en', [w], [], w],
  ['2026-11-26T17:40:00.000Z', '2026-11-26', 'es', [w, p, c], [p], c],
  ['2026-11-26T19:10:00.000Z', '2026-11-26', 'es', [p], [], null],
  ['2026-11-26T20:00:00.000Z', '2026-11-26', 'vi', [w], [], w],
  ['2026-11-26T23:00:00.000Z', '2026-11-26', 'en', [c, w], [c, w], null],
  // Outside the range asked for: the local day before, and the local day after (the 27th in UTC only from 00:00).
  ['2026-11-24T07:59:00.000Z', '2026-11-23', 'en', [w], [w], w],
  ['2026-11-27T08:00:00.000Z', '2026-11-27', 'es', [c], [c], c],
];
const script: Scripted[] = rows.map(([at, day, language, opened, printed, ticket]) => ({
  at,
  day,
  language,
  opened,
  printed,
  ticket,
}));

/** The figures for `from`–`to`, counted straight from the script. */
function expectedReport(from: string, to: string): InfoVisitReport {
  const inRange = script.filter((s) => s.day >= from && s.day <= to);
  const languages = [...new Set(inRange.map((s) => s.language))].sort();
  const topics = [
    ...new Set(inRange.flatMap((s) => [...s.opened, ...s.printed, ...(s.ticket ? [s.ticket] : [])])),
  ];
  const byTopic = languages.flatMap((language) => {
    const ofLanguage = inRange.filter((s) => s.language === language);
    return topics
      .map((topicId) => ({
        topicId,
        language,
        views: ofLanguage.filter((s) => s.opened.includes(topicId)).length,
        printed: ofLanguage.filter((s) => s.printed.includes(topicId)).length,
        tickets: ofLanguage.filter((s) => s.ticket === topicId).length,
      }))
      .filter((row) => row.views + row.printed + row.tickets > 0)
      .sort((a, b) => b.views - a.views || (a.topicId < b.topicId ? -1 : 1));
  });
  return {
    from,
    to,
    visits: inRange.length,
    byLanguage: languages.map((language) => {
      const ofLanguage = inRange.filter((s) => s.language === language);
      return {
        language,
        visits: ofLanguage.length,
        printed: ofLanguage.filter((s) => s.printed.length > 0).length,
        tickets: ofLanguage.filter((s) => s.ticket !== null).length,
      };
    }),
    byTopic,
  };
}

const report = async (query: string, who: InfoCaller = 'supervisor') => {
  const res = await hub.get(`/api/reports/information?${query}`, who);
  expect(res.statusCode, res.body).toBe(200);
  return InfoVisitReport.parse(res.json());
};

describe('information visits', () => {
  beforeEach(async () => {
    hub = await startInfoHub();
  });
  afterEach(() => hub.close());

  it('records a visit once, however often the kiosk sends it, and leaves it out of the audit log', async () => {
    const body = visit();
    const first = await record(body);
    expect(first.statusCode).toBe(201);
    expect(InfoVisitResult.parse(first.json())).toEqual({ recorded: true });
    const again = await record(body);
    expect(again.statusCode).toBe(200);
    expect(InfoVisitResult.parse(again.json())).toEqual({ recorded: false });
    expect(hub.read('SELECT id, site_date, language FROM info_visits')).toEqual([
      { id: body.id, site_date: '2026-11-26', language: 'es' },
    ]);
    expect((await report('from=2026-11-26&to=2026-11-26')).visits).toBe(1);
    expect(hub.read(`SELECT * FROM audit_log WHERE action = 'recordInfoVisit'`)).toEqual([]);
  });

  it('accepts topics an older version had (the kiosk may not have reloaded yet)', async () => {
    const res = await record(visit({ topicIds: ['old-topic'], ticketTopicId: 'old-topic' }));
    expect(res.statusCode).toBe(201);
  });

  it('reports a scripted set of visits by language and topic over site-local dates', async () => {
    for (const s of script) {
      const res = await record(
        visit({
          at: s.at,
          language: s.language,
          topicIds: s.opened,
          printedTopicIds: s.printed,
          ticketTopicId: s.ticket,
        }),
      );
      expect(res.statusCode).toBe(201);
    }
    const figures = await report('from=2026-11-24&to=2026-11-26');
    expect(figures).toEqual(expectedReport('2026-11-24', '2026-11-26'));
    expect(figures.visits).toBe(18);
    expect(await report('from=2026-11-25&to=2026-11-25', 'administrator')).toEqual(
      expectedReport('2026-11-25', '2026-11-25'),
    );
    expect(await report('from=2026-11-26&to=2026-11-27')).toEqual(expectedReport('2026-11-26', '2026-11-27'));
  });

  it('answers an empty report for days without visits, over up to 366 days', async () => {
    expect(await report('from=2025-11-27&to=2026-11-27')).toEqual({
      from: '2025-11-27',
      to: '2026-11-27',
      visits: 0,
      byLanguage: [],
      byTopic: [],
    });
  });
});

/** Refusals change nothing, so they share one hub. */
describe('information visit refusals', () => {
  beforeAll(async () => {
    hub = await startInfoHub();
  });
  afterAll(() => hub.close());

  it.each<[string, unknown]>([
    ['a missing language', { ...visit(), language: undefined }],
    ['a field that is not in the contract', { ...visit(), searchWords: 'my address' }],
    ['an id that is not a UUID', visit({ id: 'visit-1' })],
    ['a time that is not a timestamp', visit({ at: 'this morning' })],
    ['a topic id that is not a slug', visit({ topicIds: ['Water Bills!'] })],
  ])('refuses %s with 400 and stores nothing', async (_, body) => {
    const res = await record(body);
    expect(res.statusCode).toBe(400);
    expect(ApiError.parse(res.json()).error.code).toBe('invalid-request');
    expect(hub.read('SELECT * FROM info_visits')).toEqual([]);
  });

  it.each<[InfoCaller, number]>([
    ['supervisor', 403],
    ['desk', 403],
    ['display', 403],
    ['anonymous', 401],
  ])('lets only kiosks record visits (%s: %i)', async (who, status) => {
    expect((await record(visit(), who)).statusCode).toBe(status);
    expect(hub.read('SELECT * FROM info_visits')).toEqual([]);
  });

  it.each([
    ['"from" after "to"', 'from=2026-11-26&to=2026-11-25', /on or before/],
    ['a range over 366 days', 'from=2025-11-26&to=2026-11-27', /at most 366 days/],
    ['a missing "to"', 'from=2026-11-26', /"to"/],
    ['a date that is not a date', 'from=26.11.2026&to=2026-11-26', /"from"/],
  ])('refuses %s with 400 invalid-request', async (_, query, message) => {
    const res = await hub.get(`/api/reports/information?${query}`, 'supervisor');
    expect(res.statusCode).toBe(400);
    const { error } = ApiError.parse(res.json());
    expect(error.code).toBe('invalid-request');
    expect(error.message).toMatch(message);
  });

  it('keeps the figures from desk and facilities staff and from kiosks', async () => {
    for (const who of ['desk', 'facilities', 'kiosk'] as const) {
      expect((await hub.get('/api/reports/information?from=2026-11-26&to=2026-11-26', who)).statusCode).toBe(
        403,
      );
    }
  });
});
