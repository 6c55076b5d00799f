// The delivery worker's successful paths: realtime, batch (token polling) and blackbox services, the look-up
// before a re-send when an earlier send may have arrived, and duplicates found by that look-up.
import { describe, expect, it } from 'vitest';
import { deliveryHarness } from './deliveryHarness.js';

describe('createCaseDelivery: outcomes', () => {
  it('does nothing without a case store: requests wait in the outbox', async () => {
    const h = deliveryHarness({ withoutAdapter: true });
    h.queue(2);
    expect(await h.delivery.tick()).toBe(0);
    expect(h.store.writes).toEqual([]);
  });

  it('commits beginSend before the POST, then records the case id and notice of a realtime service', async () => {
    const h = deliveryHarness();
    const [entry] = h.queue(1);
    h.adapter.submitWith = () => {
      expect(h.store.writes).toEqual([`beginSend:${entry!.id}`]);
      return { kind: 'created', caseId: '4711', serviceNotice: 'Crews respond within 5 days' };
    };
    expect(await h.delivery.tick()).toBe(1);
    expect(h.store.get(entry!.id)).toMatchObject({
      state: 'delivered',
      caseId: '4711',
      serviceNotice: 'Crews respond within 5 days',
      uncertain: false,
      deliveredAt: h.clock.now().toISOString(),
    });
    expect(h.delivered).toEqual([entry!.id]);
    expect(h.store.lastSuccessAt()).toBe(h.clock.now().toISOString());
  });

  it('records a blackbox acceptance as delivered without a case id', async () => {
    const h = deliveryHarness();
    const [entry] = h.queue(1);
    h.adapter.submitWith = () => ({ kind: 'accepted' });
    await h.delivery.tick();
    expect(h.store.get(entry!.id)).toMatchObject({ state: 'delivered', caseId: null });
    expect(h.delivered).toEqual([entry!.id]);
  });

  it('polls a batch token every tokenPollSeconds until the case id appears', async () => {
    const h = deliveryHarness({ settings: { tokenPollSeconds: 45 } });
    const [entry] = h.queue(1);
    h.adapter.submitWith = () => ({ kind: 'token', token: 'tok-1' });
    await h.delivery.tick();
    expect(h.store.get(entry!.id)).toMatchObject({
      state: 'awaiting-case-number',
      token: 'tok-1',
      nextAttemptAt: h.clock.ms() + 45_000,
    });
    expect(h.delivered).toEqual([]);

    expect(await h.delivery.tick()).toBe(0);
    h.clock.advance(45_000);
    await h.delivery.tick();
    expect(h.adapter.calls.at(-1)).toEqual({ method: 'pollToken', key: 'tok-1' });
    expect(h.store.get(entry!.id)).toMatchObject({ token: 'tok-1', nextAttemptAt: h.clock.ms() + 45_000 });

    h.clock.advance(45_000);
    h.adapter.pollWith = () => ({ kind: 'created', caseId: '9001' });
    await h.delivery.tick();
    expect(h.store.get(entry!.id)).toMatchObject({ state: 'delivered', caseId: '9001' });
    expect(h.delivered).toEqual([entry!.id]);
    expect(h.adapter.count('submit')).toBe(1);
  });

  it('polls every due batch token in one tick, up to the concurrency', async () => {
    const h = deliveryHarness({ settings: { concurrency: 3 } });
    const entries = h
      .queue(3)
      .map((e) => Object.assign(e, { state: 'awaiting-case-number', token: `t${e.id}` }));
    h.adapter.pollWith = (token) => ({ kind: 'created', caseId: `case-${token}` });
    expect(await h.delivery.tick()).toBe(3);
    expect(h.adapter.count('pollToken')).toBe(3);
    expect(h.adapter.count('submit')).toBe(0);
    expect(h.store.inState('delivered').map((e) => e.id)).toEqual(entries.map((e) => e.id));
  });

  it('looks an uncertain request up before re-sending, and stops there when the case store has it', async () => {
    const h = deliveryHarness();
    const [entry] = h.queue(1);
    entry!.uncertain = true;
    h.adapter.lookupWith = () => ({ caseIds: ['5150'] });
    await h.delivery.tick();
    expect(h.adapter.calls).toEqual([{ method: 'lookup', key: entry!.id }]);
    expect(h.store.get(entry!.id)).toMatchObject({
      state: 'delivered',
      caseId: '5150',
      duplicateCaseIds: [],
    });
    expect(h.delivered).toEqual([entry!.id]);
  });

  it('delivers with the lowest id and records all of them when the look-up finds several cases', async () => {
    const h = deliveryHarness();
    const [entry] = h.queue(1);
    entry!.uncertain = true;
    h.adapter.lookupWith = () => ({ caseIds: ['1002', '998', '1002'] });
    await h.delivery.tick();
    expect(h.store.get(entry!.id)).toMatchObject({ caseId: '998', duplicateCaseIds: ['998', '1002'] });
    expect(h.adapter.count('submit')).toBe(0);
  });

  it('re-sends when the look-up finds nothing, then looks again and records a duplicate it missed', async () => {
    const h = deliveryHarness();
    const [entry] = h.queue(1);
    entry!.uncertain = true;
    const lookups = [{ caseIds: [] }, { caseIds: ['700'] }];
    h.adapter.lookupWith = () => lookups.shift()!;
    h.adapter.submitWith = () => ({ kind: 'created', caseId: '701', serviceNotice: null });
    await h.delivery.tick();
    expect(h.adapter.calls.map((c) => c.method)).toEqual(['lookup', 'submit', 'lookup']);
    expect(h.store.get(entry!.id)).toMatchObject({
      state: 'delivered',
      caseId: '701',
      duplicateCaseIds: ['700', '701'],
    });
    expect(h.store.writes.at(-1)).toBe(`duplicatesFound:${entry!.id}`);
  });

  it('records no duplicate when the second look-up finds only the new case, or fails', async () => {
    const h = deliveryHarness();
    const [first, second] = h.queue(2);
    first!.uncertain = true;
    second!.uncertain = true;
    const lookups: Record<string, number> = {};
    h.adapter.lookupWith = (request) => {
      lookups[request.requestId] = (lookups[request.requestId] ?? 0) + 1;
      if (lookups[request.requestId] === 1) return { caseIds: [] };
      if (request.requestId === second!.id) throw new Error('socket hang up');
      return { caseIds: [`case-${request.requestId}`] };
    };
    h.adapter.submitWith = (request) => ({
      kind: 'created',
      caseId: `case-${request.requestId}`,
      serviceNotice: null,
    });
    await h.delivery.tick();
    expect(h.store.inState('delivered')).toHaveLength(2);
    expect(h.store.writes.filter((w) => w.startsWith('duplicatesFound'))).toEqual([]);
  });

  it('re-sends without a look-up when the receiver deduplicates by Idempotency-Key', async () => {
    const h = deliveryHarness();
    h.adapter.deduplicates = true;
    const [entry] = h.queue(1);
    entry!.uncertain = true;
    await h.delivery.tick();
    expect(h.adapter.calls.map((c) => c.method)).toEqual(['submit']);
    expect(h.store.get(entry!.id).state).toBe('delivered');
  });
});
