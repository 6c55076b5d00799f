// Pure reducers that fold the hub's staff and display streams into view state, flagging gaps in `seq`.
import type { CounterState, QueueState } from './contracts/floor.js';
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
  /** Open tickets (waiting, called, serving, parked) in the hub's order; closed tickets drop out. */
  tickets: Ticket[];
  /** Every configured counter's session (from the snapshot, then `floor` messages). */
  counters: CounterState[];
  /** Every configured queue's intake switch. */
  queues: QueueState[];
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

export const emptyStaffView: StaffView = {
  seq: null,
  serviceDay: null,
  tickets: [],
  counters: [],
  queues: [],
  needsResync: false,
};
export const emptyDisplayView: DisplayView = { seq: null, calls: [], needsResync: false };

type SeqVerdict = 'apply' | 'duplicate' | 'gap';

/** Classifies a delta's seq against the last applied one (no snapshot yet counts as a gap). */
export function judgeSeq(last: number | null, seq: number): SeqVerdict {
  if (last === null) return 'gap';
  if (seq <= last) return 'duplicate';
  return seq === last + 1 ? 'apply' : 'gap';
}

const openStatuses: ReadonlySet<string> = new Set(['waiting', 'called', 'serving', 'parked']);
const isOpen = (ticket: Ticket): boolean => openStatuses.has(ticket.status);

function upsertBy<T>(list: T[], item: T, same: (a: T, b: T) => boolean): T[] {
  const index = list.findIndex((x) => same(x, item));
  if (index === -1) return [...list, item];
  const next = list.slice();
  next[index] = item;
  return next;
}

function upsertTicket(tickets: Ticket[], ticket: Ticket): Ticket[] {
  if (!isOpen(ticket)) {
    return tickets.some((t) => t.id === ticket.id) ? tickets.filter((t) => t.id !== ticket.id) : tickets;
  }
  return upsertBy(tickets, ticket, (a, b) => a.id === b.id);
}

/** Applies one staff-stream message. Returns the same object when nothing changes. */
export function applyStaffMessage(view: StaffView, message: StaffMessage): StaffView {
  if (message.kind === 'snapshot') {
    const { snapshot } = message;
    return {
      seq: snapshot.seq,
      serviceDay: snapshot.serviceDay,
      tickets: snapshot.tickets.filter(isOpen),
      counters: snapshot.counters,
      queues: snapshot.queues,
      needsResync: false,
    };
  }
  if (message.kind === 'notices' || view.needsResync) return view;
  const verdict = judgeSeq(view.seq, message.event.seq);
  if (verdict === 'duplicate') return view;
  if (verdict === 'gap') return { ...view, needsResync: true };
  if (message.kind === 'floor') {
    const { counter, queue, seq } = message.event;
    return {
      ...view,
      seq,
      counters: counter
        ? upsertBy(view.counters, counter, (a, b) => a.counterId === b.counterId)
        : view.counters,
      queues: queue ? upsertBy(view.queues, queue, (a, b) => a.queueId === b.queueId) : view.queues,
    };
  }
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
  if (message.kind === 'notices' || view.needsResync) return view;
  const verdict = judgeSeq(view.seq, message.seq);
  if (verdict === 'duplicate') return view;
  if (verdict === 'gap') return { ...view, needsResync: true };
  if (message.kind === 'tick') return { ...view, seq: message.seq };
  return { ...view, seq: message.seq, calls: orderCalls([message.call, ...view.calls]) };
}

/** Tickets still waiting: those placed at the front first, then by the arrival time ordering uses. */
export function waitingTickets(view: StaffView): Ticket[] {
  return view.tickets
    .filter((t) => t.status === 'waiting')
    .sort((a, b) => Number(b.front) - Number(a.front) || a.rankAt.localeCompare(b.rankAt));
}

/** The visitor held at `counterId` (called or being served; the most recently called if several), if any. */
export function ticketAtCounter(view: StaffView, counterId: string): Ticket | null {
  let latest: Ticket | null = null;
  for (const t of view.tickets) {
    if ((t.status !== 'called' && t.status !== 'serving') || t.counterId !== counterId) continue;
    if (latest === null || (t.lastCalledAt ?? t.issuedAt) > (latest.lastCalledAt ?? latest.issuedAt))
      latest = t;
  }
  return latest;
}

/** Visitors parked at `counterId`, in the hub's order. */
export function parkedAtCounter(view: StaffView, counterId: string): Ticket[] {
  return view.tickets.filter((t) => t.status === 'parked' && t.counterId === counterId);
}

/** A counter's session as the stream last told it, or null before the first snapshot (or if unknown). */
export function counterState(view: StaffView, counterId: string): CounterState | null {
  return view.counters.find((c) => c.counterId === counterId) ?? null;
}

/** True when staff closed the queue to new tickets for the rest of the day. */
export function queueClosedByStaff(view: StaffView, queueId: string): boolean {
  return view.queues.some((q) => q.queueId === queueId && q.closedByStaff);
}

/** How many tickets wait in each queue (queueId → count). */
export function waitingByQueue(view: StaffView): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ticket of waitingTickets(view))
    counts.set(ticket.queueId, (counts.get(ticket.queueId) ?? 0) + 1);
  return counts;
}
