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

/** A range in minutes, or null when there is no honest estimate (no open counter, too little data). */
export function estimateWait(input: WaitEstimateInput): WaitEstimate | null {
  void input;
  throw new Error('estimateWait: not implemented yet');
}
