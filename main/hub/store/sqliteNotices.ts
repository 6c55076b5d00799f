// The notices table (migration 8): published notices with their version, changes and withdrawal, and the
// lookup of enrolled devices that notices may target.
import type Database from 'better-sqlite3';
import {
  type Notice,
  NoticeClosing,
  NoticeMessages,
  NoticeTargets,
} from '../../../machines/contracts/index.js';

interface NoticeRow {
  id: string;
  version: number;
  severity: Notice['severity'];
  messages_json: string;
  starts_at: string;
  ends_at: string | null;
  targets_json: string;
  closing_json: string | null;
  published_at: string;
  published_by: string;
  updated_at: string;
  withdrawn_at: string | null;
  withdrawn_by: string | null;
  withdrawn_reason: string | null;
}

const toNotice = (row: NoticeRow): Notice => ({
  id: row.id,
  version: row.version,
  severity: row.severity,
  messages: NoticeMessages.parse(JSON.parse(row.messages_json)),
  startsAt: row.starts_at,
  endsAt: row.ends_at,
  closing: row.closing_json === null ? null : NoticeClosing.parse(JSON.parse(row.closing_json)),
  targets: NoticeTargets.parse(JSON.parse(row.targets_json)),
  publishedAt: row.published_at,
  publishedBy: row.published_by,
  updatedAt: row.updated_at,
  withdrawnAt: row.withdrawn_at,
  withdrawnBy: row.withdrawn_by,
  withdrawnReason: row.withdrawn_reason,
});

const toRow = (notice: Notice): NoticeRow => ({
  id: notice.id,
  version: notice.version,
  severity: notice.severity,
  messages_json: JSON.stringify(notice.messages),
  starts_at: notice.startsAt,
  ends_at: notice.endsAt,
  targets_json: JSON.stringify(notice.targets),
  closing_json: notice.closing === null ? null : JSON.stringify(notice.closing),
  published_at: notice.publishedAt,
  published_by: notice.publishedBy,
  updated_at: notice.updatedAt,
  withdrawn_at: notice.withdrawnAt,
  withdrawn_by: notice.withdrawnBy,
  withdrawn_reason: notice.withdrawnReason,
});

export interface NoticeStore {
  find(id: string): Notice | undefined;
  /** Notices not withdrawn (whether or not they ended), oldest publication first. */
  notWithdrawn(): Notice[];
  /** Notices not withdrawn, or withdrawn at or after `since` (an ISO instant). */
  withdrawnSinceOrCurrent(since: string): Notice[];
  insert(notice: Notice): void;
  /** Replaces every column of the stored notice with the same id. */
  replace(notice: Notice): void;
  /** The ids among `ids` that belong to no enrolled device. */
  unknownDevices(ids: readonly string[]): string[];
}

export function createSqliteNotices(db: Database.Database): NoticeStore {
  const columns =
    'id, version, severity, messages_json, starts_at, ends_at, targets_json, closing_json, published_at, ' +
    'published_by, updated_at, withdrawn_at, withdrawn_by, withdrawn_reason';
  const sql = {
    byId: db.prepare('SELECT * FROM notices WHERE id = ?'),
    notWithdrawn: db.prepare('SELECT * FROM notices WHERE withdrawn_at IS NULL ORDER BY published_at, id'),
    recent: db.prepare(
      'SELECT * FROM notices WHERE withdrawn_at IS NULL OR withdrawn_at >= ? ORDER BY published_at, id',
    ),
    insert: db.prepare(
      `INSERT INTO notices (${columns}) VALUES (@id, @version, @severity, @messages_json, @starts_at, @ends_at,
       @targets_json, @closing_json, @published_at, @published_by, @updated_at, @withdrawn_at, @withdrawn_by,
       @withdrawn_reason)`,
    ),
    replace: db.prepare(
      `UPDATE notices SET version = @version, severity = @severity, messages_json = @messages_json,
       starts_at = @starts_at, ends_at = @ends_at, targets_json = @targets_json, closing_json = @closing_json,
       updated_at = @updated_at, withdrawn_at = @withdrawn_at, withdrawn_by = @withdrawn_by,
       withdrawn_reason = @withdrawn_reason WHERE id = @id`,
    ),
    device: db.prepare('SELECT 1 FROM devices WHERE id = ?').pluck(),
  };
  const all = (rows: unknown[]) => (rows as NoticeRow[]).map(toNotice);
  return {
    find: (id) => {
      const row = sql.byId.get(id) as NoticeRow | undefined;
      return row === undefined ? undefined : toNotice(row);
    },
    notWithdrawn: () => all(sql.notWithdrawn.all()),
    withdrawnSinceOrCurrent: (since) => all(sql.recent.all(since)),
    insert: (notice) => {
      sql.insert.run(toRow(notice));
    },
    replace: (notice) => {
      sql.replace.run(toRow(notice));
    },
    unknownDevices: (ids) => ids.filter((id) => sql.device.get(id) === undefined),
  };
}
