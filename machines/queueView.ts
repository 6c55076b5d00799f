// Pure reducers that fold the hub's staff and display streams into view state, flagging gaps in `seq`.
import type { DisplayMessage, StaffMessage } from './contracts/hubEvents.js';
import type { PublicCall, Ticket } from './contracts/ticket.js';

/**
 * What a desk or maintenance screen knows about today's queue. `seq` is null until the first snapshot;
 * `needsResync` is set when a delta skipped a number (a message was missed): the owner then asks the
 * bridge for a fresh snapshot, and the next snapshot clears the flag.
 */
export interface StaffView {
  seq: number | null;
  serviceDay: string | null;
  /** Waiting and called tickets, in the hub's call order; completed and no-show tickets drop out. */
  tickets: Ticket[];
  needsResync: boolean;
}

/** What a lobby display knows: the most recent calls, newest first. */
export interface DisplayView {
  seq: number | null;
  calls: PublicCall[];
  needsResync: boolean;
}

/** How many calls a display view keeps (the screen shows fewer). */
export const displayHistoryLimit = 20;

export const emptyStaffView: StaffView = { seq: null, serviceDay: null, tickets: [], needsResync: false };
export const emptyDisplayView: DisplayView = { seq: null, calls: [], needsResync: false };

type SeqVerdict = 'apply' | 'duplicate' | 'gap';

/** Classifies a delta's seq against the last applied one (no snapshot yet counts as a gap). */
export function judgeSeq(last: number | null, seq: number): SeqVerdict {
  if (last === null) return 'gap';
  if (seq <= last) return 'duplicate';
  return seq === last + 1 ? 'apply' : 'gap';
}

const isOpen = (ticket: Ticket): boolean => ticket.status === 'waiting' || ticket.status === 'called';

function upsertTicket(tickets: Ticket[], ticket: Ticket): Ticket[] {
  const index = tickets.findIndex((t) => t.id === ticket.id);
  if (!isOpen(ticket)) return index === -1 ? tickets : tickets.filter((t) => t.id !== ticket.id);
  if (index === -1) return [...tickets, ticket];
  const next = tickets.slice();
  next[index] = ticket;
  return next;
}

/** Applies one staff-stream message. Returns the same object when nothing changes. */
export function applyStaffMessage(view: StaffView, message: StaffMessage): StaffView {
  if (message.kind === 'snapshot') {
    const { snapshot } = message;
    return {
      seq: snapshot.seq,
      serviceDay: snapshot.serviceDay,
      tickets: snapshot.tickets.filter(isOpen),
      needsResync: false,
    };
  }
  if (view.needsResync) return view;
  const verdict = judgeSeq(view.seq, message.event.seq);
  if (verdict === 'duplicate') return view;
  if (verdict === 'gap') return { ...view, needsResync: true };
  const { ticket } = message.event;
  const newDay = view.serviceDay !== null && ticket.serviceDay > view.serviceDay;
  const tickets = newDay ? [] : view.tickets;
  return {
    ...view,
    seq: message.event.seq,
    serviceDay: newDay ? ticket.serviceDay : view.serviceDay,
    tickets: upsertTicket(tickets, ticket),
  };
}

/** Newest first by callId (the hub's seq), no duplicates, at most `displayHistoryLimit`. */
function orderCalls(calls: PublicCall[]): PublicCall[] {
  const byId = new Map<number, PublicCall>();
  for (const call of calls) byId.set(call.callId, call);
  return [...byId.values()].sort((a, b) => b.callId - a.callId).slice(0, displayHistoryLimit);
}

/** Applies one display-stream message. Returns the same object when nothing changes. */
export function applyDisplayMessage(view: DisplayView, message: DisplayMessage): DisplayView {
  if (message.kind === 'snapshot') {
    return { seq: message.seq, calls: orderCalls(message.calls), needsResync: false };
  }
  if (view.needsResync) return view;
  const verdict = judgeSeq(view.seq, message.seq);
  if (verdict === 'duplicate') return view;
  if (verdict === 'gap') return { ...view, needsResync: true };
  if (message.kind === 'tick') return { ...view, seq: message.seq };
  return { ...view, seq: message.seq, calls: orderCalls([message.call, ...view.calls]) };
}

/** Tickets still waiting, in call order (the desk's list). */
export function waitingTickets(view: StaffView): Ticket[] {
  return view.tickets.filter((t) => t.status === 'waiting');
}

/** The ticket most recently called to `counterId`, if any. */
export function ticketAtCounter(view: StaffView, counterId: string): Ticket | null {
  let latest: Ticket | null = null;
  for (const t of view.tickets) {
    if (t.status !== 'called' || t.counterId !== counterId) continue;
    if (latest === null || (t.calledAt ?? '') > (latest.calledAt ?? '')) latest = t;
  }
  return latest;
}

/** How many tickets wait in each queue (queueId → count). */
export function waitingByQueue(view: StaffView): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ticket of waitingTickets(view))
    counts.set(ticket.queueId, (counts.get(ticket.queueId) ?? 0) + 1);
  return counts;
}
