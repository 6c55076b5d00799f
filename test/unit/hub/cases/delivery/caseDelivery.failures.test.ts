// The delivery worker's failures: a poison request goes to review without blocking the others, transient
// failures back off (honouring Retry-After), an auth refusal stops everything until resume(), and requests
// failing for longer than reviewAfterHours go to review.
import { describe, expect, it } from 'vitest';
import { STORE_FAILURE } from '../../../../../main/hub/cases/delivery/caseDelivery.js';
import { UNEXPECTED_FAILURE } from '../../../../../main/hub/cases/delivery/failureDecision.js';
import { deliveryHarness } from './deliveryHarness.js';
import { refusal, transient } from './scriptedAdapter.js';

const HOUR = 3_600_000;

describe('createCaseDelivery: failures', () => {
  it('sends a rejected (poison) request to review while the others are delivered', async () => {
    const h = deliveryHarness();
    const [poison, ...others] = h.queue(4);
    h.adapter.submitWith = (request) => {
      if (request.requestId === poison!.id) throw refusal('validation', 'attribute[depth] is required');
      return { kind: 'created', caseId: `c${request.requestId.slice(0, 8)}`, serviceNotice: null };
    };
    expect(await h.delivery.tick()).toBe(4);
    expect(h.store.get(poison!.id)).toMatchObject({
      state: 'review',
      reviewReason: 'rejected',
      lastError: {
        kind: 'validation',
        message: 'attribute[depth] is required',
        at: h.clock.now().toISOString(),
      },
    });
    expect(h.delivered).toEqual(others.map((e) => e.id));
    expect(h.delivery.status().lastError?.message).toBe('attribute[depth] is required');
    expect(h.delivery.status().breaker.state).toBe('closed');
  });

  it('sends a request for a service the case store does not know to review as unknown-service', async () => {
    const h = deliveryHarness();
    const [entry] = h.queue(1);
    h.adapter.submitWith = () => {
      throw refusal('unknown-service', 'Service not found');
    };
    await h.delivery.tick();
    expect(h.store.get(entry!.id)).toMatchObject({ state: 'review', reviewReason: 'unknown-service' });
  });

  it('retries a transient failure after random × min(cap, base × 2^attempts)', async () => {
    const h = deliveryHarness({ settings: { backoff: { baseSeconds: 2, capSeconds: 600 } } });
    const [entry] = h.queue(1);
    entry!.attempts = 3;
    h.adapter.submitWith = () => {
      throw transient('Service unavailable');
    };
    await h.delivery.tick();
    // 0.5 × min(600, 2 × 2³) s = 8 s
    expect(h.store.get(entry!.id)).toMatchObject({
      state: 'queued',
      attempts: 4,
      nextAttemptAt: h.clock.ms() + 8_000,
      uncertain: false,
      lastError: { kind: 'transient', message: 'Service unavailable' },
    });
    expect(h.delivered).toEqual([]);
  });

  it('waits at least as long as Retry-After, but never more than an hour for it', async () => {
    const h = deliveryHarness();
    const [polite, greedy] = h.queue(2);
    h.adapter.submitWith = (request) => {
      throw transient('Slow down', { retryAfterMs: request.requestId === polite!.id ? 120_000 : 9 * HOUR });
    };
    await h.delivery.tick();
    expect(h.store.get(polite!.id).nextAttemptAt).toBe(h.clock.ms() + 120_000);
    expect(h.store.get(greedy!.id).nextAttemptAt).toBe(h.clock.ms() + HOUR);
  });

  it('marks a request that may have arrived as uncertain, and looks it up before the next send', async () => {
    const h = deliveryHarness();
    const [entry] = h.queue(1);
    h.adapter.submitWith = () => {
      throw transient('The connection closed before an answer', { status: null, mayHaveArrived: true });
    };
    await h.delivery.tick();
    expect(h.store.get(entry!.id)).toMatchObject({ uncertain: true, attempts: 1 });

    h.clock.advance(HOUR);
    h.adapter.submitWith = () => ({ kind: 'created', caseId: '77', serviceNotice: null });
    await h.delivery.tick();
    expect(h.adapter.calls.map((c) => c.method)).toEqual(['submit', 'lookup', 'submit', 'lookup']);
    expect(h.store.get(entry!.id)).toMatchObject({ state: 'delivered', caseId: '77' });
  });

  it('keeps a request uncertain and unsent when the look-up before a re-send fails', async () => {
    const h = deliveryHarness();
    const [entry] = h.queue(1);
    entry!.uncertain = true;
    h.adapter.lookupWith = () => {
      throw transient('Gateway timeout', { status: 504, mayHaveArrived: true });
    };
    await h.delivery.tick();
    expect(h.adapter.count('submit')).toBe(0);
    expect(h.store.get(entry!.id)).toMatchObject({ state: 'queued', uncertain: true, attempts: 1 });
  });

  it('treats an unexpected error as transient with a generic message, and as possibly sent', async () => {
    const h = deliveryHarness();
    const [entry] = h.queue(1);
    h.adapter.submitWith = () => {
      throw new TypeError('Cannot read properties of undefined (reading "jane@example.org")');
    };
    await h.delivery.tick();
    expect(h.store.get(entry!.id)).toMatchObject({
      state: 'queued',
      uncertain: true,
      lastError: { kind: 'transient', message: UNEXPECTED_FAILURE },
    });
    expect(JSON.stringify(h.delivery.status())).not.toContain('example.org');
  });

  it('sends a request still failing reviewAfterHours after capture to review as failing', async () => {
    const h = deliveryHarness({ settings: { reviewAfterHours: 72 } });
    const [fresh, old] = h.queue(2);
    old!.capturedAt = new Date(h.clock.ms() - 72 * HOUR - 1).toISOString();
    h.adapter.submitWith = () => {
      throw transient('Service unavailable');
    };
    await h.delivery.tick();
    expect(h.store.get(old!.id)).toMatchObject({ state: 'review', reviewReason: 'failing' });
    expect(h.store.get(fresh!.id)).toMatchObject({ state: 'queued', attempts: 1 });
  });

  it('keeps polling a batch token that fails, even past reviewAfterHours, and never re-sends it', async () => {
    const h = deliveryHarness({ settings: { reviewAfterHours: 1 } });
    const [entry] = h.queue(1);
    Object.assign(entry!, {
      state: 'awaiting-case-number',
      token: 'tok',
      capturedAt: '2025-01-01T00:00:00Z',
    });
    h.adapter.pollWith = () => {
      throw transient('Bad gateway', { status: 502, mayHaveArrived: true });
    };
    await h.delivery.tick();
    expect(h.store.get(entry!.id)).toMatchObject({
      state: 'awaiting-case-number',
      token: 'tok',
      uncertain: false,
      attempts: 1,
    });
    expect(h.adapter.count('submit')).toBe(0);
  });

  it('stops all delivery on an auth refusal, without hammering, until resume()', async () => {
    const h = deliveryHarness({ settings: { concurrency: 2 } });
    const entries = h.queue(6);
    h.adapter.submitWith = () => {
      throw refusal('auth', 'Invalid api_key');
    };
    expect(await h.delivery.tick()).toBe(2);
    expect(h.delivery.status()).toMatchObject({
      stoppedForAuth: true,
      lastError: { kind: 'auth', message: 'Invalid api_key' },
    });
    for (let i = 0; i < 5; i++) {
      h.clock.advance(HOUR);
      expect(await h.delivery.tick()).toBe(0);
    }
    expect(h.adapter.calls).toHaveLength(2);
    expect(h.store.inState('queued')).toHaveLength(6);
    expect(entries.every((e) => e.attempts === 0)).toBe(true);
    expect(h.store.writes.filter((w) => w.startsWith('retryLater'))).toEqual([]);

    h.adapter.submitWith = () => ({ kind: 'accepted' });
    h.delivery.resume();
    expect(h.delivery.status().stoppedForAuth).toBe(false);
    while ((await h.delivery.tick()) > 0);
    expect(h.store.inState('delivered')).toHaveLength(6);
  });

  it('carries on when a store write fails for one entry: the others are delivered, the error is shown', async () => {
    const h = deliveryHarness();
    const [broken, ...others] = h.queue(3);
    const beginSend = h.store.beginSend.bind(h.store);
    h.store.beginSend = (id, at) => {
      if (id === broken!.id) throw new Error('SQLITE_BUSY: database is locked');
      beginSend(id, at);
    };
    expect(await h.delivery.tick()).toBe(3);
    expect(h.delivered).toEqual(others.map((e) => e.id));
    expect(h.store.get(broken!.id).state).toBe('queued');
    expect(h.delivery.status().lastError).toMatchObject({ kind: 'transient', message: STORE_FAILURE });
  });
});
