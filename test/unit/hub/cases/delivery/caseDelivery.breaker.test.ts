// The delivery worker's limits: never more than `concurrency` requests in flight, and the circuit breaker:
// opens after N consecutive transient failures, sends nothing until openUntil, then lets exactly one trial through.
import { describe, expect, it } from 'vitest';
import { deliveryHarness } from './deliveryHarness.js';
import { gate, refusal, transient } from './scriptedAdapter.js';

describe('createCaseDelivery: concurrency and circuit breaker', () => {
  it('keeps at most `concurrency` requests in flight and takes the oldest first', async () => {
    const h = deliveryHarness({ settings: { concurrency: 3 } });
    const entries = h.queue([5, 1, 4, 2, 3, 7, 6]);
    const held = gate();
    h.adapter.submitWith = async () => {
      await held.hold();
      return { kind: 'accepted' };
    };
    const ticking = h.delivery.tick();
    await held.waitForCalls(3);
    expect(h.adapter.inFlight).toBe(3);
    held.release();
    expect(await ticking).toBe(3);
    expect(h.adapter.maxInFlight).toBe(3);
    const byNumber = (n: number) =>
      entries.find((e) => e.request.requestId.startsWith(n.toString(16).padStart(8, '0')))!;
    expect(h.delivered).toEqual([1, 2, 3].map((n) => byNumber(n).id));
    while ((await h.delivery.tick()) > 0);
    expect(h.adapter.maxInFlight).toBe(3);
    expect(h.delivered).toHaveLength(7);
  });

  it('runs one tick at a time: a second tick() waits for the first', async () => {
    const h = deliveryHarness({ settings: { concurrency: 2 } });
    h.queue(4);
    const held = gate();
    h.adapter.submitWith = async () => {
      await held.hold();
      return { kind: 'accepted' };
    };
    const first = h.delivery.tick();
    const second = h.delivery.tick();
    await held.waitForCalls(2);
    expect(h.adapter.inFlight).toBe(2);
    held.release();
    expect([await first, await second]).toEqual([2, 2]);
    expect(h.adapter.maxInFlight).toBe(2);
  });

  it('opens after `failures` consecutive transient failures and sends nothing until openUntil', async () => {
    const h = deliveryHarness({
      settings: {
        concurrency: 1,
        breaker: { failures: 3, openSeconds: 30 },
        backoff: { baseSeconds: 1, capSeconds: 2 },
      },
    });
    h.queue(10);
    h.adapter.submitWith = () => {
      throw transient('Service unavailable', { retryAfterMs: null });
    };
    for (let i = 0; i < 3; i++) {
      expect(h.delivery.status().breaker.state).toBe('closed');
      expect(await h.delivery.tick()).toBe(1);
    }
    const openedAt = h.clock.ms();
    expect(h.delivery.status().breaker).toEqual({
      state: 'open',
      openUntil: new Date(openedAt + 30_000).toISOString(),
    });
    h.clock.advance(29_999);
    expect(await h.delivery.tick()).toBe(0);
    expect(h.adapter.count('submit')).toBe(3);
    h.clock.advance(1);
    expect(h.delivery.status().breaker.state).toBe('half-open');
  });

  it('lets exactly one trial through when half-open; its failure re-opens for twice as long', async () => {
    const h = deliveryHarness({ settings: { concurrency: 4, breaker: { failures: 2, openSeconds: 10 } } });
    h.queue(8);
    h.adapter.submitWith = () => {
      throw transient('Service unavailable');
    };
    await h.delivery.tick();
    expect(h.delivery.status().breaker.state).toBe('open');
    h.clock.advance(10_000 + 3_600_000);
    const beforeTrial = h.adapter.count('submit');
    expect(await h.delivery.tick()).toBe(1);
    expect(h.adapter.count('submit')).toBe(beforeTrial + 1);
    expect(h.delivery.status().breaker).toEqual({
      state: 'open',
      openUntil: new Date(h.clock.ms() + 20_000).toISOString(),
    });
  });

  it('closes again when the half-open trial succeeds, then sends at full concurrency', async () => {
    const h = deliveryHarness({ settings: { concurrency: 4, breaker: { failures: 1, openSeconds: 10 } } });
    h.queue(9);
    h.adapter.submitWith = () => {
      throw transient('Service unavailable');
    };
    await h.delivery.tick();
    h.clock.advance(3_600_000);
    h.adapter.submitWith = () => ({ kind: 'accepted' });
    expect(await h.delivery.tick()).toBe(1);
    expect(h.delivery.status().breaker).toEqual({ state: 'closed', openUntil: null });
    expect(await h.delivery.tick()).toBe(4);
  });

  it('counts a failed look-up and a failed token poll as breaker failures', async () => {
    const h = deliveryHarness({ settings: { concurrency: 2, breaker: { failures: 2, openSeconds: 10 } } });
    const [uncertain, batch] = h.queue(2);
    uncertain!.uncertain = true;
    Object.assign(batch!, { state: 'awaiting-case-number', token: 'tok' });
    h.adapter.lookupWith = () => {
      throw transient('Timeout');
    };
    h.adapter.pollWith = () => {
      throw transient('Timeout');
    };
    await h.delivery.tick();
    expect(h.delivery.status().breaker.state).toBe('open');
  });

  it('closes when the half-open trial is rejected for its content: the case store answered', async () => {
    const h = deliveryHarness({ settings: { concurrency: 2, breaker: { failures: 1, openSeconds: 10 } } });
    const [first, second] = h.queue(3);
    h.adapter.submitWith = () => {
      throw transient('Service unavailable');
    };
    await h.delivery.tick();
    h.clock.advance(3_600_000);
    h.adapter.submitWith = () => {
      throw refusal('validation', 'description is too long');
    };
    expect(await h.delivery.tick()).toBe(1);
    expect(h.store.get(first!.id).state).toBe('review');
    expect(h.store.get(second!.id).state).toBe('queued');
    expect(h.delivery.status().breaker.state).toBe('closed');
  });
});
