// The end of a service day: past days' open visits removed, stale counter sessions signed out, the day watch.
import { afterEach, describe, expect, it } from 'vitest';
import { startDayWatch } from '../../../../main/hub/queue/dayWatch.js';
import { ana, createEngine, type Engine } from './engineHarness.js';

let engine: Engine;
afterEach(() => engine.close());

describe('closePastDays', () => {
  it('removes every open visit of past days at its stage and signs out counters left open', () => {
    engine = createEngine();
    engine.openCounter('counter-1', ana);
    const waiting = engine.issue();
    const called = engine.issue();
    const done = engine.issue();
    engine.service.callTicket({
      counterId: 'counter-1',
      ticketId: done.id,
      requestId: crypto.randomUUID(),
      by: ana,
    });
    engine.service.complete({ ticketId: done.id, outcomeId: 'resolved', by: ana });
    engine.service.callTicket({
      counterId: 'counter-1',
      ticketId: called.id,
      requestId: crypto.randomUUID(),
      by: ana,
    });
    expect(engine.service.closePastDays()).toBe(0);

    engine.setTime('2026-11-27T16:00:00.000Z'); // 08:00 Friday in Portland
    expect(engine.service.closePastDays()).toBe(2);
    const removed = engine.events.filter((e) => e.type === 'ticket.removed');
    expect(removed.map((e) => 'ticket' in e && [e.ticket.id, e.ticket.status, e.ticket.leftStage])).toEqual([
      [waiting.id, 'removed', 'waiting'],
      [called.id, 'removed', 'called'],
    ]);
    expect(engine.events.at(-1)).toMatchObject({
      type: 'counter.signedOut',
      counter: { counterId: 'counter-1' },
    });
    expect(engine.service.snapshot().counters[0]!.status).toBe('closed');
    const count = engine.events.length;
    expect(engine.service.closePastDays()).toBe(0);
    expect(engine.events).toHaveLength(count);
  });
});

describe('startDayWatch', () => {
  it('closes past days at once and again only when the service day changes', async () => {
    engine = createEngine();
    let days = ['2026-11-26', '2026-11-26', '2026-11-27'];
    const calls: string[] = [];
    let ticks = 0;
    let third: () => void = () => {};
    const thirdTick = new Promise<void>((resolve) => {
      third = resolve;
    });
    const stop = startDayWatch(
      {
        serviceDay: () => {
          ticks += 1;
          const day = days[Math.min(ticks - 1, days.length - 1)]!;
          if (ticks === 3) third();
          return day;
        },
        closePastDays: () => {
          calls.push(days[Math.min(ticks - 1, days.length - 1)]!);
          return 0;
        },
      },
      { intervalMs: 5 },
    );
    await thirdTick;
    stop();
    days = [];
    expect(calls).toEqual(['2026-11-26', '2026-11-27']);
  });
});
