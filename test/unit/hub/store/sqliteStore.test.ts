// openSqliteStore: durable settings, migrations, append-only history, one hub-wide seq and atomic transactions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewEvent, QueueStore, TicketRecord } from '../../../../main/hub/store/queueStore.js';
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
  priorityClass: 'accessibility',
  deviceId: 'kiosk-1',
  issuedAt: '2026-11-26T18:00:00.000Z',
  statusToken: `status-token-of-${id}`,
});

const event = (ticketId: string, type: NewEvent['type'], counterId: string | null = null): NewEvent => ({
  ticketId,
  type,
  at: '2026-11-26T18:05:00.000Z',
  counterId,
  userId: counterId ? 'user-1' : null,
  deviceId: counterId ? null : 'kiosk-1',
  data: {},
});

const issue = (record: TicketRecord) =>
  store.transaction((tx) => {
    tx.insertTicket(record);
    return tx.appendEvent({ ...event(record.id, 'ticket.issued'), at: record.issuedAt });
  });

const floor = (type: 'counter.signedIn' | 'counter.signedOut' | 'queue.closed', counterId: string | null) =>
  store.transaction((tx) =>
    tx.appendFloorEvent({
      serviceDay: '2026-11-26',
      type,
      at: '2026-11-26T18:01:00.000Z',
      counterId,
      queueId: counterId ? null : 'utility',
      userId: 'user-1',
      data: { staffName: 'Ana' },
    }),
  );

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

  it('numbers ticket and floor events with one hub-wide sequence, histories oldest first', () => {
    const first = issue(ticket('t1', 1));
    const signedIn = floor('counter.signedIn', 'counter-1');
    const called = store.transaction((tx) => tx.appendEvent(event('t1', 'ticket.called', 'counter-1')));
    const closed = floor('queue.closed', null);
    expect([first.seq, signedIn.seq, called.seq, closed.seq]).toEqual([1, 2, 3, 4]);
    const history = store.read((r) => r.findTicket('t1'))!;
    expect(history.ticket).toEqual(ticket('t1', 1));
    expect(history.events.map((e) => [e.type, e.userId, e.deviceId])).toEqual([
      ['ticket.issued', null, 'kiosk-1'],
      ['ticket.called', 'user-1', null],
    ]);
    expect(store.read((r) => r.lastSeq())).toBe(4);
    expect(store.read((r) => r.floorEventsOfDays('2026-11-26', '2026-11-26').map((f) => f.type))).toEqual([
      'counter.signedIn',
      'queue.closed',
    ]);
    expect(store.read((r) => r.floorEventsOfDays('2026-11-27', '2026-11-28'))).toEqual([]);
  });

  it('keeps only the newest counter event per counter', () => {
    floor('counter.signedIn', 'counter-1');
    floor('counter.signedIn', 'counter-2');
    floor('counter.signedOut', 'counter-1');
    floor('queue.closed', null);
    const last = store.read((r) => r.lastCounterEvents()).map((f) => [f.counterId, f.type]);
    expect(last).toEqual([
      ['counter-2', 'counter.signedIn'],
      ['counter-1', 'counter.signedOut'],
    ]);
    expect(store.read((r) => r.lastCounterEvent('counter-1'))?.type).toBe('counter.signedOut');
    expect(store.read((r) => r.lastCounterEvent('counter-2'))?.type).toBe('counter.signedIn');
    expect(store.read((r) => r.lastCounterEvent('counter-3'))).toBeUndefined();
  });

  it('keeps floor events append-only and lets only the purge delete notes', () => {
    issue(ticket('t1', 1));
    floor('counter.signedIn', 'counter-1');
    const note = store.transaction((tx) =>
      tx.insertNote({
        ticketId: 't1',
        at: 'x',
        counterId: 'counter-1',
        userId: 'user-1',
        text: 'Large print',
      }),
    );
    expect(store.read((r) => r.findTicket('t1'))!.notes).toEqual([{ ...note, ticketId: 't1' }]);
    store.close();
    const db = new Database(file);
    expect(() => db.prepare("UPDATE floor_events SET type = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM floor_events').run()).toThrow(/append-only/);
    expect(db.prepare('DELETE FROM visit_notes').run().changes).toBe(1);
    db.close();
    store = openSqliteStore(file);
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

  it('lists tickets of a range of days in issue order, and open tickets of past days', () => {
    issue(ticket('t1', 1, 'utility', '2026-11-25'));
    issue(ticket('t2', 1));
    issue(ticket('p1', 1, 'permits'));
    issue(ticket('t3', 2, 'utility', '2026-11-25'));
    store.transaction((tx) => tx.appendEvent(event('t3', 'ticket.completed', 'counter-1')));
    const ids = (from: string, to: string) =>
      store.read((r) => r.ticketsOfDays(from, to).map((h) => h.ticket.id));
    expect(ids('2026-11-26', '2026-11-26')).toEqual(['t2', 'p1']);
    expect(ids('2026-11-25', '2026-11-26')).toEqual(['t1', 't2', 'p1', 't3']);
    const open = store.read((r) => r.openTicketsBefore('2026-11-26', ['ticket.completed']));
    expect(open.map((h) => h.ticket.id)).toEqual(['t1']);
  });

  it('remembers which ticket a call request claimed and the answer it gave', () => {
    issue(ticket('t1', 1));
    store.transaction((tx) =>
      tx.saveCallRequest('req-1', { ticketId: 't1', counterId: 'counter-1', explanationJson: '{"a":1}' }),
    );
    expect(store.read((r) => r.findCallRequest('req-1'))).toEqual({
      ticketId: 't1',
      counterId: 'counter-1',
      explanationJson: '{"a":1}',
    });
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
    expect(store.read((r) => r.findTicket('old'))?.ticket.priorityClass).toBe('standard');
  });
});
