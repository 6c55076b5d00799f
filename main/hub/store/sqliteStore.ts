// QueueStore on better-sqlite3: WAL journal, every commit synced to disk, SQL kept inside this module.
import type Database from 'better-sqlite3';
import type { TicketEventType } from '../../../machines/contracts/index.js';
import { closingEventTypes } from '../queue/projection.js';
import { openHubDatabase } from './hubDatabase.js';
import { createOpenTicketsCache } from './openTicketsCache.js';
import type { QueueStore, QueueTx, TicketHistory } from './queueStore.js';
import { createSqliteLeases } from './sqliteLeases.js';
import {
  type EventRow,
  type FloorRow,
  type NoteRow,
  type TicketRow,
  toEventOfJoined,
  toFloor,
  toHistories,
  toTicket,
} from './sqliteRows.js';

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

/** Opens (creating and migrating if needed) the hub database at `file`; closing the store closes it. */
export function openSqliteStore(file: string): QueueStore {
  return createSqliteQueueStore(openHubDatabase(file));
}

/** The queue store over an open hub database; its `close()` closes that connection. */
export function createSqliteQueueStore(db: Database.Database): QueueStore {
  const sql = {
    ticket: db.prepare('SELECT * FROM tickets WHERE id = ?'),
    ticketEvents: db.prepare('SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY seq'),
    ticketNotes: db.prepare('SELECT * FROM visit_notes WHERE ticket_id = ? ORDER BY id'),
    byStatusToken: db.prepare('SELECT id FROM tickets WHERE status_token = ?'),
    lastPosition: db.prepare(
      'SELECT MAX(seq) AS seq FROM tickets WHERE service_day = ? AND queue_id = ? AND seq <= ?',
    ),
    ticketAt: db.prepare('SELECT id FROM tickets WHERE service_day = ? AND queue_id = ? AND seq = ?'),
    countIssued: db.prepare('SELECT COUNT(*) AS n FROM tickets WHERE service_day = ? AND service_id = ?'),
    calledClasses: db.prepare(
      `SELECT t.priority_class FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
       WHERE t.service_day = ? AND e.type = 'ticket.called' AND e.counter_id = ? ORDER BY e.seq`,
    ),
    floorOfDays: db.prepare('SELECT * FROM floor_events WHERE service_day BETWEEN ? AND ? ORDER BY seq'),
    // Each counter's latest counter event through the (counter_id, seq) index: the counters are walked one index
    // seek at a time, so the cost stays flat however long the append-only floor log grows.
    lastCounterEvents: db.prepare(
      `WITH RECURSIVE counters(id) AS (
         SELECT MIN(counter_id) FROM floor_events
         UNION ALL
         SELECT (SELECT MIN(counter_id) FROM floor_events WHERE counter_id > counters.id) FROM counters
         WHERE counters.id IS NOT NULL
       )
       SELECT f.* FROM counters JOIN floor_events f ON f.seq = (
         SELECT seq FROM floor_events WHERE counter_id = counters.id AND type LIKE 'counter.%'
         ORDER BY seq DESC LIMIT 1)
       ORDER BY f.seq`,
    ),
    lastCounterEvent: db.prepare(
      "SELECT * FROM floor_events WHERE counter_id = ? AND type LIKE 'counter.%' ORDER BY seq DESC LIMIT 1",
    ),
    callRequest: db.prepare('SELECT * FROM call_requests WHERE request_id = ?'),
    lastSeq: db.prepare(
      `SELECT MAX(COALESCE((SELECT MAX(seq) FROM ticket_events), 0),
                  COALESCE((SELECT MAX(seq) FROM floor_events), 0)) AS seq`,
    ),
    insertTicket: db.prepare(
      `INSERT INTO tickets (id, service_day, queue_id, seq, number, service_id, language, needs_json,
         priority_class, device_id, issued_at, status_token)
       VALUES (@id, @serviceDay, @queueId, @seq, @number, @serviceId, @language, @needsJson,
         @priorityClass, @deviceId, @issuedAt, @statusToken)`,
    ),
    appendEvent: db.prepare(
      `INSERT INTO ticket_events (seq, ticket_id, type, at, counter_id, user_id, device_id, data_json)
       VALUES (@seq, @ticketId, @type, @at, @counterId, @userId, @deviceId, @dataJson)`,
    ),
    appendFloor: db.prepare(
      `INSERT INTO floor_events (seq, service_day, type, at, counter_id, queue_id, user_id, data_json)
       VALUES (@seq, @serviceDay, @type, @at, @counterId, @queueId, @userId, @dataJson)`,
    ),
    insertNote: db.prepare(
      `INSERT INTO visit_notes (ticket_id, at, counter_id, user_id, text)
       VALUES (@ticketId, @at, @counterId, @userId, @text)`,
    ),
    saveCallRequest: db.prepare(
      `INSERT INTO call_requests (request_id, ticket_id, counter_id, explanation_json)
       VALUES (?, ?, ?, ?)`,
    ),
  };

  const lastSeq = () => (sql.lastSeq.get() as { seq: number }).seq;

  const statements = new Map<string, Database.Statement>();
  const prepared = (text: string) => {
    let statement = statements.get(text);
    if (!statement) {
      statement = db.prepare(text);
      statements.set(text, statement);
    }
    return statement;
  };

  /** Histories of the tickets `t` matching `where`, in issue order (first event first). */
  const histories = (where: string, params: unknown[]): TicketHistory[] => {
    const tickets = prepared(`SELECT t.* FROM tickets t WHERE ${where}`).all(...params) as TicketRow[];
    if (tickets.length === 0) return [];
    const events = prepared(
      `SELECT e.* FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id WHERE ${where} ORDER BY e.seq`,
    ).all(...params) as EventRow[];
    const notes = prepared(
      `SELECT n.* FROM visit_notes n JOIN tickets t ON t.id = n.ticket_id WHERE ${where} ORDER BY n.id`,
    ).all(...params) as NoteRow[];
    const firstSeq = (h: TicketHistory) => h.events[0]?.seq ?? Number.MAX_SAFE_INTEGER;
    return toHistories(tickets, events, notes).sort(
      (a, b) => firstSeq(a) - firstSeq(b) || a.ticket.issuedAt.localeCompare(b.ticket.issuedAt),
    );
  };

  /** SQL condition: ticket `t` has none of `types` among its events (binds one parameter per type). */
  const withoutEvents = (types: readonly TicketEventType[]) =>
    types.length
      ? `AND t.id NOT IN (SELECT x.ticket_id FROM ticket_events x WHERE x.type IN (${placeholders(types.length)}))`
      : '';

  const findTicket = (id: string): TicketHistory | undefined => {
    const row = sql.ticket.get(id) as TicketRow | undefined;
    if (!row) return undefined;
    return toHistories(
      [row],
      sql.ticketEvents.all(id) as EventRow[],
      sql.ticketNotes.all(id) as NoteRow[],
    )[0];
  };
  const openTicketsRead = (serviceDay: string, closingTypes: readonly TicketEventType[]) =>
    histories(`t.service_day = ? ${withoutEvents(closingTypes)}`, [serviceDay, ...closingTypes]);
  const openTickets = createOpenTicketsCache(db, {
    openTicketsOfDay: (serviceDay) => openTicketsRead(serviceDay, closingEventTypes),
    findTicket,
    lastSeq,
  });

  const tx: QueueTx = {
    ...createSqliteLeases(db),
    findTicket,
    findTicketIdByStatusToken(token) {
      return (sql.byStatusToken.get(token) as { id: string } | undefined)?.id;
    },
    lastPosition(serviceDay, queueId, upTo = Number.MAX_SAFE_INTEGER) {
      return (sql.lastPosition.get(serviceDay, queueId, upTo) as { seq: number | null }).seq ?? 0;
    },
    ticketIdAt(serviceDay, queueId, seq) {
      return (sql.ticketAt.get(serviceDay, queueId, seq) as { id: string } | undefined)?.id;
    },
    ticketsOfDays(from, to) {
      return histories('t.service_day BETWEEN ? AND ?', [from, to]);
    },
    openTicketsOfDay(serviceDay, closingTypes) {
      return closingTypes === closingEventTypes
        ? openTickets.openTicketsOfDay(serviceDay)
        : openTicketsRead(serviceDay, closingTypes);
    },
    waitingInQueue(serviceDay, queueId) {
      return openTickets.waitingInQueue(serviceDay, queueId);
    },
    openTicketsBefore(serviceDay, closingTypes) {
      return histories(`t.service_day < ? ${withoutEvents(closingTypes)}`, [serviceDay, ...closingTypes]);
    },
    countIssued(serviceDay, serviceId) {
      return (sql.countIssued.get(serviceDay, serviceId) as { n: number }).n;
    },
    latestEventsOfDay(serviceDay, types, limit) {
      if (types.length === 0) return [];
      const rows = prepared(
        `SELECT e.seq AS e_seq, e.type AS e_type, e.at AS e_at, e.counter_id AS e_counter_id,
           e.user_id AS e_user_id, e.device_id AS e_device_id, e.data_json AS e_data_json, t.*
         FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
         WHERE t.service_day = ? AND e.type IN (${placeholders(types.length)}) ORDER BY e.seq DESC LIMIT ?`,
      ).all(serviceDay, ...types, limit) as TicketRow[];
      return rows.map((row) => ({ ticket: toTicket(row), event: toEventOfJoined(row) }));
    },
    calledClasses(serviceDay, counterId) {
      return sql.calledClasses.pluck().all(serviceDay, counterId) as string[];
    },
    floorEventsOfDays(from, to) {
      return (sql.floorOfDays.all(from, to) as FloorRow[]).map(toFloor);
    },
    lastCounterEvents() {
      return (sql.lastCounterEvents.all() as FloorRow[]).map(toFloor);
    },
    lastCounterEvent(counterId) {
      const row = sql.lastCounterEvent.get(counterId) as FloorRow | undefined;
      return row && toFloor(row);
    },
    findCallRequest(requestId) {
      const row = sql.callRequest.get(requestId) as
        | { ticket_id: string; counter_id: string; explanation_json: string | null }
        | undefined;
      return (
        row && { ticketId: row.ticket_id, counterId: row.counter_id, explanationJson: row.explanation_json }
      );
    },
    lastSeq,
    insertTicket(ticket) {
      sql.insertTicket.run({ ...ticket, needsJson: JSON.stringify(ticket.needs) });
    },
    appendEvent(event) {
      const seq = lastSeq() + 1;
      sql.appendEvent.run({ ...event, seq, dataJson: JSON.stringify(event.data) });
      return { ...event, seq };
    },
    appendFloorEvent(event) {
      const seq = lastSeq() + 1;
      sql.appendFloor.run({ ...event, seq, dataJson: JSON.stringify(event.data) });
      return { ...event, seq };
    },
    insertNote(note) {
      const result = sql.insertNote.run(note);
      return { ...note, id: Number(result.lastInsertRowid) };
    },
    saveCallRequest(requestId, claim) {
      sql.saveCallRequest.run(requestId, claim.ticketId, claim.counterId, claim.explanationJson);
    },
  };

  return {
    transaction(fn) {
      try {
        return db.transaction(() => fn(tx)).immediate();
      } catch (error) {
        // Rolled back: the open tickets read inside it may include rows that are gone now.
        openTickets.reset();
        throw error;
      }
    },
    read(fn) {
      return db.transaction(() => fn(tx)).deferred();
    },
    close() {
      if (db.open) db.close();
    },
  };
}
