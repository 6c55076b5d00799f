// Turns a failed desk command into a plain error kind the desk screen can explain (and decide on a retry).
import { HubError, HubUnreachableError } from '../contracts/hubClient.js';

/**
 * - `nothing-waiting`: Call next found no one.
 * - `taken-elsewhere`: another desk (or a supervisor) already moved this ticket on.
 * - `unreachable`: the hub did not answer; the outcome is unknown, so a retry must reuse the request id.
 * - `outcome-required`: Complete was pressed without choosing an outcome.
 * - `failed`: anything else; `message` holds the hub's plain sentence when there is one.
 */
export type DeskErrorKind =
  | 'nothing-waiting'
  | 'taken-elsewhere'
  | 'unreachable'
  | 'outcome-required'
  | 'failed';

export interface DeskError {
  kind: DeskErrorKind;
  message: string | null;
}

export type DeskCommand = 'callNext' | 'recall' | 'noShow' | 'complete';

/** Classifies an error thrown by a desk command actor. */
export function classifyDeskError(error: unknown, command: DeskCommand): DeskError {
  if (error instanceof HubUnreachableError) return { kind: 'unreachable', message: null };
  if (error instanceof HubError) {
    if (error.code === 'nothing-waiting') return { kind: 'nothing-waiting', message: null };
    if (command !== 'callNext' && (error.code === 'wrong-state' || error.code === 'not-found')) {
      return { kind: 'taken-elsewhere', message: null };
    }
    if (error.code === 'unavailable' || error.status >= 500) return { kind: 'unreachable', message: null };
    return { kind: 'failed', message: error.message };
  }
  return { kind: 'failed', message: null };
}

/** True when the hub may have carried the command out, so a retry must reuse the same request id. */
export function outcomeUnknown(error: DeskError): boolean {
  return error.kind === 'unreachable';
}
