// The storage interface the queue engine uses; SQLite implements it today, a PostgreSQL adapter can later.
import type { FloorEventType, Needs, TicketEventType } from '../../../machines/contracts/index.js';

/** A block of a queue's offline band granted to one kiosk for one service day (numbers first…last). */
export interface LeaseRecord {
  id: string;
  deviceId: string;
  serviceDay: string;
  queueId: string;
  first: number;
  last: number;
  /** The kiosk's request id: a retry with it returns this lease. */
  requestId: string;
  grantedAt: string;
}

/** A ticket's immutable facts, written once when it is issued (its first service and queue). */
export interface TicketRecord {
  id: string;
  serviceDay: string;
  queueId: string;
  /** Position of its number in its queue's range for the service day (number − firstNumber + 1). */
  seq: number;
  number: string;
  serviceId: string;
  language: string;
  needs: Needs;
  priorityClass: string;
  /** The kiosk or desk that issued it. */
  deviceId: string;
  issuedAt: string;
  /** Unguessable token of the public status page `/status/<token>`. */
  statusToken: string;
}

/** One appended fact about a ticket; `seq` is the hub-wide sequence number shared with floor events. */
export interface EventRecord {
  seq: number;
  ticketId: string;
  type: TicketEventType;
  at: string;
  counterId: string | null;
  userId: string | null;
  deviceId: string | null;
  data: Record<string, unknown>;
}

export type NewEvent = Omit<EventRecord, 'seq'>;

/** A staff note on a visit; its text may be erased by the retention purge. */
export interface NoteRecord {
  id: number;
  ticketId: string;
  at: string;
  counterId: string | null;
  userId: string | null;
  text: string;
}

export type NewNote = Omit<NoteRecord, 'id'>;

/** One appended floor fact (counter sessions, queue intake switches), in the same sequence as ticket events. */
export interface FloorRecord {
  seq: number;
  serviceDay: string;
  type: FloorEventType;
  at: string;
  counterId: string | null;
  queueId: string | null;
  userId: string | null;
  data: Record<string, unknown>;
}

export type NewFloorEvent = Omit<FloorRecord, 'seq'>;

/** A ticket with its whole event history (oldest first) and its notes (oldest first). */
export interface TicketHistory {
  ticket: TicketRecord;
  events: EventRecord[];
  notes: NoteRecord[];
}

/** What a handled call request claimed (for idempotent retries). */
export interface CallRequestRecord {
  ticketId: string;
  counterId: string;
  /** The JSON the first answer carried (call-next's explanation), or null. */
  explanationJson: string | null;
}

/** Reads; every read inside one `read`/`transaction` call sees the same committed state. */
export interface QueueReader {
  findTicket(id: string): TicketHistory | undefined;
  findTicketIdByStatusToken(token: string): string | undefined;
  /** Highest numbering position used in a queue on a service day, not above `upTo` (0 when none). */
  lastPosition(serviceDay: string, queueId: string, upTo?: number): number;
  /** The id of the ticket holding position `seq` of a queue's day, if any. */
  ticketIdAt(serviceDay: string, queueId: string, seq: number): string | undefined;
  /** Tickets of the service days `from`…`to` (inclusive), in issue order. */
  ticketsOfDays(from: string, to: string): TicketHistory[];
  /** Tickets of `serviceDay` that have none of `closingTypes` among their events, in issue order. */
  openTicketsOfDay(serviceDay: string, closingTypes: readonly TicketEventType[]): TicketHistory[];
  /** How many open tickets of `serviceDay` are waiting in `queueId` now (after any transfer). */
  waitingInQueue(serviceDay: string, queueId: string): number;
  /** Tickets of days before `serviceDay` that have none of `closingTypes` among their events, in issue order. */
  openTicketsBefore(serviceDay: string, closingTypes: readonly TicketEventType[]): TicketHistory[];
  /** How many tickets of `serviceDay` were issued for `serviceId` (their first service). */
  countIssued(serviceDay: string, serviceId: string): number;
  /** Events of `types` on tickets of `serviceDay`, newest first, at most `limit`, each with its ticket. */
  latestEventsOfDay(
    serviceDay: string,
    types: readonly TicketEventType[],
    limit: number,
  ): { event: EventRecord; ticket: TicketRecord }[];
  /** Priority classes of the tickets `counterId` called (`ticket.called`) on `serviceDay`, oldest first. */
  calledClasses(serviceDay: string, counterId: string): string[];
  /** Floor events of the service days `from`…`to` (inclusive), oldest first. */
  floorEventsOfDays(from: string, to: string): FloorRecord[];
  /** The newest counter.* floor event of each counter that has one. */
  lastCounterEvents(): FloorRecord[];
  /** The newest counter.* floor event of one counter, if any. */
  lastCounterEvent(counterId: string): FloorRecord | undefined;
  findCallRequest(requestId: string): CallRequestRecord | undefined;
  /** The newest hub-wide sequence number, ticket or floor event (0 when there is none). */
  lastSeq(): number;
  findLease(id: string): LeaseRecord | undefined;
  findLeaseByRequest(requestId: string): LeaseRecord | undefined;
  /** Leases of `deviceId` for `serviceDay`, oldest first. */
  leasesOfDevice(deviceId: string, serviceDay: string): LeaseRecord[];
  /** The highest leased number of a queue's day (0 when none). */
  lastLeasedNumber(serviceDay: string, queueId: string): number;
}

/** Reads and appends inside one atomic, durable, serialised transaction. */
export interface QueueTx extends QueueReader {
  insertTicket(ticket: TicketRecord): void;
  /** Appends with seq = the hub-wide last seq + 1. */
  appendEvent(event: NewEvent): EventRecord;
  /** Appends with seq = the hub-wide last seq + 1. */
  appendFloorEvent(event: NewFloorEvent): FloorRecord;
  insertNote(note: NewNote): NoteRecord;
  saveCallRequest(requestId: string, claim: CallRequestRecord): void;
  insertLease(lease: LeaseRecord): void;
}

export interface QueueStore {
  /** Runs `fn` in one write transaction: all of it commits durably before this returns, or none of it. */
  transaction<T>(fn: (tx: QueueTx) => T): T;
  /** Runs `fn` against one consistent snapshot of the committed state. */
  read<T>(fn: (reader: QueueReader) => T): T;
  close(): void;
}
