// Turns a failed desk command into a plain error kind the desk screen can explain (and decide on a retry).
import { HubError, HubUnreachableError } from '../contracts/hubClient.js';
import type { DeskCommandKind } from './deskCommand.js';

/**
 * Hub answers:
 * - `nothing-waiting`: Call next found no one (the hub's message says who is cooling down or held elsewhere).
 * - `taken-elsewhere`: another desk (or a supervisor) already moved this ticket on, or it cannot do that now.
 * - `cooling-down`: a recall pressed too soon after the last call.
 * - `counter-closed`: the counter is not signed in by you, or is on a break.
 * - `refused`: any other refusal the hub explained (a counter in use, a queue full, …).
 * - `unreachable`: the hub did not answer; the outcome is unknown, so a retry must reuse the request id.
 * - `failed`: anything else.
 * Checked at the desk before anything is sent:
 * - `outcome-required`, `bureau-required`, `case-required`: Complete without its outcome or detail.
 * - `note-required`: an empty note. `transfer-target-required`: Transfer with neither service nor counter.
 * - `finish-first`: Call next (or a walk-in) while a visitor is being served here.
 */
export type DeskErrorKind =
  | 'nothing-waiting'
  | 'taken-elsewhere'
  | 'cooling-down'
  | 'counter-closed'
  | 'refused'
  | 'unreachable'
  | 'failed'
  | 'outcome-required'
  | 'bureau-required'
  | 'case-required'
  | 'note-required'
  | 'transfer-target-required'
  | 'finish-first';

export interface DeskError {
  kind: DeskErrorKind;
  /** The hub's plain sentence, when it gave one. */
  message: string | null;
  /** The ticket the error is about, when there is one (e.g. the visitor to finish first). */
  ticketNumber: string | null;
}

const ticketCommands: ReadonlySet<DeskCommandKind> = new Set([
  'callTicket',
  'recall',
  'arrive',
  'park',
  'resume',
  'transfer',
  'recycle',
  'complete',
  'noShow',
  'left',
  'note',
]);

const deskError = (kind: DeskErrorKind, message: string | null = null): DeskError => ({
  kind,
  message,
  ticketNumber: null,
});

/** Classifies an error thrown by the desk's hub command actor. */
export function classifyDeskError(error: unknown, command: DeskCommandKind): DeskError {
  if (error instanceof HubUnreachableError) return deskError('unreachable');
  if (!(error instanceof HubError)) return deskError('failed');
  if (error.code === 'unavailable' || error.status >= 500) return deskError('unreachable');
  switch (error.code) {
    case 'nothing-waiting':
      return deskError('nothing-waiting', error.message);
    case 'cooling-down':
      return deskError('cooling-down', error.message);
    case 'counter-closed':
      return deskError('counter-closed', error.message);
    case 'wrong-state':
    case 'not-found':
    case 'conflict':
      return deskError(ticketCommands.has(command) ? 'taken-elsewhere' : 'refused', error.message);
    default:
      return deskError('refused', error.message);
  }
}

/** True when the hub may have carried the command out, so a retry must reuse the same request id. */
export function outcomeUnknown(error: DeskError): boolean {
  return error.kind === 'unreachable';
}

/** An error found at the desk before sending anything. */
export function localError(kind: DeskErrorKind, ticketNumber: string | null = null): DeskError {
  return { kind, message: null, ticketNumber };
}
