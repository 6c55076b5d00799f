// The retention purge: old tickets lose needs and device (nothing else), dead credentials go, on a schedule.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../../../main/hub/audit/auditLog.js';
import { createPurge, type PurgeResult } from '../../../../main/hub/retention/purge.js';
import { purgeIntervalMs, scheduleRetention } from '../../../../main/hub/retention/retentionSchedule.js';
import { allowTicketAnonymisation } from '../../../../main/hub/retention/retentionSchema.js';
import { openHubDatabase } from '../../../../main/hub/store/hubDatabase.js';
import { createSqliteAuthStore } from '../../../../main/hub/store/sqliteAuthStore.js';
import { createSqliteQueueStore } from '../../../../main/hub/store/sqliteStore.js';

const dayMs = 86_400_000;
const realNow = Date.now();
const daysAgo = (days: number) => new Date(realNow - days * dayMs);

let dir: string;
let db: Database.Database;
let clock: Date;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lobby311-retention-'));
  db = openHubDatabase(join(dir, 'hub.sqlite'));
  allowTicketAnonymisation(db);
  clock = new Date(realNow);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function issue(id: string, issuedAt: Date, seq: number) {
  createSqliteQueueStore(db).transaction((tx) => {
    tx.insertTicket({
      id,
      serviceDay: issuedAt.toISOString().slice(0, 10),
      queueId: 'utility',
      seq,
      number: `A${String(seq).padStart(3, '0')}`,
      serviceId: 'utility-bills',
      language: 'es',
      needs: { interpreter: { mode: 'phone', language: 'es' }, accessibility: ['wheelchair'] },
      priorityClass: 'standard',
      deviceId: 'kiosk-1',
      issuedAt: issuedAt.toISOString(),
      statusToken: `token-${id}-abcdefghijklmnopqrstuvwxyz`,
    });
    tx.appendEvent({
      ticketId: id,
      type: 'ticket.issued',
      at: issuedAt.toISOString(),
      counterId: null,
      userId: null,
      deviceId: 'kiosk-1',
      data: {},
    });
  });
}

function note(ticketId: string, at: Date, text: string) {
  createSqliteQueueStore(db).transaction((tx) => {
    const stored = tx.insertNote({
      ticketId,
      at: at.toISOString(),
      counterId: 'counter-1',
      userId: null,
      text,
    });
    tx.appendEvent({
      ticketId,
      type: 'ticket.noted',
      at: at.toISOString(),
      counterId: 'counter-1',
      userId: null,
      deviceId: null,
      data: { noteId: stored.id },
    });
  });
}

const rethrow = (error: unknown) => {
  throw error;
};

const ticketRow = (id: string) =>
  db.prepare('SELECT * FROM tickets WHERE id = ?').get(id) as Record<string, unknown>;
const purge = () =>
  createPurge(
    db,
    createAuditLog(db, 730, () => clock, { onWriteError: rethrow }),
    { visitDays: 30, auditDays: 730 },
    () => clock,
  )();

