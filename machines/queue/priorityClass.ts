// Which policy class a new ticket belongs to: staff's choice, else the largest head start its needs earn.
import type { Needs, QueuePolicy } from '../contracts/index.js';

/** The class id for a new ticket; `chosen` (staff only) must be a class of the policy or this throws. */
export function classFor(policy: QueuePolicy, needs: Needs, chosen?: string): string {
  if (chosen !== undefined) {
    if (!policy.classes.some((c) => c.id === chosen)) {
      throw new Error(`unknown priority class "${chosen}"`);
    }
    return chosen;
  }
  let best: QueuePolicy['classes'][number] | null = null;
  for (const candidate of policy.classes) {
    const matches = candidate.forNeeds.some((need) => needs.accessibility.includes(need));
    if (matches && (best === null || candidate.headStartMinutes > best.headStartMinutes)) best = candidate;
  }
  return (best ?? policy.classes[0]!).id;
}
