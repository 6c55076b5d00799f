// openSqliteStore: durable settings, migrations, append-only history and atomic transactions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TicketEventType } from '../../../../machines/contracts/index.js';
import type { QueueStore, TicketRecord } from '../../../../main/hub/store/queueStore.js';
import { migrations, schemaVersion } from '../../../../main/hub/store/sqliteSchema.js';
import { openSqliteStore } from '../../../../main/hub/store/sqliteStore.js';

let dir: string;
let file: string;
let store: QueueStore;

const ticket = (id: string, seq: number, queueId = 'utility', serviceDay = '2026-11-26'): TicketRecord => ({
  id,
  serviceDay,
  queueId,
  seq,
  number: `A${String(seq).padStart(3, '0')}`,
  serviceId: 'utility-bills',
  language: 'es',
  needs: { interpreter: null, accessibility: ['seating'] },
  deviceId: 'kiosk-1',
  issuedAt: '2026-11-26T18:00:00.000Z',
  statusToken: `status-token-of-${id}`,
});

const issue = (record: TicketRecord) =>
  store.transaction((tx) => {
    tx.insertTicket(record);
    return tx.appendEvent({
      ticketId: record.id,
      type: 'ticket.issued',
      at: record.issuedAt,
      counterId: null,
      data: {},
    });
  });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lobby311-store-'));
  file = join(dir, 'hub.sqlite');
  store = openSqliteStore(file);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('openSqliteStore', () => {
  it('uses the WAL journal and records its schema version', () => {
    store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const version = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number };
    expect(version.v).toBe(schemaVersion);
    db.close();
    store = openSqliteStore(file);
  });

  it('migrates only once when opened again, keeping the data', () => {
    issue(ticket('t1', 1));
    store.close();
    store = openSqliteStore(file);
    expect(store.read((r) => r.findTicket('t1'))?.ticket.number).toBe('A001');
    const db = new Database(file, { readonly: true });
    expect((db.prepare('SELECT COUNT(*) AS n FROM schema_version').get() as { n: number }).n).toBe(
      schemaVersion,
    );
    db.close();
  });

  it('refuses a database written by a newer hub', () => {
    store.close();
    const db = new Database(file);
    db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(
      schemaVersion + 1,
      'later',
    );
    db.close();
    expect(() => openSqliteStore(file)).toThrow(/newer than this hub/);
    store = openSqliteStore(join(dir, 'other.sqlite'));
  });

  it('numbers events with one global sequence and returns histories oldest event first', () => {
    const first = issue(ticket('t1', 1));
    const second = issue(ticket('t2', 2));
    const called = store.transaction((tx) =>
      tx.appendEvent({ ticketId: 't1', type: 'ticket.called', at: 'x', counterId: 'counter-1', data: {} }),
    );
    expect([first.seq, second.seq, called.seq]).toEqual([1, 2, 3]);
    const history = store.read((r) => r.findTicket('t1'))!;
    expect(history.ticket.needs).toEqual({ interpreter: null, accessibility: ['seating'] });
    expect(history.events.map((e) => e.type)).toEqual(['ticket.issued', 'ticket.called']);
    expect(store.read((r) => r.lastEventSeq())).toBe(3);
  });

  it('keeps the ticket history append-only, even for raw SQL', () => {
    issue(ticket('t1', 1));
    store.close();
    const db = new Database(file);
    expect(() => db.prepare("UPDATE ticket_events SET type = 'ticket.completed'").run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare('DELETE FROM ticket_events').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE tickets SET number = 'A999'").run()).toThrow(/written once/);
    db.close();
    store = openSqliteStore(file);
  });

  it('refuses a second ticket with the same queue position on the same day', () => {
    issue(ticket('t1', 1));
    expect(() => issue(ticket('t2', 1))).toThrow(/UNIQUE/);
    expect(() => issue(ticket('t3', 1, 'utility', '2026-11-27'))).not.toThrow();
    expect(store.read((r) => r.lastPosition('2026-11-26', 'utility'))).toBe(1);
    expect(store.read((r) => r.lastPosition('2026-11-26', 'permits'))).toBe(0);
  });

  it('rolls the whole transaction back when it throws', () => {
    expect(() =>
      store.transaction((tx) => {
        tx.insertTicket(ticket('t1', 1));
        throw new Error('changed my mind');
      }),
    ).toThrow('changed my mind');
    expect(store.read((r) => r.findTicket('t1'))).toBeUndefined();
  });

  it('filters tickets of a day by the events they lack, in issue order', () => {
    issue(ticket('t1', 1));
    issue(ticket('t2', 2));
    issue(ticket('p1', 1, 'permits'));
    store.transaction((tx) =>
      tx.appendEvent({ ticketId: 't1', type: 'ticket.called', at: 'x', counterId: 'counter-1', data: {} }),
    );
    const ids = (types: TicketEventType[]) =>
      store.read((r) => r.ticketsOfDayWithout('2026-11-26', types).map((h) => h.ticket.id));
    expect(ids([])).toEqual(['t1', 't2', 'p1']);
    expect(ids(['ticket.called'])).toEqual(['t2', 'p1']);
    expect(store.read((r) => r.countOfDayWithout('2026-11-26', 'utility', ['ticket.called']))).toBe(1);
    expect(
      store.read((r) => r.latestEventsOfDay('2026-11-26', ['ticket.called'], 5).map((e) => e.ticket.id)),
    ).toEqual(['t1']);
  });

  it('remembers which ticket a call-next request claimed', () => {
    issue(ticket('t1', 1));
    store.transaction((tx) => tx.saveCallRequest('req-1', 't1', 'counter-1'));
    expect(store.read((r) => r.findCallRequest('req-1'))).toBe('t1');
    expect(store.read((r) => r.findCallRequest('req-2'))).toBeUndefined();
  });

  it('finds a ticket by its status token, and refuses a second ticket with the same token', () => {
    issue(ticket('t1', 1));
    expect(store.read((r) => r.findTicketIdByStatusToken('status-token-of-t1'))).toBe('t1');
    expect(store.read((r) => r.findTicketIdByStatusToken('t1'))).toBeUndefined();
    expect(() => issue({ ...ticket('t2', 2), statusToken: 'status-token-of-t1' })).toThrow(/UNIQUE/);
  });

  it('gives tickets written before status tokens existed a random token when migrating', () => {
    store.close();
    const old = join(dir, 'v1.sqlite');
    const db = new Database(old);
    db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)');
    db.exec(migrations[0]!);
    db.prepare("INSERT INTO schema_version VALUES (1, 'then')").run();
    db.prepare(
      `INSERT INTO tickets (id, service_day, queue_id, seq, number, service_id, language, needs_json, device_id,
         issued_at) VALUES ('old', '2026-11-25', 'utility', 1, 'A001', 'utility-bills', 'en', '{}', 'k', 'then')`,
    ).run();
    db.close();
    store = openSqliteStore(old);
    const migrated = new Database(old, { readonly: true });
    const row = migrated.prepare("SELECT status_token FROM tickets WHERE id = 'old'").get() as {
      status_token: string;
    };
    migrated.close();
    expect(row.status_token).toMatch(/^[0-9a-f]{48}$/);
    expect(store.read((r) => r.findTicketIdByStatusToken(row.status_token))).toBe('old');
  });
});
