// Opens the hub's SQLite database: WAL journal, every commit synced, foreign keys on, migrated to the latest schema.
import Database from 'better-sqlite3';
import { migrate } from './sqliteSchema.js';

/** Opens (creating and migrating if needed) the hub database at `file`; several connections may share it. */
export function openHubDatabase(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}
