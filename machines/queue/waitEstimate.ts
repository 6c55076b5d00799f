// The wait estimate a kiosk shows before a visitor takes a ticket (see machines/queue/README.md).
import type { WaitEstimate } from '../contracts/index.js';

export interface WaitEstimateInput {
  /** Visitors waiting in the queue the new ticket would join. */
  peopleAhead: number;
  /** Counters open now (signed in, not on a break) whose work profile includes that queue. */
  openCounters: number;
  /** Handling times in minutes (first call → end of service) of this queue's recent visits, oldest first. */
  recentHandlingMinutes: readonly number[];
}

/** Fewer handling samples than this: no estimate. */
const MIN_SAMPLES = 3;
/** Only the latest samples count, so the estimate follows the day's mix of visits. */
const RECENT_SAMPLES = 20;
/**
 * Someone ahead means every counter is busy: the newcomer also waits for a counter to free up. Half a
 * handling time is the residual of a service already under way (measured best between 0 and 1).
 */
const RESIDUAL_VISITS = 0.5;
/** The range is at least ±30% of the point estimate… */
const RELATIVE_SPREAD = 0.3;
/** …and at least this many minutes wide. */
const MIN_WIDTH_MINUTES = 4;

/** A range in minutes, or null when there is no honest estimate (no open counter, too little data). */
export function estimateWait(input: WaitEstimateInput): WaitEstimate | null {
  const { peopleAhead, openCounters } = input;
  const samples = input.recentHandlingMinutes
    .slice(-RECENT_SAMPLES)
    .filter((m) => Number.isFinite(m) && m >= 0);
  if (openCounters <= 0 || samples.length < MIN_SAMPLES) return null;
  const handling = samples.reduce((sum, m) => sum + m, 0) / samples.length;
  const perCounter = handling / openCounters;
  const point = peopleAhead > 0 ? (peopleAhead + RESIDUAL_VISITS) * perCounter : 0;
  // The wait is a sum of about peopleAhead + 1 handling times shared by the counters: its spread grows with
  // the square root of that count (one standard deviation for exponential handling times).
  const spread = Math.max(RELATIVE_SPREAD * point, perCounter * Math.sqrt(peopleAhead + 1));
  const lowMinutes = Math.max(0, Math.floor(point - spread));
  const highMinutes = Math.max(Math.ceil(point + spread), lowMinutes + MIN_WIDTH_MINUTES);
  return { lowMinutes, highMinutes };
}
