// The token bucket that limits takeTicket: a burst, then one call per refill interval.
import { describe, expect, it } from 'vitest';
import { createTokenBucket } from '../../../main/agent/tokenBucket.js';

describe('token bucket', () => {
  it('allows a burst, refuses the next call, and refills one token per interval up to capacity', () => {
    let clock = 0;
    const bucket = createTokenBucket(3, 1_000, () => clock);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    expect(bucket.waitMs()).toBe(1_000);
    clock += 400;
    expect(bucket.take()).toBe(false);
    expect(bucket.waitMs()).toBe(600);
    clock += 600;
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    clock += 60_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });
});
