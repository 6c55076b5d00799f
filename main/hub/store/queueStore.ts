// The storage interface the queue engine uses; SQLite implements it today, a PostgreSQL adapter can later.
import type { Needs, TicketEventType } from '../../../machines/contracts/index.js';

/** A ticket's immutable facts, written once when it is issued. */
export interface TicketRecord {
  id: string;
  serviceDay: string;
  queueId: string;
  /** Position in its queue's numbering for the service day: 1, 2, 3 … */
  seq: number;
  number: string;
  serviceId: string;
  language: string;
  needs: Needs;
  deviceId: string;
  issuedAt: string;
  /** Unguessable token of the public status page `/status/<token>`. */
  statusToken: string;
}

/** One appended fact about a ticket; `seq` is the hub-wide event sequence number. */
export interface EventRecord {
  seq: number;
  ticketId: string;
  type: TicketEventType;
  at: string;
  counterId: string | null;
  data: Record<string, unknown>;
}

export type NewEvent = Omit<EventRecord, 'seq'>;

/** A ticket with its whole event history, oldest event first. */
export interface TicketHistory {
  ticket: TicketRecord;
  events: EventRecord[];
}

/** An event together with the ticket it belongs to. */
export interface EventWithTicket {
  event: EventRecord;
  ticket: TicketRecord;
}

/** Reads; every read inside one `read`/`transaction` call sees the same committed state. */
export interface QueueReader {
  findTicket(id: string): TicketHistory | undefined;
  /** Highest numbering position used in a queue on a service day (0 when none). */
  lastPosition(serviceDay: string, queueId: string): number;
  /** Tickets of a service day that have none of `excludedTypes` among their events, in issue order. */
  ticketsOfDayWithout(serviceDay: string, excludedTypes: readonly TicketEventType[]): TicketHistory[];
  /** How many tickets of a queue and service day have none of `excludedTypes` among their events. */
  countOfDayWithout(serviceDay: string, queueId: string, excludedTypes: readonly TicketEventType[]): number;
  /** Events of the given types on tickets of a service day, newest first. */
  latestEventsOfDay(serviceDay: string, types: readonly TicketEventType[], limit: number): EventWithTicket[];
  /** The ticket a call-next request claimed, if that request was already handled. */
  findCallRequest(requestId: string): string | undefined;
  /** The ticket whose public status page token is `token`, if any. */
  findTicketIdByStatusToken(token: string): string | undefined;
  /** Sequence number of the newest event (0 when there is none). */
  lastEventSeq(): number;
}

/** Reads and appends inside one atomic, durable transaction. */
export interface QueueTx extends QueueReader {
  insertTicket(ticket: TicketRecord): void;
  appendEvent(event: NewEvent): EventRecord;
  saveCallRequest(requestId: string, ticketId: string, counterId: string): void;
}

export interface QueueStore {
  /** Runs `fn` in one write transaction: all of it commits durably before this returns, or none of it. */
  transaction<T>(fn: (tx: QueueTx) => T): T;
  /** Runs `fn` against one consistent snapshot of the committed state. */
  read<T>(fn: (reader: QueueReader) => T): T;
  close(): void;
}
