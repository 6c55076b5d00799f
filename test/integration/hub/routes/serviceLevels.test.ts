// GET /api/reports/service-levels (JSON) and …/export (CSV): figures for a range of days, for supervisors.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, ServiceLevelReport, TicketResult } from '../../../../machines/contracts/index.js';
import { startTestHub, type TestHub } from '../support/testHub.js';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(() => hub.close());

const day = '2026-11-26';
const report = async (query: string, who: 'supervisor' | 'administrator' = 'supervisor') => {
  const res = await hub.get(`/api/reports/service-levels?${query}`, who);
  expect(res.statusCode, res.body).toBe(200);
  return ServiceLevelReport.parse(res.json());
};

/** Three utility visitors: one served in 6 minutes after a 4-minute wait, one no-show, one still waiting. */
async function aMorning(): Promise<void> {
  const served = TicketResult.parse((await hub.issue()).json()).ticket;
  const missed = TicketResult.parse((await hub.issue()).json()).ticket;
  await hub.issue({ serviceId: 'permits' });
  hub.clock.advance(4 * 60_000);
  expect(TicketResult.parse((await hub.callNext('counter-1')).json()).ticket.id).toBe(served.id);
  await hub.postAt('counter-1', `/api/tickets/${served.id}/arrive`, {});
  hub.clock.advance(6 * 60_000);
  await hub.postAt('counter-1', `/api/tickets/${served.id}/complete`, { outcomeId: 'resolved' });
  expect(TicketResult.parse((await hub.callNext('counter-1')).json()).ticket.id).toBe(missed.id);
  await hub.postAt('counter-1', `/api/tickets/${missed.id}/no-show`, {});
}

describe('GET /api/reports/service-levels', () => {
  it('reports the day by service, with totals counted from the events', async () => {
    await aMorning();
    const figures = await report(`from=${day}&to=${day}`);
    expect(figures).toMatchObject({ from: day, to: day, by: 'service', targetMinutes: 15 });
    expect(figures.total).toMatchObject({
      visitors: 3,
      called: 2,
      noShowRate: 0.5,
      firstContactResolution: 1,
    });
    const utility = figures.rows.find((r) => r.serviceId === 'utility-bills');
    expect(utility).toMatchObject({ visitors: 2, called: 2, serviceMeanMinutes: 6 });
    expect(figures.rows.find((r) => r.serviceId === 'permits')).toMatchObject({ visitors: 1, called: 0 });
    expect(figures.counters.find((c) => c.counterId === 'counter-1')?.signedInMinutes).toBeGreaterThan(0);
  });

  it('groups by hour and by language when asked', async () => {
    await hub.issue({ language: 'es' });
    await hub.issue({ language: 'vi' });
    const byLanguage = await report(`from=${day}&to=${day}&by=language`);
    expect(byLanguage.by).toBe('language');
    const withVisitors = (rows: typeof byLanguage.rows) => rows.filter((r) => r.visitors > 0);
    expect(withVisitors(byLanguage.rows).map((r) => [r.language, r.visitors])).toEqual([
      ['es', 1],
      ['vi', 1],
    ]);
    const byHour = await report(`from=${day}&to=${day}&by=hour`, 'administrator');
    expect(withVisitors(byHour.rows).map((r) => [r.hour, r.visitors])).toEqual([[10, 2]]);
  });

  it.each([
    ['a missing "to"', `from=${day}`, /"to"/],
    ['a date that is not a date', `from=26.11.2026&to=${day}`, /"from"/],
    ['an unknown grouping', `from=${day}&to=${day}&by=counter`, /"by"/],
    ['an unknown parameter', `from=${day}&to=${day}&format=xml`, /"format"/],
  ])('refuses %s with 400 invalid-request naming the parameter', async (_, query, named) => {
    const res = await hub.get(`/api/reports/service-levels?${query}`);
    expect(res.statusCode).toBe(400);
    const { error } = ApiError.parse(res.json());
    expect(error.code).toBe('invalid-request');
    expect(error.message).toMatch(named);
  });

  it('refuses a range longer than 92 days with 400', async () => {
    const res = await hub.get('/api/reports/service-levels?from=2026-01-01&to=2026-11-26');
    expect(res.statusCode).toBe(400);
    expect(ApiError.parse(res.json()).error.code).toBe('invalid-request');
  });

  it('is not for desk staff, kiosks or displays', async () => {
    for (const who of ['desk', 'kiosk', 'display'] as const) {
      expect((await hub.get(`/api/reports/service-levels?from=${day}&to=${day}`, who)).statusCode).toBe(403);
    }
  });
});

describe('GET /api/reports/service-levels/export', () => {
  it('downloads the same figures as CSV: a header, a line per row and the total, CRLF line ends', async () => {
    await aMorning();
    const res = await hub.get(`/api/reports/service-levels/export?from=${day}&to=${day}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="lobby311-service-levels-${day}-${day}-service.csv"`,
    );
    expect(res.body.endsWith('\r\n')).toBe(true);
    expect(res.body.replaceAll('\r\n', '')).not.toContain('\n');
    const lines = res.body.trimEnd().split('\r\n');
    const figures = await report(`from=${day}&to=${day}`);
    expect(lines.length).toBeGreaterThanOrEqual(figures.rows.length + 2);
    for (const row of figures.rows) expect(res.body).toContain(row.serviceId!);
  });

  it('refuses a bad query the same way as the JSON report', async () => {
    const res = await hub.get('/api/reports/service-levels/export?from=yesterday&to=today');
    expect(res.statusCode).toBe(400);
    expect(ApiError.parse(res.json()).error.code).toBe('invalid-request');
  });
});
