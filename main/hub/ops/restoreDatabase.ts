// Restores the hub database from a backup: checked first, refused while a hub serves the folder, the replaced
// database kept beside it, the new one put in place with one atomic rename.
import { existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseFileError, verifyHubDatabaseFile } from './hubDatabaseFile.js';
import { acquireHubLock } from './hubLock.js';

export interface RestoreResult {
  schemaVersion: number;
  /** Where the replaced database now is (null when the folder had none). */
  keptAs: string | null;
}

/** Folds the write-ahead log into `file` (if the database opens at all); false when it could not. */
function checkpoint(file: string): boolean {
  try {
    const db = new Database(file, { fileMustExist: true });
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    return true;
  } catch {
    return false;
  }
}

/** Replaces `<dataDir>/hub.sqlite` with the backup `fromFile`; `now` names the kept copy. */
export async function restoreHubDatabase(
  dataDir: string,
  fromFile: string,
  now: Date = new Date(),
): Promise<RestoreResult> {
  const lock = acquireHubLock(dataDir, 'restore');
  try {
    verifyHubDatabaseFile(fromFile);
    const target = join(dataDir, 'hub.sqlite');
    const incoming = join(dataDir, 'hub.sqlite.restoring');
    rmSync(incoming, { force: true });
    const source = new Database(fromFile, { readonly: true, fileMustExist: true });
    try {
      await source.backup(incoming);
    } finally {
      source.close();
    }
    const schemaVersion = verifyHubDatabaseFile(incoming);

    let keptAs: string | null = null;
    if (existsSync(target)) {
      keptAs = join(dataDir, `hub.sqlite.replaced-${now.toISOString().replace(/[:.]/g, '-')}`);
      const folded = checkpoint(target);
      linkSync(target, keptAs);
      for (const suffix of ['-wal', '-shm']) {
        // A log that could not be folded in (a damaged database) is kept with it; an empty one is dropped.
        if (!existsSync(target + suffix)) continue;
        if (!folded && suffix === '-wal') renameSync(target + suffix, keptAs + suffix);
        else rmSync(target + suffix, { force: true });
      }
    }
    renameSync(incoming, target);
    return { schemaVersion, keptAs };
  } catch (error) {
    rmSync(join(dataDir, 'hub.sqlite.restoring'), { force: true });
    if (error instanceof DatabaseFileError) throw error;
    throw new DatabaseFileError(`restore failed: ${(error as Error).message}`);
  } finally {
    lock.release();
  }
}
