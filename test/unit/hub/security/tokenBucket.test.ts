// Token buckets: bursts up to capacity, refill over the window, Retry-After, per-key budgets, bounded memory.
import { describe, expect, it } from 'vitest';
import { createTokenBuckets } from '../../../../main/hub/security/tokenBucket.js';

function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('token buckets', () => {
  it('allows a burst of `capacity`, then refuses with the seconds until one token is back', () => {
    const c = clock();
    const buckets = createTokenBuckets({ capacity: 10, windowMs: 60_000, now: c.now });
    for (let i = 0; i < 10; i++) expect(buckets.take('a')).toEqual({ allowed: true });
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 6 });
    c.advance(5_999);
    expect(buckets.take('a').allowed).toBe(false);
    c.advance(6_000);
    expect(buckets.take('a')).toEqual({ allowed: true });
    expect(buckets.take('a').allowed).toBe(false);
  });

  it('keeps a separate budget per key', () => {
    const c = clock();
    const buckets = createTokenBuckets({ capacity: 2, windowMs: 60_000, now: c.now });
    buckets.take('a');
    buckets.take('a');
    expect(buckets.take('a').allowed).toBe(false);
    expect(buckets.take('b').allowed).toBe(true);
  });

  it('never refills above capacity after a long idle time', () => {
    const c = clock();
    const buckets = createTokenBuckets({ capacity: 3, windowMs: 60_000, now: c.now });
    buckets.take('a');
    c.advance(24 * 3_600_000);
    const answers = Array.from({ length: 4 }, () => buckets.take('a').allowed);
    expect(answers).toEqual([true, true, true, false]);
  });

  it('remembers at most maxKeys keys, dropping idle ones first and then the least recently used', () => {
    const c = clock();
    const buckets = createTokenBuckets({ capacity: 2, windowMs: 60_000, now: c.now, maxKeys: 3 });
    buckets.take('busy');
    buckets.take('busy');
    buckets.take('idle');
    c.advance(60_000);
    buckets.take('busy');
    buckets.take('x');
    expect(buckets.size()).toBe(3);
    buckets.take('y');
    expect(buckets.size()).toBeLessThanOrEqual(3);
    expect(buckets.take('busy').allowed).toBe(true);
    expect(buckets.take('busy').allowed).toBe(false);
    for (let i = 0; i < 1000; i++) buckets.take(`flood-${i}`);
    expect(buckets.size()).toBe(3);
  });
});
