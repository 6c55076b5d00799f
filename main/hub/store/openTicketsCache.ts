// One service day's open tickets kept in memory between commands, with how many wait in each queue. Each read
// first brings them up to date from what was appended since the last read — events after the hub-wide sequence it
// had seen, notes after the last note id — reloading only the tickets those rows belong to, so a busy day's
// hundreds of open visits are not re-read for every ticket issued or called. Rows written by another connection
// are picked up the same way. After a rolled-back transaction (whose rows a read may have seen) the owner calls
// `reset()`.
import type Database from 'better-sqlite3';
import { closingEventTypes, projectTicket } from '../queue/projection.js';
import type { TicketHistory } from './queueStore.js';

interface Loaders {
  /** Every open ticket of the day, in issue order (the full read). */
  openTicketsOfDay(serviceDay: string): TicketHistory[];
  findTicket(id: string): TicketHistory | undefined;
  lastSeq(): number;
}

export interface OpenTicketsCache {
  /** Tickets of `serviceDay` without a closing event, in issue order. */
  openTicketsOfDay(serviceDay: string): TicketHistory[];
  /** How many open tickets of `serviceDay` are waiting in `queueId` (where they stand now, after transfers). */
  waitingInQueue(serviceDay: string, queueId: string): number;
  /** Forgets everything; the next read is a full one. */
  reset(): void;
}

const firstSeq = (history: TicketHistory) => history.events[0]?.seq ?? Number.MAX_SAFE_INTEGER;
const isOpen = (history: TicketHistory) => !history.events.some((e) => closingEventTypes.includes(e.type));

/** The queue a visit is waiting in, or null when it is not waiting. */
function waitingIn(history: TicketHistory): string | null {
  const ticket = projectTicket(history);
  return ticket.status === 'waiting' ? ticket.queueId : null;
}

/** The open tickets of one day as last read, kept in issue order, with the waiting counts per queue. */
class HeldDay {
  readonly open = new Map<string, TicketHistory>();
  private readonly waitingQueue = new Map<string, string | null>();
  private readonly waiting = new Map<string, number>();
  /** The first event's sequence number of the last ticket added: where the issue order ends. */
  newestFirstSeq = 0;

  constructor(
    readonly day: string,
    public seq: number,
    public noteId: number,
    histories: TicketHistory[],
  ) {
    for (const history of histories) this.set(history);
  }

  set(history: TicketHistory): void {
    const id = history.ticket.id;
    if (!this.open.has(id)) this.newestFirstSeq = Math.max(this.newestFirstSeq, firstSeq(history));
    this.count(this.waitingQueue.get(id) ?? null, -1);
    const queueId = waitingIn(history);
    this.count(queueId, 1);
    this.open.set(id, history);
    this.waitingQueue.set(id, queueId);
  }

  delete(id: string): void {
    this.count(this.waitingQueue.get(id) ?? null, -1);
    this.open.delete(id);
    this.waitingQueue.delete(id);
  }

  waitingInQueue(queueId: string): number {
    return this.waiting.get(queueId) ?? 0;
  }

  private count(queueId: string | null, by: number): void {
    if (queueId !== null) this.waiting.set(queueId, (this.waiting.get(queueId) ?? 0) + by);
  }
}

export function createOpenTicketsCache(db: Database.Database, load: Loaders): OpenTicketsCache {
  const sql = {
    lastNoteId: db.prepare('SELECT COALESCE(MAX(id), 0) FROM visit_notes').pluck(),
    // Read by the sequence alone (a short range of the primary key); the day is checked on the reloaded ticket.
    touchedByEvents: db
      .prepare('SELECT ticket_id FROM ticket_events WHERE seq > ? GROUP BY ticket_id ORDER BY MIN(seq)')
      .pluck(),
    touchedByNotes: db.prepare('SELECT DISTINCT ticket_id FROM visit_notes WHERE id > ?').pluck(),
  };
  let held: HeldDay | null = null;

  const fullRead = (day: string) =>
    new HeldDay(day, load.lastSeq(), sql.lastNoteId.get() as number, load.openTicketsOfDay(day));

  /** Reloads the tickets touched since `state` was read; false when the issue order can no longer be kept. */
  function catchUp(state: HeldDay, seq: number, noteId: number): boolean {
    const touched = new Set([
      ...(sql.touchedByEvents.all(state.seq) as string[]),
      ...(sql.touchedByNotes.all(state.noteId) as string[]),
    ]);
    for (const id of touched) {
      const history = load.findTicket(id);
      if (history && history.ticket.serviceDay !== state.day) continue;
      if (!history || !isOpen(history)) state.delete(id);
      else if (!state.open.has(id) && firstSeq(history) < state.newestFirstSeq) return false;
      else state.set(history);
    }
    state.seq = seq;
    state.noteId = noteId;
    return true;
  }

  /** The day's state, brought up to date. */
  function current(day: string): HeldDay {
    const state = held;
    if (!state || state.day !== day) {
      held = fullRead(day);
      return held;
    }
    const seq = load.lastSeq();
    const noteId = sql.lastNoteId.get() as number;
    const behind = seq !== state.seq || noteId !== state.noteId;
    const rewound = seq < state.seq || noteId < state.noteId;
    if (rewound || (behind && !catchUp(state, seq, noteId))) {
      held = fullRead(day);
      return held;
    }
    return state;
  }

  return {
    openTicketsOfDay: (day) => [...current(day).open.values()],
    waitingInQueue: (day, queueId) => current(day).waitingInQueue(queueId),
    reset() {
      held = null;
    },
  };
}
