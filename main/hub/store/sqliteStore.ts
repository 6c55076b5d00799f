// QueueStore on better-sqlite3: WAL journal, every commit synced to disk, SQL kept inside this module.
import type Database from 'better-sqlite3';
import type { Needs, TicketEventType } from '../../../machines/contracts/index.js';
import { openHubDatabase } from './hubDatabase.js';
import type {
  EventRecord,
  EventWithTicket,
  NewEvent,
  QueueStore,
  QueueTx,
  TicketHistory,
  TicketRecord,
} from './queueStore.js';

interface TicketRow {
  id: string;
  service_day: string;
  queue_id: string;
  seq: number;
  number: string;
  service_id: string;
  language: string;
  needs_json: string;
  device_id: string;
  issued_at: string;
  status_token: string;
}

interface EventRow {
  e_seq: number;
  ticket_id: string;
  type: string;
  at: string;
  counter_id: string | null;
  data_json: string;
}

type JoinedRow = TicketRow & EventRow;

const EVENT_COLUMNS =
  'e.seq AS e_seq, e.ticket_id, e.type, e.at, e.counter_id, e.data_json, t.id, t.service_day, t.queue_id, ' +
  't.seq, t.number, t.service_id, t.language, t.needs_json, t.device_id, t.issued_at, t.status_token';

function toTicket(row: TicketRow): TicketRecord {
  return {
    id: row.id,
    serviceDay: row.service_day,
    queueId: row.queue_id,
    seq: row.seq,
    number: row.number,
    serviceId: row.service_id,
    language: row.language,
    needs: JSON.parse(row.needs_json) as Needs,
    deviceId: row.device_id,
    issuedAt: row.issued_at,
    statusToken: row.status_token,
  };
}

function toEvent(row: EventRow): EventRecord {
  return {
    seq: row.e_seq,
    ticketId: row.ticket_id,
    type: row.type as TicketEventType,
    at: row.at,
    counterId: row.counter_id,
    data: JSON.parse(row.data_json) as Record<string, unknown>,
  };
}

/** Groups joined ticket+event rows (ordered by event seq) into histories, in order of first event. */
function toHistories(rows: JoinedRow[]): TicketHistory[] {
  const byId = new Map<string, TicketHistory>();
  for (const row of rows) {
    let history = byId.get(row.id);
    if (!history) {
      history = { ticket: toTicket(row), events: [] };
      byId.set(row.id, history);
    }
    history.events.push(toEvent(row));
  }
  return [...byId.values()];
}

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

/** SQL condition: ticket `t` has none of `types` among its events (binds one parameter per type). */
const withoutEvents = (types: readonly TicketEventType[]) =>
  types.length
    ? `AND NOT EXISTS (SELECT 1 FROM ticket_events x WHERE x.ticket_id = t.id
         AND x.type IN (${placeholders(types.length)}))`
    : '';

/** Opens (creating and migrating if needed) the hub database at `file`; closing the store closes it. */
export function openSqliteStore(file: string): QueueStore {
  return createSqliteQueueStore(openHubDatabase(file));
}

/** The queue store over an open hub database; its `close()` closes that connection. */
export function createSqliteQueueStore(db: Database.Database): QueueStore {
  const statements = {
    ticketHistory: db.prepare(
      `SELECT ${EVENT_COLUMNS} FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
       WHERE t.id = ? ORDER BY e.seq`,
    ),
    lastPosition: db.prepare('SELECT MAX(seq) AS seq FROM tickets WHERE service_day = ? AND queue_id = ?'),
    callRequest: db.prepare('SELECT ticket_id FROM call_requests WHERE request_id = ?'),
    byStatusToken: db.prepare('SELECT id FROM tickets WHERE status_token = ?'),
    lastEventSeq: db.prepare('SELECT MAX(seq) AS seq FROM ticket_events'),
    insertTicket: db.prepare(
      `INSERT INTO tickets (id, service_day, queue_id, seq, number, service_id, language, needs_json,
         device_id, issued_at, status_token)
       VALUES (@id, @serviceDay, @queueId, @seq, @number, @serviceId, @language, @needsJson, @deviceId,
         @issuedAt, @statusToken)`,
    ),
    appendEvent: db.prepare(
      `INSERT INTO ticket_events (ticket_id, type, at, counter_id, data_json)
       VALUES (@ticketId, @type, @at, @counterId, @dataJson)`,
    ),
    saveCallRequest: db.prepare(
      'INSERT INTO call_requests (request_id, ticket_id, counter_id) VALUES (?, ?, ?)',
    ),
  };

  const tx: QueueTx = {
    findTicket(id) {
      return toHistories(statements.ticketHistory.all(id) as JoinedRow[])[0];
    },
    lastPosition(serviceDay, queueId) {
      const row = statements.lastPosition.get(serviceDay, queueId) as { seq: number | null };
      return row.seq ?? 0;
    },
    ticketsOfDayWithout(serviceDay, excludedTypes) {
      const exclusion = withoutEvents(excludedTypes);
      const rows = db
        .prepare(
          `SELECT ${EVENT_COLUMNS} FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
           WHERE t.service_day = ? ${exclusion} ORDER BY e.seq`,
        )
        .all(serviceDay, ...excludedTypes) as JoinedRow[];
      return toHistories(rows);
    },
    countOfDayWithout(serviceDay, queueId, excludedTypes) {
      const row = db
        .prepare(
          `SELECT COUNT(*) AS n FROM tickets t
           WHERE t.service_day = ? AND t.queue_id = ? ${withoutEvents(excludedTypes)}`,
        )
        .get(serviceDay, queueId, ...excludedTypes) as { n: number };
      return row.n;
    },
    latestEventsOfDay(serviceDay, types, limit): EventWithTicket[] {
      if (types.length === 0) return [];
      const rows = db
        .prepare(
          `SELECT ${EVENT_COLUMNS} FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
           WHERE t.service_day = ? AND e.type IN (${placeholders(types.length)})
           ORDER BY e.seq DESC LIMIT ?`,
        )
        .all(serviceDay, ...types, limit) as JoinedRow[];
      return rows.map((row) => ({ event: toEvent(row), ticket: toTicket(row) }));
    },
    findCallRequest(requestId) {
      const row = statements.callRequest.get(requestId) as { ticket_id: string } | undefined;
      return row?.ticket_id;
    },
    findTicketIdByStatusToken(token) {
      const row = statements.byStatusToken.get(token) as { id: string } | undefined;
      return row?.id;
    },
    lastEventSeq() {
      const row = statements.lastEventSeq.get() as { seq: number | null };
      return row.seq ?? 0;
    },
    insertTicket(ticket) {
      statements.insertTicket.run({ ...ticket, needsJson: JSON.stringify(ticket.needs) });
    },
    appendEvent(event: NewEvent) {
      const result = statements.appendEvent.run({
        ticketId: event.ticketId,
        type: event.type,
        at: event.at,
        counterId: event.counterId,
        dataJson: JSON.stringify(event.data),
      });
      return { ...event, seq: Number(result.lastInsertRowid) };
    },
    saveCallRequest(requestId, ticketId, counterId) {
      statements.saveCallRequest.run(requestId, ticketId, counterId);
    },
  };

  return {
    transaction(fn) {
      return db.transaction(() => fn(tx)).immediate();
    },
    read(fn) {
      return db.transaction(() => fn(tx)).deferred();
    },
    close() {
      if (db.open) db.close();
    },
  };
}
