// computeServiceLevels on hand-worked visit logs: every expected figure is worked out in the comments.
import { describe, expect, it } from 'vitest';
import {
  type FloorEvent,
  type ServiceLevelGrouping,
  ServiceLevelReport,
  type ServiceLevelRow,
} from '../../../../machines/contracts/index.js';
import { computeServiceLevels, type VisitLog } from '../../../../machines/queue/serviceLevels.js';
import { at, config, day, floor, visit } from './serviceLevelsFixtures.js';

function report(
  visits: VisitLog[],
  options: { by?: ServiceLevelGrouping; floor?: FloorEvent[]; now?: string; from?: string; to?: string } = {},
): ServiceLevelReport {
  const result = computeServiceLevels({
    config,
    query: { from: options.from ?? day, to: options.to ?? options.from ?? day, by: options.by ?? 'service' },
    visits,
    floor: options.floor ?? [],
    now: new Date(options.now ?? at('23:00')),
  });
  return ServiceLevelReport.parse(result);
}

function row(r: ServiceLevelReport, match: Partial<ServiceLevelRow>): ServiceLevelRow {
  const found = r.rows.find((x) =>
    Object.entries(match).every(([k, v]) => x[k as keyof ServiceLevelRow] === v),
  );
  if (!found) throw new Error(`no row ${JSON.stringify(match)}`);
  return found;
}

