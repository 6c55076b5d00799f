// Checks a hub database file without changing it: a SQLite file, intact, a hub schema this binary can run.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { schemaVersion } from '../store/sqliteSchema.js';

export class DatabaseFileError extends Error {
  override name = 'DatabaseFileError';
}

/** The schema version `file` carries (0: a database no hub has set up); never migrates or writes. */
export function readSchemaVersion(db: Database.Database, file: string): number {
  const table = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
    .get();
  if (!table) {
    const tables = db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'").pluck().get();
    if (tables === 0) return 0;
    throw new DatabaseFileError(`${file} is a SQLite database but not a Lobby 311 hub database`);
  }
  const version = db.prepare('SELECT MAX(version) FROM schema_version').pluck().get() as number | null;
  return version ?? 0;
}

/** A one-line refusal when `version` is newer than this hub's schema, null otherwise. */
export function newerSchemaProblem(file: string, version: number): string | null {
  return version > schemaVersion
    ? `${file} is schema version ${version}, made by a newer hub (this one knows up to ${schemaVersion}): ` +
        'install that hub version again, or restore a backup made by this version'
    : null;
}

/** Opens `file` read-only, runs `check` on it, and turns SQLite's complaints into one plain line. */
function withReadOnly<T>(file: string, check: (db: Database.Database) => T): T {
  if (!existsSync(file)) throw new DatabaseFileError(`${file} does not exist`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new DatabaseFileError(`${file} cannot be opened (${(error as Error).message})`);
  }
  try {
    return check(db);
  } catch (error) {
    if (error instanceof DatabaseFileError) throw error;
    throw new DatabaseFileError(`${file} is not a usable SQLite database (${(error as Error).message})`);
  } finally {
    db.close();
  }
}

/** The schema version of the hub database `file` (refusing a newer one), without the full integrity check. */
export function checkSchemaOf(file: string): number {
  return withReadOnly(file, (db) => {
    const version = readSchemaVersion(db, file);
    const newer = newerSchemaProblem(file, version);
    if (newer) throw new DatabaseFileError(newer);
    return version;
  });
}

/** Full check before a restore or after a backup: `PRAGMA integrity_check`, a hub schema, not newer. */
export function verifyHubDatabaseFile(file: string): number {
  return withReadOnly(file, (db) => {
    const problems = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    const first = problems[0]?.integrity_check;
    if (first !== 'ok') {
      throw new DatabaseFileError(`${file} fails the integrity check (${first ?? 'no answer'})`);
    }
    const version = readSchemaVersion(db, file);
    if (version === 0) throw new DatabaseFileError(`${file} is an empty database, not a hub backup`);
    const newer = newerSchemaProblem(file, version);
    if (newer) throw new DatabaseFileError(newer);
    return version;
  });
}
