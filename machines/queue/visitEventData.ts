// The `data` each visit event type carries in the log (the event's counter, user and device are columns).
import type { Placement, TicketEventType, TicketStatus, VisitStage } from '../contracts/index.js';

export interface VisitEventData {
  /** `offline`: issued by a kiosk while the hub was unreachable, handed over later (issuedAt is the real time). */
  'ticket.issued': { peopleAhead: number; offline?: boolean };
  'ticket.called': Record<string, never>;
  'ticket.recalled': Record<string, never>;
  'ticket.arrived': Record<string, never>;
  /** Service began without a call: a walk-in created at the desk. */
  'ticket.serving': Record<string, never>;
  'ticket.parked': Record<string, never>;
  'ticket.resumed': Record<string, never>;
  /** `serviceId` set: a new transaction in that service's queue; `counterId` set: only that counter may call. */
  'ticket.transferred': {
    serviceId: string | null;
    queueId: string;
    counterId: string | null;
    placement: Placement;
  };
  'ticket.recycled': { placement: Placement };
  'ticket.completed': { outcomeId: string; detail: string | null };
  'ticket.noShow': Record<string, never>;
  'ticket.left': { stage: VisitStage };
  'ticket.cancelled': { stage: VisitStage };
  'ticket.removed': { stage: VisitStage; reason: 'reset' | 'day-end' };
  'ticket.endedByLogout': { stage: VisitStage };
  /** The note's text lives in its own table so the retention purge can erase it. */
  'ticket.noted': { noteId: number };
}

/** The status a visit has right after each event type (`ticket.noted` changes nothing). */
export const statusAfter: Partial<Record<TicketEventType, TicketStatus>> = {
  'ticket.issued': 'waiting',
  'ticket.called': 'called',
  'ticket.recalled': 'called',
  'ticket.arrived': 'serving',
  'ticket.serving': 'serving',
  'ticket.parked': 'parked',
  'ticket.resumed': 'serving',
  'ticket.transferred': 'waiting',
  'ticket.recycled': 'waiting',
  'ticket.completed': 'completed',
  'ticket.noShow': 'no-show',
  'ticket.left': 'left',
  'ticket.cancelled': 'cancelled',
  'ticket.removed': 'removed',
  'ticket.endedByLogout': 'ended',
};
