// The audit_log table: append-only by SQL trigger; only entries past the retention period may ever be deleted.
import type Database from 'better-sqlite3';

/** SQLite's own clock, in the same ISO format the hub writes: the purge cannot be fooled by a wrong app clock. */
export const sqlNowMinusDays = (days: string) =>
  `strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || (${days}) || ' days')`;

/** Days kept as the triggers see them; a missing row keeps everything (fails closed). */
export const retainedDaysSql = 'COALESCE((SELECT days FROM audit_retention WHERE id = 1), 36500)';

const schema = `
  CREATE TABLE IF NOT EXISTS audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT,
    outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'refused', 'failed'))
  );
  CREATE INDEX IF NOT EXISTS audit_log_by_at ON audit_log (at);
  CREATE TABLE IF NOT EXISTS audit_retention (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    days INTEGER NOT NULL CHECK (days >= 30)
  );
  CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
  CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
    WHEN OLD.at >= ${sqlNowMinusDays(retainedDaysSql)}
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: only entries past the retention period may go'); END;
`;

/** Creates the audit tables and triggers if missing, and records how many days entries are kept. */
export function ensureAuditSchema(db: Database.Database, auditDays: number): void {
  db.transaction(() => {
    db.exec(schema);
    db.prepare(
      'INSERT INTO audit_retention (id, days) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET days = excluded.days',
    ).run(auditDays);
  }).immediate();
}
