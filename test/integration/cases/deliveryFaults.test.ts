// The delivery worker against the fake case store's faults, one at a time: lost answers (with and without a
// look-up that lags, which produces a real duplicate), a 5xx storm with Retry-After, a slow receiver, an auth
// refusal and a poison request.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { START } from '../../unit/hub/cases/delivery/deliveryFixtures.js';
import { HOUR, MINUTE, requestFor, type Simulation, startSimulation } from './deliverySimulation.js';

describe('delivery against the fake case store faults', () => {
  let sim: Simulation | null = null;
  afterEach(async () => {
    await sim?.delivery.stop();
    await sim?.fake.close();
    sim = null;
  });

  it('finds requests whose answers were lost instead of sending them again', async () => {
    sim = await startSimulation({ deduplicate: false, settings: { concurrency: 2 } });
    const s = sim;
    const entries = Array.from({ length: 10 }, (_, i) => s.add(requestFor(i + 1, 'realtime', START + i)));
    s.fake.nextFaults.push(
      { kind: 'commit-then-drop' },
      { kind: 'commit-then-drop' },
      { kind: 'commit-then-drop' },
    );
    await s.runUntil(() => s.store.inState('delivered').length === 10);

    expect(s.fake.received.filter((r) => r.fault === 'commit-then-drop')).toHaveLength(3);
    expect(s.fake.hits.submit).toBe(10);
    const byRequest = s.casesByRequest();
    for (const entry of entries) {
      expect(byRequest.get(entry.id)).toEqual([entry.caseId]);
      expect(entry.duplicateCaseIds).toEqual([]);
    }
  });

  it('records the duplicate when a look-up misses a lost request and it is sent again', async () => {
    sim = await startSimulation({ deduplicate: false, settings: { concurrency: 1 } });
    const s = sim;
    const entries = Array.from({ length: 5 }, (_, i) => s.add(requestFor(i + 1, 'realtime', START + i)));
    // Request 1 is committed, its answer dropped, and its case stays out of the next look-up.
    s.fake.nextFaults.push({ kind: 'commit-then-drop' }, { kind: 'lookup-lag', lookups: 1 });
    await s.runUntil(() => s.store.inState('delivered').length === 5);

    const byRequest = s.casesByRequest();
    const [lagged, ...rest] = entries;
    const twice = byRequest.get(lagged!.id)!;
    expect(twice).toHaveLength(2);
    expect(lagged).toMatchObject({ caseId: twice[1], duplicateCaseIds: twice });
    for (const entry of rest) expect(byRequest.get(entry.id)).toEqual([entry.caseId]);
  });

  it('rides out a 5xx storm, waiting at least Retry-After between tries, without duplicates', async () => {
    sim = await startSimulation({ deduplicate: false });
    const s = sim;
    const stormEnds = START + 30 * MINUTE;
    const entries = Array.from({ length: 40 }, (_, i) =>
      s.add(requestFor(i + 1, 'realtime', START + i * 1000)),
    );
    const storm = { kind: 'status-5xx', status: 503, retryAfterSeconds: 120, commit: true } as const;
    await s.runUntil(() => s.store.inState('delivered').length === 40, {
      world: (now) => {
        s.fake.setFaults(now < stormEnds ? [storm] : []);
        for (const e of s.store.inState('queued')) {
          if (e.lastError)
            expect(e.nextAttemptAt! - Date.parse(e.lastError.at)).toBeGreaterThanOrEqual(120_000);
        }
      },
      changesAt: [stormEnds],
    });
    const byRequest = s.casesByRequest();
    expect([...byRequest.values()].every((ids) => ids.length === 1)).toBe(true);
    for (const entry of entries) expect(byRequest.get(entry.id)).toEqual([entry.caseId]);
    expect(s.store.inState('review')).toEqual([]);
  });

  it('delivers everything from a slow receiver, never more than `concurrency` at once', async () => {
    sim = await startSimulation({ deduplicate: false, settings: { concurrency: 3 } });
    const s = sim;
    let inFlight = 0;
    let most = 0;
    const submit = s.adapter.submit.bind(s.adapter);
    s.adapter.submit = async (request, signal) => {
      most = Math.max(most, ++inFlight);
      try {
        return await submit(request, signal);
      } finally {
        inFlight -= 1;
      }
    };
    s.fake.setFaults([{ kind: 'slow', delayMs: 20 }]);
    for (let i = 1; i <= 12; i++) s.add(requestFor(i, 'realtime', START));
    await s.runUntil(() => s.store.inState('delivered').length === 12);
    expect(most).toBe(3);
    expect(s.fake.cases).toHaveLength(12);
  });

  it('looks up a request whose answer timed out, and finds it once the slow receiver has processed it', async () => {
    sim = await startSimulation({ deduplicate: false, timeoutMs: 100 });
    const s = sim;
    const entry = s.add(requestFor(1, 'realtime', START));
    s.fake.nextFaults.push({ kind: 'slow', delayMs: 400, route: 'submit' });
    await s.delivery.tick();
    expect(entry).toMatchObject({ state: 'queued', uncertain: true });
    await vi.waitFor(() => expect(s.fake.received[0]?.outcome).toBe('created'), { timeout: 5_000 });
    await s.runUntil(() => entry.state === 'delivered');
    expect(s.fake.hits.submit).toBe(1);
    expect(entry.caseId).toBe(s.fake.cases[0]?.serviceRequestId);
  });

  it('stops on an auth refusal and does not hammer for hours, then delivers everything on resume()', async () => {
    sim = await startSimulation({ deduplicate: false, settings: { concurrency: 4 } });
    const s = sim;
    for (let i = 1; i <= 20; i++) s.add(requestFor(i, 'realtime', START));
    s.fake.setFaults([{ kind: 'auth-403' }]);
    await s.runUntil(() => s.clock.ms() >= START + 6 * HOUR);
    expect(s.fake.hits.submit).toBeLessThanOrEqual(4);
    expect(s.delivery.status()).toMatchObject({
      stoppedForAuth: true,
      lastError: { kind: 'auth', message: 'Invalid api_key' },
    });
    expect(s.store.inState('queued')).toHaveLength(20);

    s.fake.setFaults([]);
    s.delivery.resume();
    await s.runUntil(() => s.store.inState('delivered').length === 20);
    expect(s.fake.cases).toHaveLength(20);
  });

  it('sends a poison request to review after one try while the others are delivered', async () => {
    sim = await startSimulation({ deduplicate: false, settings: { concurrency: 2 } });
    const s = sim;
    const poison = s.add(requestFor(1, 'poison', START));
    const others = Array.from({ length: 8 }, (_, i) => s.add(requestFor(i + 2, 'realtime', START)));
    s.fake.setFaults([
      { kind: 'validation-400', serviceCode: 'graffiti', description: 'attribute[surface] is invalid' },
    ]);
    await s.runUntil(() => s.store.inState('delivered').length === 8);
    expect(poison).toMatchObject({
      state: 'review',
      reviewReason: 'rejected',
      lastError: { kind: 'validation', message: 'attribute[surface] is invalid' },
    });
    expect(s.fake.received.filter((r) => r.serviceCode === 'graffiti')).toHaveLength(1);
    expect(others.every((e) => e.caseId !== null)).toBe(true);
  });
});
