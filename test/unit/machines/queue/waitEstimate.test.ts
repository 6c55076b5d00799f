// estimateWait: when it refuses to guess, the point estimate it centres on, and the shape of its range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateWait } from '../../../../machines/queue/waitEstimate.js';

describe('estimateWait', () => {
  it('gives no estimate with no open counter', () => {
    expect(estimateWait({ peopleAhead: 3, openCounters: 0, recentHandlingMinutes: [5, 6, 7] })).toBeNull();
  });

  it('gives no estimate with fewer than three handling samples', () => {
    expect(estimateWait({ peopleAhead: 3, openCounters: 2, recentHandlingMinutes: [5, 6] })).toBeNull();
  });

  it('centres on (people ahead + ½) × mean handling ÷ counters, spread ±√(ahead + 1) handling slots', () => {
    // mean 10, 2 counters: point (4.5 × 10) / 2 = 22.5; spread max(0.3 × 22.5, 5 × √5 = 11.18) → 11.3..33.7
    expect(estimateWait({ peopleAhead: 4, openCounters: 2, recentHandlingMinutes: [8, 10, 12] })).toEqual({
      lowMinutes: 11,
      highMinutes: 34,
    });
  });

  it('uses only the last 20 samples', () => {
    const old = Array.from({ length: 30 }, () => 60);
    const recent = Array.from({ length: 20 }, () => 6);
    expect(
      estimateWait({ peopleAhead: 9, openCounters: 3, recentHandlingMinutes: [...old, ...recent] }),
    ).toEqual(estimateWait({ peopleAhead: 9, openCounters: 3, recentHandlingMinutes: recent }));
  });

  it('widens with a long queue by at least ±30%', () => {
    // mean 10, 1 counter, 40 ahead: point 405; spread max(121.5, 10 × √41 = 64) → 283.5..526.5
    expect(estimateWait({ peopleAhead: 40, openCounters: 1, recentHandlingMinutes: [10, 10, 10] })).toEqual({
      lowMinutes: 283,
      highMinutes: 527,
    });
  });

  it('starts at zero with nobody ahead, up to one handling slot', () => {
    expect(estimateWait({ peopleAhead: 0, openCounters: 3, recentHandlingMinutes: [12, 12, 12] })).toEqual({
      lowMinutes: 0,
      highMinutes: 4,
    });
    expect(estimateWait({ peopleAhead: 0, openCounters: 1, recentHandlingMinutes: [12, 12, 12] })).toEqual({
      lowMinutes: 0,
      highMinutes: 12,
    });
  });

  it('always returns whole minutes, low ≤ high and at least 4 apart, growing with the queue', () => {
    const arb = fc.record({
      peopleAhead: fc.integer({ min: 0, max: 200 }),
      openCounters: fc.integer({ min: 1, max: 12 }),
      recentHandlingMinutes: fc.array(fc.double({ min: 0, max: 120, noNaN: true }), {
        minLength: 3,
        maxLength: 40,
      }),
    });
    fc.assert(
      fc.property(arb, (input) => {
        const range = estimateWait(input)!;
        expect(Number.isInteger(range.lowMinutes) && Number.isInteger(range.highMinutes)).toBe(true);
        expect(range.lowMinutes).toBeGreaterThanOrEqual(0);
        expect(range.highMinutes - range.lowMinutes).toBeGreaterThanOrEqual(4);
        const longer = estimateWait({ ...input, peopleAhead: input.peopleAhead + 1 })!;
        expect(longer.highMinutes).toBeGreaterThanOrEqual(range.highMinutes);
      }),
    );
  });
});
