// The audit log: append-only by SQL trigger; the purge deletes only entries past retention by SQLite's clock;
// entries of one turn of the event loop are written together, and every read sees the pending ones.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AuditLog, createAuditLog } from '../../../../main/hub/audit/auditLog.js';
import { openHubDatabase } from '../../../../main/hub/store/hubDatabase.js';

const dayMs = 86_400_000;
let dir: string;
let db: Database.Database;
let at: Date;
let log: AuditLog;
let writeErrors: unknown[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lobby311-audit-'));
  db = openHubDatabase(join(dir, 'hub.sqlite'));
  at = new Date(Date.now() - 3 * 365 * dayMs);
  writeErrors = [];
  log = createAuditLog(db, 730, () => at, { onWriteError: (error) => writeErrors.push(error) });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const entry = (action: string) => ({ actor: 'staff:ana', action, target: null, outcome: 'ok' as const });

describe('the audit log', () => {
  it('records entries with the clock time and lists them newest first or all oldest first', () => {
    log.record(entry('callNext'));
    at = new Date(at.getTime() + 1000);
    log.record({ actor: 'device:kiosk-1', action: 'issueTicket', target: 'x', outcome: 'refused' });
    expect(log.latest(1)).toEqual([
      {
        seq: 2,
        at: at.toISOString(),
        actor: 'device:kiosk-1',
        action: 'issueTicket',
        target: 'x',
        outcome: 'refused',
      },
    ]);
    expect(log.all().map((e) => e.action)).toEqual(['callNext', 'issueTicket']);
  });

  it('writes the entries of one turn together at its end, or at once when flushed or read', async () => {
    const stored = () => (db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get() as number) ?? 0;
    log.record(entry('callNext'));
    log.record(entry('arrive'));
    expect(stored()).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(stored()).toBe(2);
    log.record(entry('complete'));
    log.flush();
    expect(stored()).toBe(3);
    log.record(entry('recall'));
    expect(log.latest(1)[0]?.action).toBe('recall');
    expect(writeErrors).toEqual([]);
  });

  it('reports a group that cannot be written, and goes on writing the next ones', () => {
    db.exec(
      "CREATE TEMP TRIGGER refuse_once BEFORE INSERT ON audit_log WHEN NEW.action = 'bad' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END",
    );
    log.record(entry('bad'));
    log.flush();
    expect(writeErrors).toHaveLength(1);
    log.record(entry('callNext'));
    expect(log.all().map((e) => e.action)).toEqual(['callNext']);
  });

  it('refuses any UPDATE, and a DELETE of an entry still inside the retention period', () => {
    at = new Date();
    log.record(entry('callNext'));
    log.flush();
    expect(() => db.prepare("UPDATE audit_log SET actor = 'staff:eve'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(log.all()).toHaveLength(1);
  });

  it('purges entries older than the cutoff that are also past retention by SQLite’s clock', () => {
    log.record(entry('old'));
    at = new Date();
    log.record(entry('fresh'));
    expect(log.purgeBefore(new Date(Date.now() + dayMs))).toBe(1);
    expect(log.all().map((e) => e.action)).toEqual(['fresh']);
  });

  it('keeps everything when the retention row is missing (fails closed)', () => {
    log.record(entry('old'));
    log.flush();
    db.prepare('DELETE FROM audit_retention').run();
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(log.purgeBefore(new Date())).toBe(0);
    expect(log.all()).toHaveLength(1);
  });
});
