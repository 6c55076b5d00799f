// The info_versions table in SQLite: each published version of the information topics, written once.
import type Database from 'better-sqlite3';
import type { InfoContentBody, InfoVersionSummary } from '../../../machines/contracts/index.js';
import type { InfoVersionStore, StoredInfoVersion } from '../info/infoStore.js';

interface VersionRow {
  version: number;
  content_json: string;
  published_at: string;
  published_by: string;
  note: string;
  restored_from: number | null;
}

interface SummaryRow extends Omit<VersionRow, 'content_json'> {
  topic_count: number;
}

export function createSqliteInfoVersions(db: Database.Database): InfoVersionStore {
  const latest = db.prepare('SELECT COALESCE(MAX(version), 0) AS version FROM info_versions');
  const one = db.prepare('SELECT * FROM info_versions WHERE version = ?');
  const all = db.prepare(
    `SELECT version, published_at, published_by, note, restored_from,
       json_array_length(content_json, '$.topics') AS topic_count
     FROM info_versions ORDER BY version DESC`,
  );
  const insert = db.prepare(
    `INSERT INTO info_versions (version, content_json, published_at, published_by, note, restored_from)
     VALUES (@version, @contentJson, @publishedAt, @publishedBy, @note, @restoredFrom)`,
  );
  const latestNumber = () => (latest.get() as { version: number }).version;

  return {
    latest: latestNumber,
    get(version) {
      const row = one.get(version) as VersionRow | undefined;
      if (!row) return undefined;
      return {
        version: row.version,
        // Written by appendNext from validated content only.
        content: JSON.parse(row.content_json) as InfoContentBody,
        publishedAt: row.published_at,
        publishedBy: row.published_by,
        note: row.note,
        restoredFrom: row.restored_from,
      };
    },
    list(): InfoVersionSummary[] {
      return (all.all() as SummaryRow[]).map((row) => ({
        version: row.version,
        publishedAt: row.published_at,
        publishedBy: row.published_by,
        note: row.note,
        topicCount: row.topic_count,
        restoredFrom: row.restored_from,
      }));
    },
    appendNext(write) {
      return db
        .transaction((): StoredInfoVersion => {
          const current = latestNumber();
          const entry = { ...write(current), version: current + 1 };
          insert.run({ ...entry, contentJson: JSON.stringify(entry.content) });
          return entry;
        })
        .immediate();
    },
  };
}
