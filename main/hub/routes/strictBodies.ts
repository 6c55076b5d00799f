// Request bodies as the hub accepts them: the contract's schemas with nested objects made strict too.
import { IssueTicketBody, Needs, WalkInBody } from '../../../machines/contracts/index.js';

const StrictNeeds = Needs.extend({
  interpreter: Needs.shape.interpreter.unwrap().strict().nullable(),
}).strict();

/** IssueTicketBody, also refusing unknown fields inside `needs` and `needs.interpreter`. */
export const StrictIssueTicketBody = IssueTicketBody.extend({ needs: StrictNeeds });

/** WalkInBody, with the same strict `needs`. */
export const StrictWalkInBody = WalkInBody.extend({ needs: StrictNeeds });
