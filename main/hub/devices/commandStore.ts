// The device_commands table: commands queued for kiosks, what became of them, and the lazy expiry of old ones.
import type Database from 'better-sqlite3';
import { DeviceCommandRequest } from '../../../machines/contracts/index.js';
import { type CommandTimes, expiryCutoff, refetchCutoff } from './commandRules.js';

export interface CommandRecord extends CommandTimes {
  id: string;
  deviceId: string;
  request: DeviceCommandRequest;
  requestedBy: string;
  completedAt: string | null;
  detail: string | null;
}

interface CommandRow {
  id: string;
  device_id: string;
  request_json: string;
  status: CommandRecord['status'];
  requested_at: string;
  requested_by: string;
  fetched_at: string | null;
  completed_at: string | null;
  detail: string | null;
}

const toRecord = (row: CommandRow): CommandRecord => ({
  id: row.id,
  deviceId: row.device_id,
  request: DeviceCommandRequest.parse(JSON.parse(row.request_json)),
  status: row.status,
  requestedAt: row.requested_at,
  requestedBy: row.requested_by,
  fetchedAt: row.fetched_at,
  completedAt: row.completed_at,
  detail: row.detail,
});

const open = "status IN ('pending', 'fetched')";

export function createCommandStore(db: Database.Database) {
  const sql = {
    insert: db.prepare(
      `INSERT INTO device_commands (id, device_id, request_json, status, requested_at, requested_by)
       VALUES (@id, @deviceId, @requestJson, 'pending', @requestedAt, @requestedBy)`,
    ),
    expire: db.prepare(`UPDATE device_commands SET status = 'expired' WHERE ${open} AND requested_at <= ?`),
    countOpen: db
      .prepare(`SELECT COUNT(*) FROM device_commands WHERE device_id = ? AND ${open} AND requested_at > ?`)
      .pluck(),
    recent: db.prepare(
      'SELECT * FROM device_commands WHERE device_id = ? ORDER BY requested_at DESC, rowid DESC LIMIT ?',
    ),
    due: db.prepare(
      `SELECT * FROM device_commands WHERE device_id = ? AND requested_at > ?
         AND (status = 'pending' OR (status = 'fetched' AND fetched_at <= ?))
       ORDER BY requested_at, rowid`,
    ),
    fetched: db.prepare("UPDATE device_commands SET status = 'fetched', fetched_at = ? WHERE id = ?"),
    byId: db.prepare('SELECT * FROM device_commands WHERE id = ?'),
    complete: db.prepare(
      `UPDATE device_commands SET status = ?, completed_at = ?, detail = ? WHERE id = ? AND ${open}`,
    ),
  };

  /** Marks open commands past their lifetime at `now` as expired (evaluated on each read, no timers). */
  const expireOld = (now: Date) => sql.expire.run(expiryCutoff(now));

  return {
    /** Queues a command after expiring old ones; `limit` open commands already waiting → returns false. */
    insert: db.transaction(
      (
        record: Omit<CommandRecord, 'status' | 'fetchedAt' | 'completedAt' | 'detail'>,
        now: Date,
        limit: number,
      ) => {
        expireOld(now);
        if ((sql.countOpen.get(record.deviceId, expiryCutoff(now)) as number) >= limit) return false;
        sql.insert.run({ ...record, requestJson: JSON.stringify(record.request) });
        return true;
      },
    ),

    /** The device's newest `limit` commands, newest first. */
    recent(deviceId: string, limit: number, now: Date): CommandRecord[] {
      expireOld(now);
      return (sql.recent.all(deviceId, limit) as CommandRow[]).map(toRecord);
    },

    /** The device's commands due now (pending, or fetched over a minute ago), marked fetched, oldest first. */
    fetchDue: db.transaction((deviceId: string, now: Date): CommandRecord[] => {
      expireOld(now);
      const at = now.toISOString();
      const due = (sql.due.all(deviceId, expiryCutoff(now), refetchCutoff(now)) as CommandRow[]).map(
        toRecord,
      );
      for (const command of due) sql.fetched.run(at, command.id);
      return due.map((command) => ({ ...command, status: 'fetched' as const, fetchedAt: at }));
    }),

    /** The command with `id` after expiring old ones, or undefined. */
    find(id: string, now: Date): CommandRecord | undefined {
      expireOld(now);
      const row = sql.byId.get(id) as CommandRow | undefined;
      return row && toRecord(row);
    },

    /** Records the result of an open command; false when it was no longer open. */
    complete(id: string, result: { ok: boolean; detail: string }, now: Date): boolean {
      const status = result.ok ? 'done' : 'failed';
      return sql.complete.run(status, now.toISOString(), result.detail, id).changes === 1;
    },
  };
}

export type CommandStore = ReturnType<typeof createCommandStore>;
