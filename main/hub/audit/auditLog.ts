// Writes and reads the audit log: who did what to which record, and whether it was allowed. Entries are written
// in groups: those recorded in one turn of the event loop share one durable commit (at the end of the turn, or at
// once when the caller says nothing else is in flight), so a busy hub does not pay a disk sync per request for its
// audit trail on top of the one for the request's own change. Every read writes what is pending first.
import type Database from 'better-sqlite3';
import type { AuditEntry } from '../../../machines/contracts/index.js';
import { ensureAuditSchema, retainedDaysSql, sqlNowMinusDays } from './auditSchema.js';

export type NewAuditEntry = Omit<AuditEntry, 'seq' | 'at'>;

export interface AuditLog {
  /** Adds an entry to the group written at the end of this turn of the event loop. */
  record(entry: NewAuditEntry): void;
  /** Writes the pending entries now, in one transaction. */
  flush(): void;
  /** The newest `limit` entries, newest first. */
  latest(limit: number): AuditEntry[];
  /** Every entry, oldest first. */
  all(): AuditEntry[];
  /** Deletes entries older than `cutoff` (and past the retention period by SQLite's clock); returns how many. */
  purgeBefore(cutoff: Date): number;
}

export interface AuditLogOptions {
  /** A group could not be written (it is dropped; the error carries no entry). */
  onWriteError(error: unknown): void;
}

export function createAuditLog(
  db: Database.Database,
  auditDays: number,
  now: () => Date,
  options: AuditLogOptions,
): AuditLog {
  ensureAuditSchema(db, auditDays);
  const columns = 'seq, at, actor, action, target, outcome';
  const insert = db.prepare(
    'INSERT INTO audit_log (at, actor, action, target, outcome) VALUES (@at, @actor, @action, @target, @outcome)',
  );
  const latest = db.prepare(`SELECT ${columns} FROM audit_log ORDER BY seq DESC LIMIT ?`);
  const all = db.prepare(`SELECT ${columns} FROM audit_log ORDER BY seq`);
  const purge = db.prepare(`DELETE FROM audit_log WHERE at < ? AND at < ${sqlNowMinusDays(retainedDaysSql)}`);
  const writeGroup = db.transaction((entries: Omit<AuditEntry, 'seq'>[]) => {
    for (const entry of entries) insert.run(entry);
  });
  let pending: Omit<AuditEntry, 'seq'>[] = [];
  let scheduled: NodeJS.Immediate | null = null;

  const flush = () => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = null;
    if (pending.length === 0) return;
    const group = pending;
    pending = [];
    try {
      writeGroup(group);
    } catch (error) {
      options.onWriteError(error);
    }
  };

  return {
    record(entry) {
      pending.push({ ...entry, at: now().toISOString() });
      scheduled ??= setImmediate(flush);
    },
    flush,
    latest: (limit) => {
      flush();
      return latest.all(limit) as AuditEntry[];
    },
    all: () => {
      flush();
      return all.all() as AuditEntry[];
    },
    purgeBefore: (cutoff) => {
      flush();
      return purge.run(cutoff.toISOString()).changes;
    },
  };
}
