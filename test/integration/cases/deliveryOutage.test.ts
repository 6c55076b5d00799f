// An outage of hours with hundreds of requests piling up (simulated clock): the case store first refuses
// connections, then answers 5xx (committing some of what it answers 5xx to), then "CRM is down"; when it
// recovers, every request is delivered, and none twice.
import { afterEach, describe, expect, it } from 'vitest';
import { START } from '../../unit/hub/cases/delivery/deliveryFixtures.js';
import { HOUR, MINUTE, requestFor, type Simulation, startSimulation } from './deliverySimulation.js';

const REFUSED_UNTIL = START + 2 * HOUR;
const ERRORS_UNTIL = START + 4 * HOUR;
const RECOVERED_AT = START + 5 * HOUR;

/** The case store's condition at a moment of the outage. */
async function outage(sim: Simulation, nowMs: number) {
  if (nowMs < REFUSED_UNTIL) return sim.fake.refuse();
  await sim.fake.resume();
  if (nowMs < ERRORS_UNTIL) {
    return sim.fake.setFaults([{ kind: 'status-5xx', status: 503, commit: true, retryAfterSeconds: 90 }]);
  }
  if (nowMs < RECOVERED_AT) return sim.fake.setFaults([{ kind: 'crm-down-400' }]);
  sim.fake.setFaults([]);
}

type Kind = 'realtime' | 'batch' | 'blackbox';
/** Mostly realtime, one in ten batch, one in ten blackbox. */
const mixed = (i: number): Kind => (i % 10 === 3 ? 'batch' : i % 10 === 7 ? 'blackbox' : 'realtime');

/** 300 requests arriving over the first three hours. */
function queueArrivals(sim: Simulation, kindOf: (i: number) => Kind) {
  return Array.from({ length: 300 }, (_, i) => sim.add(requestFor(i + 1, kindOf(i), START + i * 36_000)));
}

describe('delivery through an outage of hours', () => {
  let sim: Simulation | null = null;
  afterEach(async () => {
    await sim?.delivery.stop();
    await sim?.fake.close();
    sim = null;
  });

  it('delivers all 300 requests exactly once when the receiver deduplicates', async () => {
    sim = await startSimulation({ deduplicate: true });
    const s = sim;
    const entries = queueArrivals(s, mixed);
    let sentDuringOutage = 0;
    await s.runUntil(() => s.store.inState('delivered').length === 300, {
      world: async (now) => {
        await outage(s, now);
        if (now < RECOVERED_AT) sentDuringOutage = s.fake.hits.submit;
      },
      changesAt: [REFUSED_UNTIL, ERRORS_UNTIL, RECOVERED_AT],
    });

    expect(s.clock.ms()).toBeGreaterThanOrEqual(RECOVERED_AT);
    const byRequest = s.casesByRequest();
    expect(byRequest.size).toBe(300);
    expect([...byRequest.values()].every((ids) => ids.length === 1)).toBe(true);
    for (const entry of entries.filter((e) => e.request.serviceCode !== 'general-feedback')) {
      expect(entry.caseId).toBe(byRequest.get(entry.id)?.[0]);
    }
    expect(entries.filter((e) => e.caseId === null)).toHaveLength(30);
    expect(s.store.inState('review')).toEqual([]);
    // Requests were sent more than once (answers lost to 5xx), and the receiver answered the repeats.
    expect(s.fake.received.filter((r) => r.outcome === 'duplicate').length).toBeGreaterThan(0);
    // The breaker kept the outage from being hammered: far fewer POSTs than one per request per minute.
    expect(sentDuringOutage).toBeLessThan(300);
    expect(s.delivery.status().breaker.state).toBe('closed');
  });

  it('delivers all of them with no duplicate when the receiver cannot deduplicate (look-up before re-send)', async () => {
    sim = await startSimulation({ deduplicate: false });
    const s = sim;
    // Realtime only: a batch request waits as a token, which no look-up can find until it becomes a case.
    const entries = queueArrivals(s, () => 'realtime');
    await s.runUntil(() => s.store.inState('delivered').length === entries.length, {
      world: (now) => outage(s, now),
      changesAt: [REFUSED_UNTIL, ERRORS_UNTIL, RECOVERED_AT],
    });

    const byRequest = s.casesByRequest();
    expect(byRequest.size).toBe(entries.length);
    expect([...byRequest.values()].filter((ids) => ids.length > 1)).toEqual([]);
    // Some 5xx answers had committed the case: those were found by the look-up, not sent again.
    const committedUnanswered = s.fake.received.filter((r) => r.fault === 'status-5xx' && r.caseId !== null);
    expect(committedUnanswered.length).toBeGreaterThan(0);
    expect(s.fake.hits.requests).toBeGreaterThanOrEqual(committedUnanswered.length);
    for (const entry of entries) expect(entry.caseId).toBe(byRequest.get(entry.id)?.[0]);
    expect(s.clock.ms() - START).toBeLessThan(5 * HOUR + 15 * MINUTE);
  });
});
