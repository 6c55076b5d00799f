// Writes and reads the audit log: who did what to which record, and whether it was allowed.
import type Database from 'better-sqlite3';
import type { AuditEntry } from '../../../machines/contracts/index.js';
import { ensureAuditSchema, retainedDaysSql, sqlNowMinusDays } from './auditSchema.js';

export type NewAuditEntry = Omit<AuditEntry, 'seq' | 'at'>;

export interface AuditLog {
  record(entry: NewAuditEntry): void;
  /** The newest `limit` entries, newest first. */
  latest(limit: number): AuditEntry[];
  /** Every entry, oldest first. */
  all(): AuditEntry[];
  /** Deletes entries older than `cutoff` (and past the retention period by SQLite's clock); returns how many. */
  purgeBefore(cutoff: Date): number;
}

export function createAuditLog(db: Database.Database, auditDays: number, now: () => Date): AuditLog {
  ensureAuditSchema(db, auditDays);
  const columns = 'seq, at, actor, action, target, outcome';
  const insert = db.prepare(
    'INSERT INTO audit_log (at, actor, action, target, outcome) VALUES (@at, @actor, @action, @target, @outcome)',
  );
  const latest = db.prepare(`SELECT ${columns} FROM audit_log ORDER BY seq DESC LIMIT ?`);
  const all = db.prepare(`SELECT ${columns} FROM audit_log ORDER BY seq`);
  const purge = db.prepare(`DELETE FROM audit_log WHERE at < ? AND at < ${sqlNowMinusDays(retainedDaysSql)}`);
  return {
    record(entry) {
      insert.run({ ...entry, at: now().toISOString() });
    },
    latest: (limit) => latest.all(limit) as AuditEntry[],
    all: () => all.all() as AuditEntry[],
    purgeBefore: (cutoff) => purge.run(cutoff.toISOString()).changes,
  };
}
