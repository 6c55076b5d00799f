// explainNext: each ordering rule on small worked examples, read as sentences.
import { describe, expect, it } from 'vitest';
import { NextExplanation } from '../../../../machines/contracts/index.js';
import { explainNext, type OrderingInput } from '../../../../machines/queue/ordering.js';
import { atMinute, counter, isoAtMinute, policy, queueIds, ticket } from './orderingFixtures.js';

function next(changes: Partial<OrderingInput>): NextExplanation {
  const result = explainNext({
    policy: policy(),
    counter: counter(),
    queueIds,
    waiting: [],
    callHistory: [],
    now: atMinute(60),
    ...changes,
  });
  return NextExplanation.parse(result);
}

const numbers = (e: NextExplanation) => e.ranking.map((r) => r.number);

describe('explainNext', () => {
  it('calls the earliest arrival first when everyone has the same class (not newest-first like NovoSGA)', () => {
    const waiting = [
      ticket({ n: 3, issued: 30 }),
      ticket({ n: 1, issued: 10 }),
      ticket({ n: 2, issued: 20 }),
    ];
    const e = next({ waiting });
    expect(e.number).toBe('A001');
    expect(e.rule).toBe('highest-score');
    expect(numbers(e)).toEqual(['A001', 'A002', 'A003']);
  });

  it('breaks a tie of equal rank by issue time, then by the lower number', () => {
    const waiting = [
      ticket({ n: 3, issued: 5, rank: 20 }),
      ticket({ n: 2, issued: 5, rank: 20 }),
      ticket({ n: 1, issued: 8, rank: 20 }),
    ];
    expect(numbers(next({ waiting }))).toEqual(['A002', 'A003', 'A001']);
  });

  it('ranks a head start as if the visitor had arrived that many minutes earlier', () => {
    const early = ticket({ n: 1, issued: 0 });
    const priorityJustAfter = ticket({ n: 2, issued: 15, priorityClass: 'accessibility' });
    const priorityLate = ticket({ n: 3, issued: 25, priorityClass: 'accessibility' });
    const e = next({ waiting: [early, priorityJustAfter, priorityLate], now: atMinute(30) });
    expect(numbers(e)).toEqual(['A002', 'A001', 'A003']);
    expect(e.ranking[0]).toMatchObject({ waitedMinutes: 15, headStartMinutes: 20, weight: 1, score: 35 });
    expect(e.ranking[1]?.score).toBe(30);
    expect(e.ranking[2]?.score).toBe(25);
  });

  it('multiplies the score by the weight the counter gives the queue', () => {
    const profile = counter('counter-1', [
      { queueId: 'utility', weight: 1 },
      { queueId: 'permits', weight: 3 },
    ]);
    const waiting = [ticket({ n: 1, issued: 0 }), ticket({ n: 1, queueId: 'permits', issued: 35 })];
    const e = next({ counter: profile, waiting });
    expect(e.number).toBe('P001');
    expect(e.ranking.map((r) => [r.weight, r.score])).toEqual([
      [3, 75],
      [1, 60],
    ]);
  });

  it('skips queues the counter does not serve', () => {
    const profile = counter('counter-1', [{ queueId: 'utility', weight: 1 }]);
    const parking = ticket({ n: 1, queueId: 'parking', issued: 0 });
    const e = next({ counter: profile, waiting: [parking, ticket({ n: 1, issued: 40 })] });
    expect(e.number).toBe('A001');
    expect(e.skipped).toEqual([
      { ticketId: parking.id, number: 'K001', reason: 'not-served-here', eligibleAt: null },
    ]);
  });

  it('leaves a visitor transferred to another counter for that counter', () => {
    const elsewhere = ticket({ n: 1, issued: 0, targetCounterId: 'counter-2' });
    const e = next({ waiting: [elsewhere] });
    expect(e.rule).toBe('nobody-eligible');
    expect(e.ticketId).toBeNull();
    expect(e.number).toBeNull();
    expect(e.ranking).toEqual([]);
    expect(e.skipped[0]?.reason).toBe('other-counter');
  });

  it('calls a visitor transferred to this counter before anyone else, front ones first', () => {
    const waiting = [
      ticket({ n: 1, issued: 0, priorityClass: 'urgent' }),
      ticket({ n: 2, issued: 10, front: true }),
      ticket({ n: 3, issued: 20, rank: 50, targetCounterId: 'counter-1' }),
      ticket({ n: 4, issued: 30, rank: 55, targetCounterId: 'counter-1', front: true }),
    ];
    const e = next({ waiting });
    expect(e.rule).toBe('transferred-to-counter');
    expect(numbers(e)).toEqual(['A004', 'A003', 'A002', 'A001']);
  });

  it('calls a visitor placed at the front before higher scores, earliest placement first', () => {
    const waiting = [
      ticket({ n: 1, issued: 0, priorityClass: 'urgent' }),
      ticket({ n: 2, issued: 10, rank: 58, front: true }),
      ticket({ n: 3, issued: 20, rank: 55, front: true }),
    ];
    const e = next({ waiting });
    expect(e.rule).toBe('placed-at-front');
    expect(numbers(e)).toEqual(['A003', 'A002', 'A001']);
  });

  it('lets a recycled visitor cool down before call-next takes them again', () => {
    const recycled = ticket({ n: 1, issued: 0, lastCalled: 57 });
    const later = ticket({ n: 2, issued: 40 });
    const during = next({ waiting: [recycled, later] });
    expect(during.number).toBe('A002');
    expect(during.skipped).toEqual([
      { ticketId: recycled.id, number: 'A001', reason: 'cooling-down', eligibleAt: isoAtMinute(62) },
    ]);
    const after = next({ waiting: [recycled, later], now: atMinute(62) });
    expect(after.number).toBe('A001');
    expect(after.skipped).toEqual([]);
  });

  it('lists cooling-down tickets first in the skipped list, soonest eligible first, at most 20', () => {
    const profile = counter('counter-1', [{ queueId: 'utility', weight: 1 }]);
    const others = Array.from({ length: 15 }, (_, i) => ticket({ n: i + 1, queueId: 'parking', issued: i }));
    const cooling = Array.from({ length: 10 }, (_, i) =>
      ticket({ n: i + 1, issued: i, lastCalled: 59 - i / 4 }),
    );
    const e = next({ counter: profile, waiting: [...others, ...cooling] });
    expect(e.skipped).toHaveLength(20);
    expect(e.skipped.slice(0, 10).map((s) => s.number)).toEqual(cooling.map((t) => t.number).reverse());
    expect(e.skipped[10]?.reason).toBe('not-served-here');
  });

  it('ranks at most ten tickets', () => {
    const waiting = Array.from({ length: 14 }, (_, i) => ticket({ n: i + 1, issued: i }));
    const e = next({ waiting });
    expect(e.ranking).toHaveLength(10);
    expect(e.ranking[9]?.number).toBe('A010');
  });

  it('reports the counter and the instant it decided at', () => {
    const e = next({ counter: counter('counter-7'), waiting: [ticket({ n: 1 })] });
    expect(e.counterId).toBe('counter-7');
    expect(e.at).toBe(isoAtMinute(60));
  });
});

