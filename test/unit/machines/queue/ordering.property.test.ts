// explainNext properties (fast-check): earliest first, no starvation, pick = ranking[0], determinism, skips, ratio.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../../../machines/contracts/index.js';
import { explainNext, type OrderingInput } from '../../../../machines/queue/ordering.js';
import { atMinute, counter, policy, queueIds, ticket } from './orderingFixtures.js';

const classIds = ['standard', 'accessibility', 'urgent'] as const;
const headStart: Record<string, number> = { standard: 0, accessibility: 20, urgent: 40 };
const NOW = 200;

const ratioArb = fc.option(
  fc.record({ standard: fc.integer({ min: 1, max: 5 }), priority: fc.integer({ min: 1, max: 5 }) }),
  { nil: null },
);

const specArb = fc.record({
  queueId: fc.constantFrom(...queueIds),
  issued: fc.integer({ min: 0, max: 150 }),
  delay: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  priorityClass: fc.constantFrom(...classIds),
  front: fc.boolean(),
  targetCounterId: fc.constantFrom(null, null, null, 'counter-1', 'counter-2'),
  lastCalled: fc.option(fc.integer({ min: 100, max: NOW }), { nil: null }),
});

const waitingArb = fc
  .array(specArb, { maxLength: 30 })
  .map((specs) =>
    specs.map((s, i) => ticket({ n: i + 1, ...s, rank: s.delay === null ? s.issued : s.issued + s.delay })),
  );

const inputArb: fc.Arbitrary<OrderingInput> = fc.record({
  policy: ratioArb.map((ratio) => policy({ ratio })),
  counter: fc.oneof(
    fc.constant(counter()),
    fc.subarray([...queueIds], { minLength: 1 }).chain((served) =>
      fc
        .array(fc.integer({ min: 1, max: 10 }), { minLength: served.length, maxLength: served.length })
        .map((weights) =>
          counter(
            'counter-1',
            served.map((queueId, i) => ({ queueId, weight: weights[i]! })),
          ),
        ),
    ),
  ),
  queueIds: fc.constant(queueIds),
  waiting: waitingArb,
  callHistory: fc.array(fc.constantFrom(...classIds), { maxLength: 8 }),
  now: fc.constant(atMinute(NOW)),
});

