// The delivery circuit breaker as a pure value and its transitions. closed: requests flow, consecutive
// transient failures are counted; open: nothing is sent until `openUntil` (after `failures` consecutive
// transient failures; the pause doubles on each re-open, up to the backoff cap); half-open: the pause is over,
// exactly one trial attempt goes through: its success closes the breaker, its failure opens it again.
// No timers here: every function that depends on time takes `now`.
import type { BreakerState } from '../contracts/caseRequests.js';
import type { CaseRequestsConfig } from '../contracts/site.js';

export type BreakerSettings = Pick<CaseRequestsConfig, 'breaker' | 'backoff'>;

export interface Breaker {
  state: BreakerState;
  /** Consecutive transient failures while closed. */
  failures: number;
  /** Times it opened since it last closed: the n-th opening pauses openSeconds × 2^(n−1). */
  openings: number;
  /** open: epoch milliseconds when the pause ends; otherwise null. */
  openUntil: number | null;
  /** half-open: the one trial attempt is under way. */
  trialInFlight: boolean;
}

export function closedBreaker(): Breaker {
  return { state: 'closed', failures: 0, openings: 0, openUntil: null, trialInFlight: false };
}

/** The pause of the n-th consecutive opening (1 = the first) in ms: openSeconds, doubling up to the cap. */
export function openPauseMs(openings: number, settings: BreakerSettings): number {
  const { openSeconds } = settings.breaker;
  const doubled = openSeconds * 2 ** Math.max(0, openings - 1);
  return Math.max(openSeconds, Math.min(settings.backoff.capSeconds, doubled)) * 1000;
}

/** The breaker as it stands at `now`: an open breaker whose pause is over is half-open. */
export function breakerAt(breaker: Breaker, now: Date): Breaker {
  if (breaker.state !== 'open' || breaker.openUntil === null || now.getTime() < breaker.openUntil) {
    return breaker;
  }
  return { ...breaker, state: 'half-open', openUntil: null, trialInFlight: false };
}

/** How many of `wanted` attempts may start at `now`: all when closed, none when open, one trial when half-open. */
export function breakerAllowance(breaker: Breaker, now: Date, wanted: number): number {
  const current = breakerAt(breaker, now);
  if (current.state === 'closed') return Math.max(0, wanted);
  if (current.state === 'open' || current.trialInFlight) return 0;
  return Math.min(1, Math.max(0, wanted));
}

/** The half-open trial started: no other attempt until it comes back. */
export function breakerTrialStarted(breaker: Breaker, now: Date): Breaker {
  const current = breakerAt(breaker, now);
  return current.state === 'half-open' ? { ...current, trialInFlight: true } : current;
}

/** The case store answered: back to closed, counters reset. */
export function breakerSuccess(_breaker: Breaker): Breaker {
  return closedBreaker();
}

/** A transient failure at `now`: counts while closed, opens at the threshold; a failed trial re-opens it longer. */
export function breakerFailure(breaker: Breaker, now: Date, settings: BreakerSettings): Breaker {
  const current = breakerAt(breaker, now);
  if (current.state === 'open') return current;
  if (current.state === 'half-open') return open(current.openings + 1, now, settings);
  const failures = current.failures + 1;
  if (failures >= settings.breaker.failures) return open(1, now, settings);
  return { ...current, failures };
}

/** An attempt ended without saying whether the case store works (auth refusal, hub stopping): free the trial. */
export function breakerAbandoned(breaker: Breaker, now: Date): Breaker {
  const current = breakerAt(breaker, now);
  return current.state === 'half-open' ? { ...current, trialInFlight: false } : current;
}

function open(openings: number, now: Date, settings: BreakerSettings): Breaker {
  return {
    state: 'open',
    failures: 0,
    openings,
    openUntil: now.getTime() + openPauseMs(openings, settings),
    trialInFlight: false,
  };
}
