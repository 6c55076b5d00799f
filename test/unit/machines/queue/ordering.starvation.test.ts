// No starvation: one counter calls every S minutes while tickets keep arriving; everyone is called within a bound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../../../machines/contracts/index.js';
import { explainNext } from '../../../../machines/queue/ordering.js';
import { atMinute, counter, policy, queueIds, ticket } from './orderingFixtures.js';

/**
 * The bound (equal weights, no cool-downs, transfers or front placements; see README "No starvation"):
 * a ticket T can be passed over only by (i) a ticket that outranks it, which must be one of the Q0 already
 * waiting when T arrived or one arriving within H − h(T) minutes after it (H = the largest head start), or
 * (ii) a ratio turn for the other kind, which must follow a call of T's kind — a call of kind (i) — or the
 * last call before T arrived. So T is passed over at most 2·(Q0 + A) + 1 times, A = arrivals in that window.
 * With a backlog B at the start and at most one arrival per call interval S: Q0 ≤ B and A ≤ ⌈H/S⌉ + 1.
 */
const S = 5;
const H = 40;
const classIds = ['standard', 'accessibility', 'urgent'] as const;
const headStart: Record<string, number> = { standard: 0, accessibility: 20, urgent: 40 };

const scenarioArb = fc.record({
  backlog: fc.array(fc.constantFrom(...classIds), { maxLength: 15 }),
  arrivals: fc.array(
    fc.option(
      fc.record({ cls: fc.constantFrom(...classIds), offset: fc.integer({ min: 1, max: S * 60 - 1 }) }),
      {
        nil: null,
      },
    ),
    { minLength: 10, maxLength: 80 },
  ),
  queue: fc.array(fc.constantFrom(...queueIds), { minLength: 100, maxLength: 100 }),
  ratio: fc.option(
    fc.record({ standard: fc.integer({ min: 1, max: 4 }), priority: fc.integer({ min: 1, max: 4 }) }),
    { nil: null },
  ),
});

describe('explainNext under a steady stream of arrivals', () => {
  it('calls every ticket within 2·(Q0 + A) + 2 calls, and so within 2·(B + ⌈H/S⌉ + 1) + 2 calls', () => {
    fc.assert(
      fc.property(scenarioArb, ({ backlog, arrivals, queue, ratio }) => {
        let n = 0;
        const make = (cls: string, minute: number): Ticket => {
          n += 1;
          return ticket({ n, queueId: queue[n % queue.length]!, issued: minute, priorityClass: cls });
        };
        let waiting = backlog.map((cls, i) => make(cls, -1 + i / 100));
        const arrivedAt = new Map<string, { minute: number; ahead: number; calls: number }>();
        for (const t of waiting) arrivedAt.set(t.id, { minute: -1, ahead: backlog.length - 1, calls: 0 });
        const all: Ticket[] = [...waiting];
        const history: string[] = [];
        const calledAfter = new Map<string, number>();
        const totalSteps = arrivals.length + backlog.length * 2 + 2 * Math.ceil(H / S) + 10;
        for (let step = 1; step <= totalSteps; step += 1) {
          const arrival = arrivals[step - 1];
          if (arrival) {
            const t = make(arrival.cls, step * S - arrival.offset / 60);
            arrivedAt.set(t.id, { minute: step * S - arrival.offset / 60, ahead: waiting.length, calls: 0 });
            waiting = [...waiting, t];
            all.push(t);
          }
          const e = explainNext({
            policy: policy({ ratio }),
            counter: counter(),
            queueIds,
            waiting,
            callHistory: history,
            now: atMinute(step * S),
          });
          if (e.ticketId === null) continue;
          const picked = waiting.find((t) => t.id === e.ticketId)!;
          history.push(picked.priorityClass);
          waiting = waiting.filter((t) => t !== picked);
          for (const t of waiting) arrivedAt.get(t.id)!.calls += 1;
          calledAfter.set(picked.id, arrivedAt.get(picked.id)!.calls + 1);
        }
        expect(waiting).toEqual([]);
        for (const t of all) {
          const info = arrivedAt.get(t.id)!;
          const window = H - headStart[t.priorityClass]!;
          const laterArrivals = [...arrivedAt.values()].filter(
            (o) => o.minute > info.minute && o.minute <= info.minute + window,
          ).length;
          const calls = calledAfter.get(t.id)!;
          expect(calls).toBeLessThanOrEqual(2 * (info.ahead + laterArrivals) + 2);
          expect(calls).toBeLessThanOrEqual(2 * (backlog.length + Math.ceil(H / S) + 1) + 2);
        }
      }),
      { numRuns: 200 },
    );
  });
});
