// The delivery worker running on its own timers: start() drains what is due, wake() delivers a new request
// at once, stop() aborts what is in flight (recording nothing more than beginSend) and waits for it.
import { describe, expect, it } from 'vitest';
import { createCaseDelivery } from '../../../../../main/hub/cases/delivery/caseDelivery.js';
import { caseSettings, requestNumber } from './deliveryFixtures.js';
import { MemoryOutbox } from './memoryOutbox.js';
import { gate, ScriptedAdapter, untilAborted } from './scriptedAdapter.js';

function running() {
  const store = new MemoryOutbox();
  const adapter = new ScriptedAdapter();
  const delivered: string[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const delivery = createCaseDelivery({
    store,
    adapter,
    settings: caseSettings({ concurrency: 2 }),
    now: () => new Date(),
    onDelivered: (id) => {
      delivered.push(id);
      for (const w of waiters.filter((w) => delivered.length >= w.n)) w.resolve();
    },
  });
  const add = (n: number) => store.add(requestNumber(n), { nextAttemptAt: Date.now() });
  const deliveredCount = (n: number) =>
    new Promise<void>((resolve) => {
      if (delivered.length >= n) resolve();
      else waiters.push({ n, resolve });
    });
  return { store, adapter, delivered, delivery, add, deliveredCount };
}

describe('createCaseDelivery: start, wake, stop', () => {
  it('drains a backlog larger than the concurrency on its own', async () => {
    const r = running();
    for (let n = 1; n <= 7; n++) r.add(n);
    r.delivery.start();
    await r.deliveredCount(7);
    await r.delivery.stop();
    expect(r.store.inState('delivered')).toHaveLength(7);
    expect(r.adapter.maxInFlight).toBeLessThanOrEqual(2);
  });

  it('delivers a request added later as soon as it is woken, not after the 30 s sleep', async () => {
    const r = running();
    r.delivery.start();
    const entry = r.add(1);
    r.delivery.wake();
    await r.deliveredCount(1);
    await r.delivery.stop();
    expect(r.delivered).toEqual([entry.id]);
  });

  it('stop() aborts the request in flight, records nothing after beginSend, and the next tick looks it up', async () => {
    const r = running();
    const entry = r.add(1);
    const sent = gate();
    r.adapter.submitWith = (_request, signal) => {
      void sent.hold();
      return untilAborted(signal);
    };
    r.delivery.start();
    await sent.waitForCalls(1);
    await r.delivery.stop();
    expect(r.store.writes).toEqual([`beginSend:${entry.id}`]);
    expect(r.store.get(entry.id)).toMatchObject({ state: 'queued', uncertain: true, attempts: 0 });
    expect(r.delivery.status().breaker.state).toBe('closed');

    r.adapter.lookupWith = () => ({ caseIds: ['31337'] });
    expect(await r.delivery.tick()).toBe(1);
    expect(r.store.get(entry.id)).toMatchObject({ state: 'delivered', caseId: '31337' });
    expect(r.adapter.count('submit')).toBe(1);
  });
});
