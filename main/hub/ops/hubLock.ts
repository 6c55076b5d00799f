// The data folder's lock: a serving hub (or a restore) holds an exclusive SQLite lock on <data>/hub.lock.
// The operating system drops the lock when the process ends, even on a crash or kill -9, so it never goes stale;
// hub.pid beside it only says who holds it, for the message.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export class HubRunningError extends Error {
  override name = 'HubRunningError';
}

export interface HubLock {
  release(): void;
}

const holderOf = (dataDir: string): string => {
  try {
    const { pid, purpose } = JSON.parse(readFileSync(join(dataDir, 'hub.pid'), 'utf8')) as {
      pid: number;
      purpose: string;
    };
    return `${purpose} (pid ${pid})`;
  } catch {
    return 'another process';
  }
};

/** Takes the lock of `dataDir` (created if missing) for `purpose`, or throws HubRunningError at once. */
export function acquireHubLock(dataDir: string, purpose: 'hub' | 'restore'): HubLock {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'hub.lock'), { timeout: 0 });
  try {
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
    throw new HubRunningError(
      `${dataDir} is in use by ${holderOf(dataDir)}: stop the hub first (systemctl stop lobby311-hub)`,
    );
  }
  const pidFile = join(dataDir, 'hub.pid');
  const running = purpose === 'hub' ? 'a running hub' : 'a restore';
  writeFileSync(pidFile, `${JSON.stringify({ pid: process.pid, purpose: running })}\n`);
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      rmSync(pidFile, { force: true });
      db.close();
    },
  };
}
