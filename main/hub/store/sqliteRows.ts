// Row shapes of the queue tables and their mapping to the store's records (used by sqliteStore.ts only).
import type { FloorEventType, Needs, TicketEventType } from '../../../machines/contracts/index.js';
import type { EventRecord, FloorRecord, NoteRecord, TicketHistory, TicketRecord } from './queueStore.js';

export interface TicketRow {
  id: string;
  service_day: string;
  queue_id: string;
  seq: number;
  number: string;
  service_id: string;
  language: string;
  needs_json: string;
  priority_class: string;
  device_id: string;
  issued_at: string;
  status_token: string;
}

export interface EventRow {
  seq: number;
  ticket_id: string;
  type: string;
  at: string;
  counter_id: string | null;
  user_id: string | null;
  device_id: string | null;
  data_json: string;
}

export interface NoteRow {
  id: number;
  ticket_id: string;
  at: string;
  counter_id: string | null;
  user_id: string | null;
  text: string;
}

export interface FloorRow {
  seq: number;
  service_day: string;
  type: string;
  at: string;
  counter_id: string | null;
  queue_id: string | null;
  user_id: string | null;
  data_json: string;
}

export function toTicket(row: TicketRow): TicketRecord {
  return {
    id: row.id,
    serviceDay: row.service_day,
    queueId: row.queue_id,
    seq: row.seq,
    number: row.number,
    serviceId: row.service_id,
    language: row.language,
    needs: JSON.parse(row.needs_json) as Needs,
    priorityClass: row.priority_class,
    deviceId: row.device_id,
    issuedAt: row.issued_at,
    statusToken: row.status_token,
  };
}

export function toEvent(row: EventRow): EventRecord {
  return {
    seq: row.seq,
    ticketId: row.ticket_id,
    type: row.type as TicketEventType,
    at: row.at,
    counterId: row.counter_id,
    userId: row.user_id,
    deviceId: row.device_id,
    data: JSON.parse(row.data_json) as Record<string, unknown>,
  };
}

/** An event selected with its columns prefixed `e_` next to its ticket's columns. */
export function toEventOfJoined(row: TicketRow): EventRecord {
  const joined = row as unknown as Record<string, unknown>;
  return toEvent({
    seq: joined.e_seq as number,
    ticket_id: row.id,
    type: joined.e_type as string,
    at: joined.e_at as string,
    counter_id: joined.e_counter_id as string | null,
    user_id: joined.e_user_id as string | null,
    device_id: joined.e_device_id as string | null,
    data_json: joined.e_data_json as string,
  });
}

export function toNote(row: NoteRow): NoteRecord {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    at: row.at,
    counterId: row.counter_id,
    userId: row.user_id,
    text: row.text,
  };
}

export function toFloor(row: FloorRow): FloorRecord {
  return {
    seq: row.seq,
    serviceDay: row.service_day,
    type: row.type as FloorEventType,
    at: row.at,
    counterId: row.counter_id,
    queueId: row.queue_id,
    userId: row.user_id,
    data: JSON.parse(row.data_json) as Record<string, unknown>,
  };
}

/** Assembles histories from ticket rows (issue order) and their event and note rows (any ticket order). */
export function toHistories(tickets: TicketRow[], events: EventRow[], notes: NoteRow[]): TicketHistory[] {
  const byId = new Map<string, TicketHistory>();
  for (const row of tickets) byId.set(row.id, { ticket: toTicket(row), events: [], notes: [] });
  for (const row of events) byId.get(row.ticket_id)?.events.push(toEvent(row));
  for (const row of notes) byId.get(row.ticket_id)?.notes.push(toNote(row));
  for (const history of byId.values()) {
    history.events.sort((a, b) => a.seq - b.seq);
    history.notes.sort((a, b) => a.id - b.id);
  }
  return [...byId.values()];
}