describe('computeServiceLevels', () => {
  it('measures the wait to the last call, the walk, service without parked time, and no-shows', () => {
    // V1: issued 09:00, called 09:10, recalled 09:12, arrived 09:14, completed 09:24 (resolved, first contact).
    //     wait 12 (to the recall), walk 2, service 10.
    const v1 = visit()
      .issued(at('09:00'))
      .called(at('09:10'), 'counter-1')
      .recalled(at('09:12'), 'counter-1')
      .arrived(at('09:14'), 'counter-1')
      .noted(at('09:15'), 'counter-1')
      .completed(at('09:24'), 'counter-1', 'resolved');
    // V2: issued 09:05, called 09:30, arrived 09:31, parked 09:35, resumed 09:45 at counter-2, completed 09:50
    //     (referred, not first contact). wait 25, walk 1, service 4 + 5 = 9 (10 parked minutes left out).
    const v2 = visit()
      .issued(at('09:05'))
      .called(at('09:30'), 'counter-1')
      .arrived(at('09:31'), 'counter-1')
      .parked(at('09:35'), 'counter-1')
      .resumed(at('09:45'), 'counter-2')
      .completed(at('09:50'), 'counter-2', 'referred');
    // V3: issued 09:20, called 09:40, recalled 09:41 and 09:42, no-show 09:45. wait 22, no walk, no service.
    const v3 = visit()
      .issued(at('09:20'))
      .called(at('09:40'), 'counter-1')
      .recalled(at('09:41'), 'counter-1')
      .recalled(at('09:42'), 'counter-1')
      .noShow(at('09:45'), 'counter-1');
    const r = report([v1.build(), v2.build(), v3.build()]);
    const utility = row(r, { serviceId: 'utility-bills' });
    // Waits sorted 12, 22, 25: P50 is rank ⌈1.5⌉ = 2 → 22; P90 is rank ⌈2.7⌉ = 3 → 25.
    expect(utility).toMatchObject({ visitors: 3, called: 3, waitP50Minutes: 22, waitP90Minutes: 25 });
    // Walk (2 + 1) / 2 = 1.5; service (10 + 9) / 2 = 9.5.
    expect(utility).toMatchObject({ walkMeanMinutes: 1.5, serviceMeanMinutes: 9.5 });
    // Within 15 minutes: V1 only, of 3 called → 0.3333. No-shows 1 of 3 called → 0.3333.
    expect(utility).toMatchObject({ calledWithinTarget: 0.3333, noShowRate: 0.3333 });
    // Completed visits V1 (resolved, one transaction) and V2 (referred): FCR 1 / 2.
    expect(utility.firstContactResolution).toBe(0.5);
    // Permits is configured but had nobody: an empty row with nulls.
    expect(row(r, { serviceId: 'permits' })).toMatchObject({
      visitors: 0,
      called: 0,
      waitP50Minutes: null,
      calledWithinTarget: null,
      firstContactResolution: null,
    });
    expect(r.total).toMatchObject({ visitors: 3, called: 3, waitP50Minutes: 22, noShowRate: 0.3333 });
  });

  it('counts a visit transferred to a second service in both services, and once in the total', () => {
    // Utility transaction: issued 10:00, called 10:05, arrived 10:06, transferred 10:16 → wait 5, walk 1,
    // service 10. Permits transaction starts 10:16: called 10:30, arrived 10:32, completed 10:42 →
    // wait 14, walk 2, service 10. Resolved, but with two transactions: not first contact.
    const v = visit()
      .issued(at('10:00'))
      .called(at('10:05'), 'counter-1')
      .arrived(at('10:06'), 'counter-1')
      .transferred(at('10:16'), 'counter-1', { service: 'permits' })
      .called(at('10:30'), 'counter-2')
      .arrived(at('10:32'), 'counter-2')
      .completed(at('10:42'), 'counter-2', 'resolved');
    const r = report([v.build()]);
    expect(row(r, { serviceId: 'utility-bills' })).toMatchObject({
      visitors: 1,
      called: 1,
      waitP50Minutes: 5,
      walkMeanMinutes: 1,
      serviceMeanMinutes: 10,
      firstContactResolution: null, // the visit counts in its last transaction's service
    });
    expect(row(r, { serviceId: 'permits' })).toMatchObject({
      visitors: 1,
      called: 1,
      waitP50Minutes: 14,
      walkMeanMinutes: 2,
      serviceMeanMinutes: 10,
      calledWithinTarget: 1,
      firstContactResolution: 0,
    });
    // Total: one visit; wait and walk of its first transaction; service summed 10 + 10.
    expect(r.total).toMatchObject({
      visitors: 1,
      called: 1,
      waitP50Minutes: 5,
      walkMeanMinutes: 1,
      serviceMeanMinutes: 20,
      firstContactResolution: 0,
    });
  });

  it('serves a walk-in without a call: a visitor with service time but no wait', () => {
    // Walk-in served 11:00–11:08 at counter-2, information given (first contact).
    const v = visit()
      .walkIn(at('11:00'), 'counter-2')
      .completed(at('11:08'), 'counter-2', 'information-given');
    const r = report([v.build()]);
    expect(row(r, { serviceId: 'utility-bills' })).toMatchObject({
      visitors: 1,
      called: 0,
      waitP50Minutes: null,
      walkMeanMinutes: null,
      serviceMeanMinutes: 8,
      calledWithinTarget: null,
      noShowRate: null,
      firstContactResolution: 1,
    });
  });

  it('counts leaving by stage, cancellations as leaving, and only long uncalled waits against the target', () => {
    // L1 left while waiting after 20 min (> 15: counts as missed). L2 cancelled while waiting after 5 min
    // (left at 'waiting'; too soon to judge: excluded from the share). L3 called after 10, left when called.
    // L4 called after 2, arrived, left while served (no service time). L5 removed at day end after 8 h
    // (missed, but not "left").
    const l1 = visit().issued(at('09:00')).left(at('09:20'), 'waiting');
    const l2 = visit().issued(at('09:00')).cancelled(at('09:05'), 'waiting');
    const l3 = visit().issued(at('09:00')).called(at('09:10'), 'counter-1').left(at('09:13'), 'called');
    const l4 = visit()
      .issued(at('09:00'))
      .called(at('09:02'), 'counter-1')
      .arrived(at('09:03'), 'counter-1')
      .left(at('09:10'), 'serving');
    const l5 = visit().issued(at('09:00')).removed(at('17:00'), 'waiting');
    const r = report([l1, l2, l3, l4, l5].map((b) => b.build()));
    const utility = row(r, { serviceId: 'utility-bills' });
    // Called within target: L3 (10) and L4 (2) of called 2 + missed uncalled 2 (L1, L5) → 2 / 4.
    expect(utility).toMatchObject({ visitors: 5, called: 2, calledWithinTarget: 0.5, noShowRate: 0 });
    expect(utility.leftBeforeService).toEqual({ waiting: 2, called: 1, serving: 1, parked: 0 });
    // Waits 2, 10: P50 rank 1 → 2, P90 rank ⌈1.8⌉ = 2 → 10. Walk: L4 only, 1. No service ended normally.
    expect(utility).toMatchObject({ waitP50Minutes: 2, waitP90Minutes: 10, walkMeanMinutes: 1 });
    expect(utility.serviceMeanMinutes).toBeNull();
    expect(utility.firstContactResolution).toBeNull();
    expect(r.total.leftBeforeService).toEqual(utility.leftBeforeService);
  });

  it('keeps the wait fixed once service began, even if the visitor is recycled and called again', () => {
    // Issued 09:00, called 09:06, arrived 09:08, recycled 09:10 (back in the queue), called 09:40, arrived
    // 09:41, completed 09:45. Wait 6 (not 40), walk 2, service 2 + 4 = 6 (the 30 minutes back in the queue
    // are not service).
    const v = visit()
      .issued(at('09:00'))
      .called(at('09:06'), 'counter-1')
      .arrived(at('09:08'), 'counter-1')
      .recycled(at('09:10'), 'counter-1')
      .called(at('09:40'), 'counter-1')
      .arrived(at('09:41'), 'counter-1')
      .completed(at('09:45'), 'counter-1', 'resolved');
    expect(report([v.build()]).total).toMatchObject({
      waitP50Minutes: 6,
      walkMeanMinutes: 2,
      serviceMeanMinutes: 6,
      firstContactResolution: 1,
    });
  });

  it('groups by language', () => {
    const en = visit({ language: 'en' }).issued(at('09:00')).called(at('09:04'), 'counter-1');
    const es = visit({ language: 'es' }).issued(at('09:00')).called(at('09:20'), 'counter-1');
    const r = report([en.build(), es.build()], { by: 'language' });
    expect(r.rows.map((x) => [x.language, x.visitors, x.waitP50Minutes])).toEqual([
      ['en', 1, 4],
      ['es', 1, 20],
    ]);
    expect(r.rows.every((x) => x.serviceId === null && x.hour === null)).toBe(true);
  });

  it('leaves out visits of other days', () => {
    const other = visit({ serviceDay: '2026-11-25' }).issued(at('09:00', '2026-11-25'));
    const today = visit().issued(at('09:00'));
    expect(report([other.build(), today.build()]).total.visitors).toBe(1);
  });
});

