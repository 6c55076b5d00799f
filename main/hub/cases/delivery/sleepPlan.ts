// How long the delivery loop sleeps after a tick: until the next entry falls due (or, while the breaker is
// open, until both that and the end of the pause), at least 50 ms and at most 30 s; no sleep at all when the
// last tick made progress and more is due already, so a backlog drains at the case store's pace. While the
// hub's own database keeps refusing delivery steps, the wait doubles from 50 ms up to the maximum.
import type { Breaker } from '../../../../machines/caseRequests/circuitBreaker.js';

export const MIN_SLEEP_MS = 50;
export const MAX_SLEEP_MS = 30_000;

export interface SleepInput {
  now: Date;
  /** Nothing can be sent (no case store configured, or stopped for auth): wait for wake() or the maximum. */
  idle: boolean;
  nextDueAt: Date | null;
  /** As it stands at `now`. */
  breaker: Breaker;
  progressing: boolean;
  /** Ticks in a row in which a delivery step could not be recorded in the hub's database. */
  storeFailures: number;
}

export function nextSleepMs({
  now,
  idle,
  nextDueAt,
  breaker,
  progressing,
  storeFailures,
}: SleepInput): number {
  if (idle || nextDueAt === null) return MAX_SLEEP_MS;
  if (storeFailures > 0) return Math.min(MAX_SLEEP_MS, MIN_SLEEP_MS * 2 ** Math.min(storeFailures, 16));
  let wakeAt = nextDueAt.getTime();
  if (breaker.state === 'open' && breaker.openUntil !== null) wakeAt = Math.max(wakeAt, breaker.openUntil);
  const ms = wakeAt - now.getTime();
  if (ms <= 0 && progressing && breaker.state === 'closed') return 0;
  return Math.min(MAX_SLEEP_MS, Math.max(MIN_SLEEP_MS, ms));
}
