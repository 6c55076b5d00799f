// How long a failed delivery waits before the next try: exponential backoff with full jitter and a cap
// (delay = random × min(cap, base × 2^attempt)), never shorter than the case store's Retry-After (which is
// believed up to one hour at most).
import type { CaseRequestsConfig } from '../contracts/site.js';

export type BackoffSettings = Pick<CaseRequestsConfig, 'backoff'>;

/** A Retry-After longer than this is taken as this: a misconfigured header must not park requests for days. */
export const RETRY_AFTER_MAX_MS = 60 * 60 * 1000;

/** The un-jittered ceiling for the given attempt (0 = the first retry) in milliseconds. */
export function backoffCeilingMs(attempt: number, settings: BackoffSettings): number {
  const { baseSeconds, capSeconds } = settings.backoff;
  const exponent = Math.max(0, Math.floor(attempt));
  return Math.min(capSeconds, baseSeconds * 2 ** exponent) * 1000;
}

/** Full jitter: anywhere between 0 and the ceiling, so many requests failing together do not retry together. */
export function backoffDelayMs(attempt: number, settings: BackoffSettings, random: () => number): number {
  return random() * backoffCeilingMs(attempt, settings);
}

/** The wait before the next attempt: the jittered backoff, or the case store's Retry-After when longer. */
export function nextAttemptDelay(
  attempt: number,
  settings: BackoffSettings,
  random: () => number,
  retryAfterMs: number | null = null,
): number {
  const retryAfter = Math.min(Math.max(retryAfterMs ?? 0, 0), RETRY_AFTER_MAX_MS);
  return Math.max(backoffDelayMs(attempt, settings, random), retryAfter);
}