describe('retention purge', () => {
  it('blanks needs and device of tickets older than visitDays, keeping every figure', () => {
    issue('00000000-0000-4000-8000-000000000001', daysAgo(45), 1);
    issue('00000000-0000-4000-8000-000000000002', daysAgo(10), 2);
    const before = ticketRow('00000000-0000-4000-8000-000000000001');
    const events = db.prepare('SELECT * FROM ticket_events ORDER BY seq').all();

    expect(purge().ticketsAnonymised).toBe(1);
    expect(ticketRow('00000000-0000-4000-8000-000000000001')).toEqual({
      ...before,
      needs_json: '{"interpreter":null,"accessibility":[]}',
      device_id: '',
    });
    expect(ticketRow('00000000-0000-4000-8000-000000000002').needs_json).toContain('wheelchair');
    expect(db.prepare('SELECT * FROM ticket_events ORDER BY seq').all()).toEqual(events);
    expect(purge().ticketsAnonymised).toBe(0);
  });

  it('erases the text of notes older than visitDays and keeps the log entry that a note was added', () => {
    const id = '00000000-0000-4000-8000-000000000004';
    issue(id, daysAgo(45), 4);
    note(id, daysAgo(45), 'Needs a large-print bill');
    note(id, daysAgo(5), 'Called back about the bill');
    const events = db.prepare('SELECT * FROM ticket_events ORDER BY seq').all();

    expect(purge().notesErased).toBe(1);
    expect(db.prepare('SELECT text FROM visit_notes').pluck().all()).toEqual(['Called back about the bill']);
    expect(db.prepare('SELECT * FROM ticket_events ORDER BY seq').all()).toEqual(events);
    expect(purge().notesErased).toBe(0);
  });

  it('follows the injected clock: a month later the newer ticket goes too', () => {
    issue('00000000-0000-4000-8000-000000000002', daysAgo(10), 2);
    expect(purge().ticketsAnonymised).toBe(0);
    clock = new Date(realNow + 25 * dayMs);
    expect(purge().ticketsAnonymised).toBe(1);
  });

  it('still refuses every other change to a ticket, and anonymising a ticket of today', () => {
    issue('00000000-0000-4000-8000-000000000001', daysAgo(45), 1);
    issue('00000000-0000-4000-8000-000000000003', new Date(realNow), 3);
    const id1 = '00000000-0000-4000-8000-000000000001';
    expect(() => db.prepare("UPDATE tickets SET number = 'A999' WHERE id = ?").run(id1)).toThrow(
      /written once/,
    );
    expect(() =>
      db
        .prepare(`UPDATE tickets SET needs_json = '{"interpreter":null,"accessibility":[]}' WHERE id = ?`)
        .run(id1),
    ).toThrow(/written once/);
    expect(() =>
      db
        .prepare(
          `UPDATE tickets SET needs_json = '{"interpreter":null,"accessibility":[]}', device_id = '', language = 'en' WHERE id = ?`,
        )
        .run(id1),
    ).toThrow(/written once/);
    expect(() =>
      db
        .prepare(
          `UPDATE tickets SET needs_json = '{"interpreter":null,"accessibility":[]}', device_id = '' WHERE id = ?`,
        )
        .run('00000000-0000-4000-8000-000000000003'),
    ).toThrow(/written once/);
    expect(() => db.prepare('DELETE FROM tickets').run()).toThrow(/written once/);
  });

  it('deletes sessions and enrolment codes that stopped working more than a day ago', () => {
    const auth = createSqliteAuthStore(db);
    auth.insertUser({
      id: '11111111-1111-4111-8111-111111111111',
      username: 'ana',
      displayName: 'Ana',
      role: 'desk',
      passwordHash: 'x',
      disabled: false,
      createdAt: daysAgo(100).toISOString(),
      failedLogins: 0,
      lockedUntil: null,
    });
    const session = (id: string, expiresDaysAgo: number, revoked = false) =>
      auth.insertSession({
        id,
        userId: '11111111-1111-4111-8111-111111111111',
        createdAt: daysAgo(expiresDaysAgo + 1).toISOString(),
        lastSeenAt: daysAgo(expiresDaysAgo + 0.5).toISOString(),
        expiresAt: daysAgo(expiresDaysAgo).toISOString(),
        revoked,
      });
    session('expired-long-ago', 3);
    session('expired-just-now', 0.1);
    session('live', -0.4);
    session('revoked-long-ago', -0.4, true);
    db.prepare("UPDATE sessions SET last_seen_at = ? WHERE id = 'revoked-long-ago'").run(
      daysAgo(2).toISOString(),
    );
    const code = (codeHash: string, expiresDaysAgo: number) =>
      auth.insertEnrolmentCode({
        codeHash,
        role: 'kiosk',
        name: 'Lobby kiosk',
        expiresAt: daysAgo(expiresDaysAgo).toISOString(),
        usedAt: null,
        createdBy: 'cli',
      });
    code('expired-code', 2);
    code('live-code', -0.01);

    const result: PurgeResult = purge();
    expect(result).toMatchObject({ sessionsDeleted: 2, enrolmentCodesDeleted: 1 });
    expect(db.prepare('SELECT id FROM sessions ORDER BY id').pluck().all()).toEqual([
      'expired-just-now',
      'live',
    ]);
    expect(db.prepare('SELECT code_hash FROM enrolment_codes').pluck().all()).toEqual(['live-code']);
  });

  it('deletes kiosk commands and number leases older than visitDays, and keeps the recent ones', () => {
    db.prepare(
      `INSERT INTO devices (id, name, role, token_hash, disabled, enrolled_at, last_seen_at)
       VALUES ('kiosk-1', 'Lobby kiosk', 'kiosk', 'hash', 0, ?, NULL)`,
    ).run(daysAgo(60).toISOString());
    const command = (id: string, at: Date) =>
      db
        .prepare(
          `INSERT INTO device_commands (id, device_id, request_json, status, requested_at, requested_by)
           VALUES (?, 'kiosk-1', '{"kind":"testPrint"}', 'done', ?, 'fay.facilities')`,
        )
        .run(id, at.toISOString());
    command('old-command', daysAgo(31));
    command('new-command', daysAgo(29));
    const lease = (id: string, at: Date) =>
      db
        .prepare(
          `INSERT INTO number_leases (id, device_id, service_day, queue_id, first, last, request_id, granted_at)
           VALUES (?, 'kiosk-1', ?, 'utility', 900, 909, ?, ?)`,
        )
        .run(id, at.toISOString().slice(0, 10), `request-${id}`, at.toISOString());
    lease('old-lease', daysAgo(32));
    lease('new-lease', daysAgo(2));

    expect(purge()).toMatchObject({ deviceCommandsDeleted: 1, leasesDeleted: 1 });
    expect(db.prepare('SELECT id FROM device_commands').pluck().all()).toEqual(['new-command']);
    expect(db.prepare('SELECT id FROM number_leases').pluck().all()).toEqual(['new-lease']);
    expect(purge()).toMatchObject({ deviceCommandsDeleted: 0, leasesDeleted: 0 });
  });

  it('deletes the call-next retry records of tickets older than visitDays and keeps the recent ones', () => {
    issue('00000000-0000-4000-8000-000000000005', daysAgo(45), 5);
    issue('00000000-0000-4000-8000-000000000006', daysAgo(3), 6);
    const callRequest = db.prepare(
      "INSERT INTO call_requests (request_id, ticket_id, counter_id) VALUES (?, ?, 'counter-1')",
    );
    callRequest.run('old-call', '00000000-0000-4000-8000-000000000005');
    callRequest.run('new-call', '00000000-0000-4000-8000-000000000006');

    expect(purge()).toMatchObject({ callRequestsDeleted: 1 });
    expect(db.prepare('SELECT request_id FROM call_requests').pluck().all()).toEqual(['new-call']);
    expect(purge()).toMatchObject({ callRequestsDeleted: 0 });
  });

  it('runs at start and then every hour on an unref’d timer that stop() clears', () => {
    let runs = 0;
    let tick: (() => void) | undefined;
    let unrefed = false;
    let cleared = false;
    const handle = {
      unref: () => {
        unrefed = true;
      },
    };
    const done: PurgeResult[] = [];
    const schedule = scheduleRetention(
      () => {
        runs++;
        return {
          ticketsAnonymised: runs,
          notesErased: 0,
          sessionsDeleted: 0,
          enrolmentCodesDeleted: 0,
          deviceCommandsDeleted: 0,
          leasesDeleted: 0,
          callRequestsDeleted: 0,
          auditEntriesDeleted: 0,
        };
      },
      { done: (r) => done.push(r), failed: () => {} },
      {
        setInterval: (run, ms) => {
          expect(ms).toBe(purgeIntervalMs);
          tick = run;
          return handle;
        },
        clearInterval: (timer) => {
          cleared = timer === handle;
        },
      },
    );
    expect(runs).toBe(1);
    expect(unrefed).toBe(true);
    tick?.();
    expect(done.map((r) => r.ticketsAnonymised)).toEqual([1, 2]);
    schedule.stop();
    expect(cleared).toBe(true);
  });

  it('reports a failed run and keeps the schedule', () => {
    const failures: unknown[] = [];
    const schedule = scheduleRetention(
      () => {
        throw new Error('disk full');
      },
      { done: () => {}, failed: (error) => failures.push(error) },
      { setInterval: () => ({ unref: () => {} }), clearInterval: () => {} },
    );
    expect(failures).toHaveLength(1);
    schedule.stop();
  });
});