describe('service levels by hour', () => {
  it('puts both 01:00 hours of the autumn clock change in hour 1 (2026-11-01, Los Angeles)', () => {
    const d = '2026-11-01';
    const issuedAt = [
      '2026-11-01T07:45:00Z',
      '2026-11-01T08:30:00Z',
      '2026-11-01T09:30:00Z',
      '2026-11-01T10:15:00Z',
    ];
    // 00:45 PDT, 01:30 PDT, 01:30 PST, 02:15 PST.
    const visits = issuedAt.map((iso) => visit({ serviceDay: d }).issued(iso).build());
    const r = report(visits, { by: 'hour', from: d, now: '2026-11-02T12:00:00Z' });
    expect(r.rows.map((x) => [x.hour, x.visitors])).toEqual([
      [0, 1],
      [1, 2],
      [2, 1],
    ]);
  });

  it('has no hour 2 on the spring clock change (2026-03-08, Los Angeles)', () => {
    const d = '2026-03-08';
    // 01:59 PST, then 03:00 PDT one minute later.
    const visits = ['2026-03-08T09:59:00Z', '2026-03-08T10:00:00Z'].map((iso) =>
      visit({ serviceDay: d }).issued(iso).build(),
    );
    const r = report(visits, { by: 'hour', from: d, now: '2026-03-09T12:00:00Z' });
    expect(r.rows.map((x) => x.hour)).toEqual([1, 3]);
  });
});