describe('explainNext with a ratio of 3 standard : 1 priority', () => {
  const ratioPolicy = policy({ ratio: { standard: 3, priority: 1 } });
  const standardOld = ticket({ n: 1, issued: 0 });
  const standardNew = ticket({ n: 2, issued: 30 });
  const accessibility = ticket({ n: 3, issued: 50, priorityClass: 'accessibility' });
  const both = [standardOld, standardNew, accessibility];

  it('gives priority its turn after three standard calls in a row', () => {
    const e = next({
      policy: ratioPolicy,
      waiting: both,
      callHistory: ['accessibility', 'standard', 'standard', 'standard'],
    });
    expect(e.rule).toBe('ratio-turn');
    expect(e.number).toBe('A003');
    expect(e.ratio).toEqual({ turn: 'priority', streak: 3, quota: 3 });
  });

  it('goes by score while the standard streak is below the quota', () => {
    const e = next({ policy: ratioPolicy, waiting: both, callHistory: ['standard', 'standard'] });
    expect(e.rule).toBe('highest-score');
    expect(e.number).toBe('A001');
    expect(e.ratio).toBeNull();
  });

  it('gives standard its turn after one priority call, even when a priority visitor scores higher', () => {
    const urgent = ticket({ n: 4, issued: 55, priorityClass: 'urgent' });
    const e = next({ policy: ratioPolicy, waiting: [...both, urgent], callHistory: ['urgent'] });
    expect(e.rule).toBe('ratio-turn');
    expect(e.ratio).toEqual({ turn: 'standard', streak: 1, quota: 1 });
    expect(e.number).toBe('A001');
    expect(numbers(e)).toEqual(['A001', 'A004', 'A002', 'A003']);
  });

  it('does not apply when only one kind is waiting', () => {
    const e = next({
      policy: ratioPolicy,
      waiting: [standardOld, standardNew],
      callHistory: ['standard', 'standard', 'standard'],
    });
    expect(e.rule).toBe('highest-score');
    expect(e.number).toBe('A001');
  });

  it('does not apply on the first call of the day', () => {
    const e = next({ policy: ratioPolicy, waiting: both });
    expect(e.rule).toBe('highest-score');
  });

  it('ranks in the order successive calls would take, following the ratio', () => {
    const waiting = [
      ...Array.from({ length: 6 }, (_, i) => ticket({ n: i + 1, issued: i })),
      ticket({ n: 7, issued: 59, priorityClass: 'accessibility' }),
      ticket({ n: 8, issued: 60, priorityClass: 'accessibility' }),
    ];
    const e = next({ policy: ratioPolicy, waiting, callHistory: ['standard', 'standard'] });
    expect(numbers(e)).toEqual(['A001', 'A007', 'A002', 'A003', 'A004', 'A008', 'A005', 'A006']);
  });
});

describe('explainNext on the README worked example', () => {
  it('calls A001, ranks A002 then P001 next, and explains the two skipped tickets', () => {
    const cooling = ticket({ n: 3, issued: -5, lastCalled: 57 });
    const parking = ticket({ n: 1, queueId: 'parking', issued: 30 });
    const e = next({
      policy: policy({ ratio: { standard: 3, priority: 1 } }),
      counter: counter('counter-1', [
        { queueId: 'utility', weight: 1 },
        { queueId: 'permits', weight: 3 },
      ]),
      waiting: [
        ticket({ n: 1, issued: 0 }),
        ticket({ n: 2, issued: 50, priorityClass: 'accessibility' }),
        ticket({ n: 1, queueId: 'permits', issued: 45 }),
        cooling,
        parking,
      ],
      callHistory: ['standard', 'standard'],
    });
    expect(e.rule).toBe('highest-score');
    expect(e.ranking.map((r) => [r.number, r.score])).toEqual([
      ['A001', 60],
      ['A002', 30],
      ['P001', 45],
    ]);
    expect(e.skipped).toEqual([
      { ticketId: cooling.id, number: 'A003', reason: 'cooling-down', eligibleAt: isoAtMinute(62) },
      { ticketId: parking.id, number: 'K001', reason: 'not-served-here', eligibleAt: null },
    ]);
  });
});
