// The desk's hub commands as one typed union (what the injected `hubCommand` actor carries out), and what each
// one's result means for the desk: the visitor it now holds, its counter, and the notice to announce.
import type { BreakReason, CounterState, NextExplanation } from '../contracts/floor.js';
import type { Needs, Placement, Ticket } from '../contracts/ticket.js';

export type DeskCommand =
  | { kind: 'signIn' }
  | { kind: 'signOut' }
  | { kind: 'startBreak'; reason: BreakReason }
  | { kind: 'endBreak' }
  | { kind: 'callNext'; requestId: string }
  | { kind: 'callTicket'; ticketId: string; requestId: string }
  | { kind: 'recall'; ticketId: string }
  | { kind: 'arrive'; ticketId: string }
  | { kind: 'park'; ticketId: string }
  | { kind: 'resume'; ticketId: string }
  | { kind: 'transfer'; ticketId: string; serviceId?: string; targetCounterId?: string; placement: Placement }
  | { kind: 'recycle'; ticketId: string; placement: Placement }
  | { kind: 'complete'; ticketId: string; outcomeId: string; detail?: string }
  | { kind: 'noShow'; ticketId: string }
  | { kind: 'left'; ticketId: string }
  | { kind: 'note'; ticketId: string; text: string }
  | { kind: 'walkIn'; requestId: string; visit: WalkInVisit };

export type DeskCommandKind = DeskCommand['kind'];

/** A visitor served at once at the desk: service, language, needs, and optionally a staff-chosen class. */
export interface WalkInVisit {
  serviceId: string;
  language: string;
  needs: Needs;
  priorityClass?: string;
}

/** What the `hubCommand` actor is given: the command and the counter it runs at. */
export interface HubCommandInput {
  counterId: string;
  command: DeskCommand;
}

/** What the hub answered: the ticket and/or the counter it changed (and for Call next, why that ticket). */
export interface HubCommandOutput {
  ticket: Ticket | null;
  counter: CounterState | null;
  explanation: NextExplanation | null;
}

/** A short confirmation the screen announces in its status region. */
export interface DeskNotice {
  kind: DeskCommandKind;
  ticketNumber: string | null;
}

const holds = (ticket: Ticket, counterId: string): boolean =>
  ticket.counterId === counterId && (ticket.status === 'called' || ticket.status === 'serving');

/** The visitor this counter holds after a successful command. */
export function ticketAfter(
  current: Ticket | null,
  command: DeskCommand,
  output: HubCommandOutput,
  counterId: string,
): Ticket | null {
  if (command.kind === 'signOut') return null;
  const result = output.ticket;
  if (result === null) return current;
  if (holds(result, counterId)) return result;
  return current?.id === result.id ? null : current;
}

/** Commands whose request id makes a retry safe; the same press after an unknown outcome reuses it. */
export function sameRetry(unsettled: DeskCommand | null, next: DeskCommand): boolean {
  if (unsettled === null || unsettled.kind !== next.kind) return false;
  if (unsettled.kind === 'callTicket' && next.kind === 'callTicket')
    return unsettled.ticketId === next.ticketId;
  if (unsettled.kind === 'walkIn' && next.kind === 'walkIn') {
    return JSON.stringify(unsettled.visit) === JSON.stringify(next.visit);
  }
  return unsettled.kind === 'callNext';
}

/** The request id a command press should carry: the unsettled one for a retry, else a fresh one. */
export function requestIdFor(unsettled: DeskCommand | null, next: DeskCommand, fresh: () => string): string {
  if (sameRetry(unsettled, next) && unsettled !== null && 'requestId' in unsettled)
    return unsettled.requestId;
  return fresh();
}