describe('counter figures', () => {
  // counter-1 serves the utility queue only. Signed in 09:00, break 09:30–09:45, signed out 10:30:
  // signed in 90, break 15.
  const session = [
    floor('counter.signedIn', 'counter-1', at('09:00')),
    floor('counter.breakStarted', 'counter-1', at('09:30')),
    floor('counter.breakEnded', 'counter-1', at('09:45')),
    floor('counter.signedOut', 'counter-1', at('10:30')),
  ];
  // Utility visitors waiting 09:10–09:20, 09:35–09:50, 10:20–10:25; held 09:20–09:28, 09:50–10:00,
  // 10:25–10:29 (serving 8 + 10 + 4 = 22). A permits visitor waits 10:10–10:40: not this counter's queue.
  const visits = [
    visit()
      .issued(at('09:10'))
      .called(at('09:20'), 'counter-1')
      .arrived(at('09:22'), 'counter-1')
      .completed(at('09:28'), 'counter-1', 'resolved'),
    visit()
      .issued(at('09:35'))
      .called(at('09:50'), 'counter-1')
      .arrived(at('09:51'), 'counter-1')
      .completed(at('10:00'), 'counter-1', 'resolved'),
    visit({ service: 'permits' }).issued(at('10:10')).left(at('10:40'), 'waiting'),
    visit()
      .issued(at('10:20'))
      .called(at('10:25'), 'counter-1')
      .arrived(at('10:26'), 'counter-1')
      .completed(at('10:29'), 'counter-1', 'resolved'),
  ].map((b) => b.build());

  it("adds up a counter's signed-in, break, serving and idle-while-waiting minutes", () => {
    const r = report(visits, { floor: session });
    // Idle while waiting: 09:10–09:20 (10, open, idle) + 09:45–09:50 (5: 09:35–09:45 was the break)
    // + 10:20–10:25 (5) = 20.
    expect(r.counters.find((c) => c.counterId === 'counter-1')).toEqual({
      counterId: 'counter-1',
      signedInMinutes: 90,
      breakMinutes: 15,
      servingMinutes: 22,
      idleWhileWaitingMinutes: 20,
    });
    // counter-2 never signed in: all zero; every configured counter has a line.
    expect(r.counters.map((c) => c.counterId)).toEqual(['counter-1', 'counter-2']);
    expect(r.counters[1]).toMatchObject({ signedInMinutes: 0, idleWhileWaitingMinutes: 0 });
  });

  it('ends a session still open at "now"', () => {
    // Now 09:45: signed in 09:00–09:45 = 45, break 09:30–09:45 = 15; served 09:20–09:28 = 8;
    // idle 09:10–09:20 = 10 (the second visitor waits from 09:35, during the break).
    const r = report(visits, { floor: session.slice(0, 2), now: at('09:45') });
    expect(r.counters[0]).toMatchObject({
      signedInMinutes: 45,
      breakMinutes: 15,
      servingMinutes: 8,
      idleWhileWaitingMinutes: 10,
    });
  });

  it('lets a counter that serves every queue be idle while a permits visitor waits', () => {
    // counter-2 (serves everything) signed in 10:00–10:30; the permits visitor waits from 10:10 and the
    // utility one 10:20–10:25: idle 10:10–10:30 = 20.
    const floorEvents = [
      floor('counter.signedIn', 'counter-2', at('10:00')),
      floor('counter.signedOut', 'counter-2', at('10:30')),
    ];
    const r = report(visits, { floor: floorEvents });
    expect(r.counters[1]).toMatchObject({
      signedInMinutes: 30,
      servingMinutes: 0,
      idleWhileWaitingMinutes: 20,
    });
  });
});
