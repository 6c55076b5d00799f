// A simulated 1,500-visitor day at 8 counters through the real engine; its figures must agree with the tally.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceLevelReport, ServiceLevelRow } from '../../../machines/contracts/index.js';
import { createHubEventBus } from '../../../main/hub/queue/hubEventBus.js';
import { closingEventTypes } from '../../../main/hub/queue/projection.js';
import { createQueueService } from '../../../main/hub/queue/queueService.js';
import type { QueueStore } from '../../../main/hub/store/queueStore.js';
import { openSqliteStore } from '../../../main/hub/store/sqliteStore.js';
import { testSiteConfig } from '../../support/siteConfig.js';
import { busyDay, localInstant, visitorCount, withEightCounters } from './support/busyDayPlan.js';
import { type BusyDayTally, simulateBusyDay } from './support/busyDaySimulator.js';
import { seededRandom } from './support/prng.js';
import { Scheduler } from './support/scheduler.js';
import { type CallTimes, meanMs, timed } from './support/timedQueue.js';

const config = testSiteConfig(withEightCounters);
const rate = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
const minutes = (ms: number) => Math.round(ms / 6000) / 10;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('a simulated busy day', () => {
  let dir: string;
  let store: QueueStore;
  let tally: BusyDayTally;
  let report: ServiceLevelReport;
  let removedAtDayEnd: number;
  const engineCalls: CallTimes = {};

  beforeAll(() => {
    // /dev/shm when present: every commit is synced, and a RAM disk keeps 10,000+ commits quick.
    dir = mkdtempSync(join(process.platform === 'linux' ? '/dev/shm' : tmpdir(), 'lobby311-busy-day-'));
    store = openSqliteStore(join(dir, 'hub.db'));
    const clock = new Scheduler(localInstant('07:30'));
    const queue = createQueueService(
      { store, config, now: () => new Date(clock.now) },
      createHubEventBus(() => {}),
    );
    const started = performance.now();
    tally = simulateBusyDay(timed(queue, engineCalls), config, clock, seededRandom(20261118));
    clock.now = localInstant('23:59') + 7 * 60 * 60_000; // 06:59 the next morning
    removedAtDayEnd = queue.closePastDays();
    report = queue.serviceLevels({ from: busyDay, to: busyDay, by: 'service' });
    const t = report.total;
    console.info(
      `busy day: ${t.visitors} visits (${tally.refused} refused, ${tally.walkIns} walk-ins), ` +
        `${sum(report.rows.map((r) => r.visitors))} transactions, called ${t.called}, ` +
        `wait P50 ${t.waitP50Minutes} / P90 ${t.waitP90Minutes} min, walk ${t.walkMeanMinutes}, ` +
        `service ${t.serviceMeanMinutes} min, within ${report.targetMinutes} min ${t.calledWithinTarget}, ` +
        `no-show ${t.noShowRate}, FCR ${t.firstContactResolution}, left ${JSON.stringify(t.leftBeforeService)}, ` +
        `removed at day end ${removedAtDayEnd}, idle-while-waiting ` +
        `${minutes(sum(report.counters.map((c) => c.idleWhileWaitingMinutes * 60_000)))} counter-min; ` +
        `simulated in ${Math.round(performance.now() - started)} ms (engine mean ms per call: ` +
        `issueTicket ${meanMs(engineCalls, 'issueTicket')}, callNext ${meanMs(engineCalls, 'callNext')} ` +
        `×${engineCalls.callNext?.count ?? 0}, complete ${meanMs(engineCalls, 'complete')})`,
    );
  }, 180_000);

  afterAll(() => {
    store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const byService = (serviceId: string): ServiceLevelRow =>
    report.rows.find((r) => r.serviceId === serviceId)!;

  it('drove a full day: 1,500 arrivals, every kind of visit', () => {
    expect(tally.issued + tally.refused).toBe(visitorCount);
    for (const count of [tally.walkIns, tally.transfers, tally.parks, tally.noShows, tally.endedByLogout]) {
      expect(count).toBeGreaterThan(0);
    }
    expect(tally.left.waiting).toBeGreaterThan(0);
    expect(tally.left.called).toBeGreaterThan(0);
  });

  it('counts every visit once in the total and every transaction in its service', () => {
    expect(report.total.visitors).toBe(tally.issued + tally.walkIns);
    expect(report.rows.map((r) => r.serviceId)).toEqual(config.services.map((s) => s.id));
    for (const row of report.rows) {
      expect(row.visitors, row.serviceId!).toBe(tally.transactions[row.serviceId!] ?? 0);
      expect(row.called, row.serviceId!).toBe(tally.called[row.serviceId!] ?? 0);
      expect(row.called).toBeLessThanOrEqual(row.visitors);
    }
    expect(sum(report.rows.map((r) => r.visitors))).toBe(report.total.visitors + tally.transfers);
    expect(report.total.called).toBeLessThanOrEqual(report.total.visitors);
  });

  it('closes every visit of the day at day end', () => {
    expect(removedAtDayEnd).toBe(tally.stillWaiting);
    const open = store.read((reader) => reader.openTicketsBefore('9999-12-31', closingEventTypes));
    expect(open.filter((h) => h.ticket.serviceDay === busyDay)).toEqual([]);
  });

  it('reports the no-shows, leavers and first-contact resolutions it was given', () => {
    const t = report.total;
    expect(t.noShowRate).toBe(rate(tally.noShows, tally.visitsCalled));
    expect(t.firstContactResolution).toBe(rate(tally.firstContact, tally.completed));
    expect(t.leftBeforeService).toEqual(tally.left);
    expect(sum(report.rows.map((r) => r.leftBeforeService.waiting))).toBe(tally.left.waiting);
  });

  it('keeps every wait figure in order: P50 ≤ P90, shares within 0–1', () => {
    for (const row of [...report.rows, report.total]) {
      if (row.called === 0) continue;
      expect(row.waitP50Minutes!).toBeLessThanOrEqual(row.waitP90Minutes!);
      expect(row.calledWithinTarget).not.toBeNull();
    }
    expect(report.total.walkMeanMinutes!).toBeGreaterThanOrEqual(0.2);
    expect(report.total.walkMeanMinutes!).toBeLessThanOrEqual(0.8);
  });

  it("adds up each counter's minutes: break within signed-in, serving + idle within signed-in", () => {
    expect(report.counters.map((c) => c.counterId)).toEqual(config.counters.map((c) => c.id));
    for (const counter of report.counters) {
      const session = tally.sessions[counter.counterId]!;
      expect(counter.signedInMinutes, counter.counterId).toBe(minutes(session.signedInMs));
      expect(counter.breakMinutes, counter.counterId).toBe(minutes(session.breakMs));
      expect(counter.breakMinutes).toBeLessThanOrEqual(counter.signedInMinutes);
      // Disjoint by definition; each figure is rounded on its own, so the sum may exceed by 0.1 per rounding.
      expect(counter.servingMinutes + counter.idleWhileWaitingMinutes).toBeLessThanOrEqual(
        counter.signedInMinutes + 0.2,
      );
      expect(counter.servingMinutes).toBeGreaterThan(0);
    }
  });

  it('issues unique, gapless numbers per queue', () => {
    for (const [prefix, numbers] of Object.entries(tally.numbers)) {
      const sorted = [...numbers].sort((a, b) => a - b);
      expect(sorted, prefix).toEqual(sorted.map((_, i) => i + 1));
    }
    expect(sum(Object.values(tally.numbers).map((n) => n.length))).toBe(tally.issued + tally.walkIns);
    expect(byService('utility-bills').visitors).toBeGreaterThan(0);
  });
});
