// The delivery circuit breaker, one transition at a time: closed → open after N consecutive transient failures,
// open → half-open when the pause is over, half-open → closed on the trial's success, → open (twice as long,
// up to the cap) on its failure.
import { describe, expect, it } from 'vitest';
import {
  type Breaker,
  breakerAbandoned,
  breakerAllowance,
  breakerAt,
  breakerFailure,
  breakerSuccess,
  breakerTrialStarted,
  closedBreaker,
  openPauseMs,
} from '../../../../machines/caseRequests/circuitBreaker.js';

const settings = { breaker: { failures: 3, openSeconds: 30 }, backoff: { baseSeconds: 2, capSeconds: 200 } };
const T0 = Date.parse('2025-03-04T17:00:00Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);

function failTimes(breaker: Breaker, n: number, when = at(0)): Breaker {
  let b = breaker;
  for (let i = 0; i < n; i++) b = breakerFailure(b, when, settings);
  return b;
}

describe('circuitBreaker', () => {
  it('starts closed and lets every wanted attempt through', () => {
    expect(closedBreaker()).toEqual({
      state: 'closed',
      failures: 0,
      openings: 0,
      openUntil: null,
      trialInFlight: false,
    });
    expect(breakerAllowance(closedBreaker(), at(0), 4)).toBe(4);
    expect(breakerAllowance(closedBreaker(), at(0), 0)).toBe(0);
  });

  it('stays closed below the threshold, counting consecutive failures', () => {
    const b = failTimes(closedBreaker(), 2);
    expect(b).toMatchObject({ state: 'closed', failures: 2 });
  });

  it('forgets earlier failures after a success: only consecutive failures open it', () => {
    const b = failTimes(breakerSuccess(failTimes(closedBreaker(), 2)), 2);
    expect(b).toMatchObject({ state: 'closed', failures: 2 });
  });

  it('opens on the N-th consecutive failure for openSeconds, and lets nothing through', () => {
    const b = failTimes(closedBreaker(), 3, at(5));
    expect(b).toEqual({
      state: 'open',
      failures: 0,
      openings: 1,
      openUntil: at(35).getTime(),
      trialInFlight: false,
    });
    expect(breakerAllowance(b, at(34.999), 4)).toBe(0);
  });

  it('ignores failures that come back while it is open (attempts started before it opened)', () => {
    const b = failTimes(closedBreaker(), 3);
    expect(breakerFailure(b, at(10), settings)).toEqual(b);
  });

  it('is half-open once the pause is over, and lets exactly one trial through', () => {
    const b = failTimes(closedBreaker(), 3);
    expect(breakerAt(b, at(29.999)).state).toBe('open');
    const half = breakerAt(b, at(30));
    expect(half).toMatchObject({ state: 'half-open', openUntil: null, trialInFlight: false });
    expect(breakerAllowance(b, at(30), 4)).toBe(1);
    expect(breakerAllowance(b, at(30), 0)).toBe(0);
    const trial = breakerTrialStarted(b, at(30));
    expect(trial).toMatchObject({ state: 'half-open', trialInFlight: true });
    expect(breakerAllowance(trial, at(31), 4)).toBe(0);
  });

  it('closes and resets when the trial succeeds', () => {
    const trial = breakerTrialStarted(failTimes(closedBreaker(), 3), at(30));
    expect(breakerSuccess(trial)).toEqual(closedBreaker());
  });

  it('re-opens for twice as long when the trial fails, doubling up to the backoff cap', () => {
    let b = failTimes(closedBreaker(), 3);
    const pauses: number[] = [];
    let t = 0;
    for (let i = 0; i < 5; i++) {
      t += (b.openUntil! - at(t).getTime()) / 1000;
      b = breakerFailure(breakerTrialStarted(b, at(t)), at(t), settings);
      pauses.push((b.openUntil! - at(t).getTime()) / 1000);
    }
    expect(pauses).toEqual([60, 120, 200, 200, 200]);
    expect(b).toMatchObject({ state: 'open', openings: 6 });
  });

  it('starts again from openSeconds after it has closed', () => {
    const reopened = breakerFailure(
      breakerTrialStarted(failTimes(closedBreaker(), 3), at(30)),
      at(30),
      settings,
    );
    const closed = breakerSuccess(breakerTrialStarted(reopened, at(90)));
    const again = failTimes(closed, 3, at(100));
    expect(again.openUntil).toBe(at(130).getTime());
  });

  it('frees the trial without a verdict when it is abandoned (auth refusal, hub stopping)', () => {
    const trial = breakerTrialStarted(failTimes(closedBreaker(), 3), at(30));
    const freed = breakerAbandoned(trial, at(31));
    expect(freed).toMatchObject({ state: 'half-open', trialInFlight: false });
    expect(breakerAllowance(freed, at(31), 4)).toBe(1);
    expect(breakerAbandoned(closedBreaker(), at(0))).toEqual(closedBreaker());
  });

  it('does not start a trial unless half-open', () => {
    expect(breakerTrialStarted(closedBreaker(), at(0))).toEqual(closedBreaker());
    const open = failTimes(closedBreaker(), 3);
    expect(breakerTrialStarted(open, at(1))).toEqual(open);
  });

  it('never pauses shorter than openSeconds, even with a cap below it', () => {
    const lowCap = { breaker: { failures: 1, openSeconds: 60 }, backoff: { baseSeconds: 1, capSeconds: 10 } };
    expect([1, 2, 3].map((n) => openPauseMs(n, lowCap))).toEqual([60_000, 60_000, 60_000]);
    expect([1, 2, 3, 4].map((n) => openPauseMs(n, settings))).toEqual([30_000, 60_000, 120_000, 200_000]);
  });
});