describe('explainNext properties', () => {
  it('always picks the first ticket of its ranking', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const e = explainNext(input);
        expect(e.ticketId).toBe(e.ranking[0]?.ticketId ?? null);
        expect(e.number).toBe(e.ranking[0]?.number ?? null);
        expect(e.rule === 'nobody-eligible').toBe(e.ranking.length === 0);
      }),
    );
  });

  it('gives the same answer for the same input, whatever order the waiting tickets come in', () => {
    fc.assert(
      fc.property(inputArb, fc.infiniteStream(fc.nat()), (input, keys) => {
        const shuffled = input.waiting
          .map((t) => ({ t, key: keys.next().value as number }))
          .sort((a, b) => a.key - b.key)
          .map(({ t }) => t);
        const first = explainNext(input);
        expect(explainNext(input)).toEqual(first);
        expect(explainNext({ ...input, waiting: shuffled })).toEqual(first);
      }),
    );
  });

  it('never ranks or picks a ticket that is cooling down, meant for another counter or not served here', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const e = explainNext(input);
        const ranked = new Set(e.ranking.map((r) => r.ticketId));
        for (const s of e.skipped) expect(ranked.has(s.ticketId)).toBe(false);
        const cooldownMs = input.policy.automaticRecallCooldownSeconds * 1000;
        for (const t of input.waiting) {
          const cooling =
            t.lastCalledAt !== null && Date.parse(t.lastCalledAt) + cooldownMs > input.now.getTime();
          const elsewhere = t.targetCounterId !== null && t.targetCounterId !== input.counter.id;
          if (cooling || elsewhere) expect(ranked.has(t.id)).toBe(false);
        }
        const eligible = eligibleCount(input);
        expect(e.ranking).toHaveLength(Math.min(10, eligible));
        expect(e.skipped).toHaveLength(Math.min(20, input.waiting.length - eligible));
      }),
    );
  });

  it('takes the earliest arrival first among tickets of the same queue and class', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const e = explainNext(input);
        const byId = new Map(input.waiting.map((t) => [t.id, t]));
        const ranked = e.ranking
          .map((r) => byId.get(r.ticketId)!)
          .filter((t) => !t.front && !t.targetCounterId);
        ranked.forEach((later, i) => {
          for (const earlier of ranked.slice(i + 1)) {
            const sameKind =
              earlier.queueId === later.queueId && earlier.priorityClass === later.priorityClass;
            if (sameKind) expect(Date.parse(later.rankAt)).toBeLessThanOrEqual(Date.parse(earlier.rankAt));
          }
        });
      }),
    );
  });

  it('orders tickets of equal rank by issue time, then number (never newest first)', () => {
    const sameRankArb = fc
      .array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 12 })
      .map((issued) => issued.map((m, i) => ticket({ n: i + 1, issued: m, rank: 120 })));
    fc.assert(
      fc.property(sameRankArb, (waiting) => {
        const e = explainNext({
          policy: policy(),
          counter: counter(),
          queueIds,
          waiting,
          callHistory: [],
          now: atMinute(NOW),
        });
        const expected = [...waiting]
          .sort((a, b) => Date.parse(a.issuedAt) - Date.parse(b.issuedAt) || a.number.localeCompare(b.number))
          .slice(0, 10)
          .map((t) => t.number);
        expect(e.ranking.map((r) => r.number)).toEqual(expected);
      }),
    );
  });

  it('keeps the configured interleaving while both kinds wait', () => {
    const arb = fc.record({
      ratio: fc.record({
        standard: fc.integer({ min: 1, max: 5 }),
        priority: fc.integer({ min: 1, max: 5 }),
      }),
      standards: fc.integer({ min: 1, max: 25 }),
      priorities: fc.integer({ min: 1, max: 25 }),
      history: fc.array(fc.constantFrom(...classIds), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(arb, ({ ratio, standards, priorities, history }) => {
        const quota = { standard: ratio.standard, priority: ratio.priority };
        let waiting: Ticket[] = [
          ...Array.from({ length: standards }, (_, i) => ticket({ n: i + 1, issued: i * 3 })),
          ...Array.from({ length: priorities }, (_, i) =>
            ticket({ n: 100 + i, issued: i * 5, priorityClass: i % 2 ? 'urgent' : 'accessibility' }),
          ),
        ];
        const calls: string[] = [...history];
        const kind = (c: string) => (headStart[c]! > 0 ? 'priority' : 'standard');
        while (
          waiting.some((t) => t.priorityClass === 'standard') &&
          waiting.some((t) => t.priorityClass !== 'standard')
        ) {
          const e = explainNext({
            policy: policy({ ratio }),
            counter: counter(),
            queueIds,
            waiting,
            callHistory: calls,
            now: atMinute(NOW),
          });
          const picked = waiting.find((t) => t.id === e.ticketId)!;
          calls.push(picked.priorityClass);
          waiting = waiting.filter((t) => t !== picked);
          const last = kind(picked.priorityClass);
          let run = 0;
          for (let i = calls.length - 1; i >= 0 && kind(calls[i]!) === last; i -= 1) run += 1;
          expect(run).toBeLessThanOrEqual(quota[last]);
        }
      }),
    );
  });
});

function eligibleCount(input: OrderingInput): number {
  const served =
    input.counter.serves.length === 0
      ? new Set(input.queueIds)
      : new Set(input.counter.serves.map((s) => s.queueId));
  const cooldownMs = input.policy.automaticRecallCooldownSeconds * 1000;
  return input.waiting.filter(
    (t) =>
      served.has(t.queueId) &&
      (t.targetCounterId === null || t.targetCounterId === input.counter.id) &&
      (t.lastCalledAt === null || Date.parse(t.lastCalledAt) + cooldownMs <= input.now.getTime()),
  ).length;
}
