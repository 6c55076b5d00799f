// Who a counter calls next, and why: the explainable ordering policy (head starts, weights, ratio, cool-down).
import type { CounterConfig, NextExplanation, QueuePolicy, Ticket } from '../contracts/index.js';

export interface OrderingInput {
  policy: QueuePolicy;
  /** The counter asking; its `serves` is its work profile (empty: every queue, weight 1). */
  counter: CounterConfig;
  /** Every queue id of the site (an empty `serves` means all of them). */
  queueIds: readonly string[];
  /** Today's tickets with status `waiting` (any order). */
  waiting: readonly Ticket[];
  /** Priority classes of this counter's first calls today (not recalls), oldest first: the ratio's memory. */
  callHistory: readonly string[];
  now: Date;
}

/** Explains, and so decides, the next ticket for `input.counter`; call-next calls exactly `ticketId`. */
export function explainNext(input: OrderingInput): NextExplanation {
  void input;
  throw new Error('explainNext: not implemented yet');
}
