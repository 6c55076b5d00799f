// Delivery backoff: exponential with full jitter and a cap, never shorter than Retry-After (believed up to an hour).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backoffCeilingMs,
  backoffDelayMs,
  nextAttemptDelay,
  RETRY_AFTER_MAX_MS,
} from '../../../../machines/caseRequests/backoff.js';

const settings = { backoff: { baseSeconds: 2, capSeconds: 600 } };

describe('backoff', () => {
  it('doubles the ceiling with every attempt from the base: 2 s, 4 s, 8 s …', () => {
    expect([0, 1, 2, 3, 4].map((a) => backoffCeilingMs(a, settings))).toEqual([
      2_000, 4_000, 8_000, 16_000, 32_000,
    ]);
  });

  it('stops doubling at the cap, even for absurd attempt counts', () => {
    expect(backoffCeilingMs(9, settings)).toBe(600_000);
    expect(backoffCeilingMs(5_000, settings)).toBe(600_000);
  });

  it('treats a negative or fractional attempt count as its floor, at least 0', () => {
    expect(backoffCeilingMs(-3, settings)).toBe(2_000);
    expect(backoffCeilingMs(2.9, settings)).toBe(8_000);
  });

  it('jitters over the whole range: random() × ceiling', () => {
    expect(backoffDelayMs(3, settings, () => 0)).toBe(0);
    expect(backoffDelayMs(3, settings, () => 0.25)).toBe(4_000);
    expect(backoffDelayMs(3, settings, () => 0.999)).toBeCloseTo(15_984);
  });

  it('never waits less than Retry-After', () => {
    expect(nextAttemptDelay(0, settings, () => 0.5, 90_000)).toBe(90_000);
    expect(nextAttemptDelay(8, settings, () => 0.5, 90_000)).toBe(256_000);
  });

  it('believes Retry-After for an hour at most', () => {
    expect(nextAttemptDelay(0, settings, () => 0, 48 * 3_600_000)).toBe(RETRY_AFTER_MAX_MS);
    expect(RETRY_AFTER_MAX_MS).toBe(3_600_000);
  });

  it('without Retry-After (null or missing) is just the jittered backoff', () => {
    expect(nextAttemptDelay(1, settings, () => 0.5, null)).toBe(2_000);
    expect(nextAttemptDelay(1, settings, () => 0.5)).toBe(2_000);
  });

  it('always lies within [0, cap] without Retry-After, for any attempt and random value', () => {
    fc.assert(
      fc.property(
        fc.nat(10_000),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, r) => {
          const delay = nextAttemptDelay(attempt, settings, () => r);
          return delay >= 0 && delay <= 600_000;
        },
      ),
    );
  });
});
