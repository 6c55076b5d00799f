// Which policy class a new ticket belongs to: staff's choice, else the largest head start its needs earn.
import type { Needs, QueuePolicy } from '../contracts/index.js';

/** The class id for a new ticket; `chosen` (staff only) must be a class of the policy or this throws. */
export function classFor(policy: QueuePolicy, needs: Needs, chosen?: string): string {
  void policy;
  void needs;
  void chosen;
  throw new Error('classFor: not implemented yet');
}
