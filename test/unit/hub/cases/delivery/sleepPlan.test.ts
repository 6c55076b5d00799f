// nextSleepMs: how long the delivery loop waits between ticks.
import { describe, expect, it } from 'vitest';
import { closedBreaker } from '../../../../../machines/caseRequests/circuitBreaker.js';
import { MAX_SLEEP_MS, MIN_SLEEP_MS, nextSleepMs } from '../../../../../main/hub/cases/delivery/sleepPlan.js';
import { START } from './deliveryFixtures.js';

const now = new Date(START);
const at = (ms: number) => new Date(START + ms);
const base = {
  now,
  idle: false,
  nextDueAt: at(10_000),
  breaker: closedBreaker(),
  progressing: false,
  storeFailures: 0,
};
const open = (untilMs: number) => ({
  ...closedBreaker(),
  state: 'open' as const,
  openings: 1,
  openUntil: START + untilMs,
});

describe('nextSleepMs', () => {
  it('sleeps until the next entry falls due', () => {
    expect(nextSleepMs(base)).toBe(10_000);
  });

  it('sleeps the maximum when nothing is pending, no case store is configured or delivery stopped for auth', () => {
    expect(nextSleepMs({ ...base, nextDueAt: null })).toBe(MAX_SLEEP_MS);
    expect(nextSleepMs({ ...base, idle: true })).toBe(MAX_SLEEP_MS);
  });

  it('backs off, doubling from 50 ms to the maximum, while the database keeps refusing delivery steps', () => {
    const due = { ...base, nextDueAt: at(-5_000) };
    expect(nextSleepMs({ ...due, storeFailures: 1 })).toBe(2 * MIN_SLEEP_MS);
    expect(nextSleepMs({ ...due, storeFailures: 3 })).toBe(8 * MIN_SLEEP_MS);
    expect(nextSleepMs({ ...due, storeFailures: 40 })).toBe(MAX_SLEEP_MS);
    expect(nextSleepMs({ ...due, storeFailures: 0, progressing: true })).toBe(0);
  });

  it('sleeps at most 30 s and at least 50 ms', () => {
    expect(nextSleepMs({ ...base, nextDueAt: at(3_600_000) })).toBe(30_000);
    expect(nextSleepMs({ ...base, nextDueAt: at(10) })).toBe(MIN_SLEEP_MS);
    expect(nextSleepMs({ ...base, nextDueAt: at(-5_000) })).toBe(MIN_SLEEP_MS);
  });

  it('goes straight on when the last tick made progress and more is due', () => {
    expect(nextSleepMs({ ...base, nextDueAt: at(-5_000), progressing: true })).toBe(0);
  });

  it('while the breaker is open, sleeps until both the pause is over and something is due', () => {
    expect(nextSleepMs({ ...base, nextDueAt: at(-5_000), breaker: open(12_000), progressing: true })).toBe(
      12_000,
    );
    expect(nextSleepMs({ ...base, nextDueAt: at(20_000), breaker: open(12_000) })).toBe(20_000);
  });
});
