// Online backup of the hub database with SQLite's backup API: a consistent copy even while the hub writes.
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseFileError, verifyHubDatabaseFile } from './hubDatabaseFile.js';

export interface BackupResult {
  file: string;
  schemaVersion: number;
  bytes: number;
}

/**
 * Pages per backup step: all of them. A step reads inside one read transaction, so one step is one consistent
 * snapshot while the hub keeps writing through its own connection (WAL readers never block the writer). With
 * small steps, each write by the hub would restart the copy, and a busy hub could keep it from ever finishing.
 */
const allPages = 0x7fffffff;

/** Copies `<dataDir>/hub.sqlite` to `toFile` (via `toFile.partial`, checked, then renamed into place). */
export async function backupHubDatabase(dataDir: string, toFile: string): Promise<BackupResult> {
  const source = join(dataDir, 'hub.sqlite');
  if (!existsSync(source)) throw new DatabaseFileError(`there is no hub database in ${dataDir}`);
  const partial = `${toFile}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    await db.backup(partial, { progress: () => allPages });
  } catch (error) {
    rmSync(partial, { force: true });
    throw new DatabaseFileError(`cannot write ${toFile} (${(error as Error).message})`);
  } finally {
    db.close();
  }
  try {
    // A standalone file: the copy keeps the source's WAL mode, which would need -wal/-shm files beside it.
    const copy = new Database(partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    const schemaVersion = verifyHubDatabaseFile(partial);
    renameSync(partial, toFile);
    return { file: toFile, schemaVersion, bytes: statSync(toFile).size };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
