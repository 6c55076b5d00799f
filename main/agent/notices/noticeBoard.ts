// The notices this kiosk knows, numbered: the hub's list replaces it whole, and a different list is a new
// version, saved at once to `<data>/notices.json` (temp file, fsync, rename) and handed to every screen waiting
// in waitForNotices. At start the saved list is read back (so a kiosk restarted while cut off keeps showing the
// last notice), without those the clock has ended, as a new version so every screen reads it again.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DeviceNotice, KioskNotices } from '../../../machines/contracts/index.js';
import { replaceFileDurably } from '../offline/durableFile.js';

export const noticesFile = (dataDir: string): string => join(dataDir, 'notices.json');

export interface NoticeBoard {
  current(): KioskNotices;
  /** The hub's whole list; returns true when it differs from the one known (a new version). */
  replace(notices: DeviceNotice[]): boolean;
  /**
   * The current state at once when its version differs from `afterVersion` (newer, or from before an agent
   * restart); otherwise at the next change, or as it stands after the wait or on close.
   */
  wait(afterVersion: number): Promise<KioskNotices>;
  /** Answers every wait now, and later ones at once. */
  close(): void;
}

export interface NoticeBoardOptions {
  /** Where `notices.json` lives; null: nothing is saved or read back. */
  dataDir: string | null;
  now: () => Date;
  /** Longest a wait lasts (default 25 s). */
  waitMs?: number;
  /** Flushes a file descriptor to disk (tests count the calls). */
  fsync?: (fd: number) => void;
  /** One line for the operator's log. */
  log?: (line: string) => void;
}

const ended = (notice: DeviceNotice, now: Date) =>
  notice.endsAt !== null && Date.parse(notice.endsAt) <= now.getTime();

/** The saved state, or null when none was saved or it no longer reads as one. */
export function loadSavedNotices(dataDir: string, log?: (line: string) => void): KioskNotices | null {
  const file = noticesFile(dataDir);
  if (!existsSync(file)) return null;
  try {
    const parsed = KioskNotices.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // Unreadable JSON: reported below like an invalid file.
  }
  log?.('the saved notices could not be read; waiting for the hub to send them again');
  return null;
}

export function openNoticeBoard(options: NoticeBoardOptions): NoticeBoard {
  const waitMs = options.waitMs ?? 25_000;
  const saved = options.dataDir === null ? null : loadSavedNotices(options.dataDir, options.log);
  const now = options.now();
  let state: KioskNotices = {
    version: (saved?.version ?? 0) + 1,
    notices: (saved?.notices ?? []).filter((n) => !ended(n, now)),
  };
  let json = JSON.stringify(state.notices);
  const waiters = new Set<{ resolve: (state: KioskNotices) => void; timer: NodeJS.Timeout }>();
  let closed = false;

  function save(): void {
    if (options.dataDir === null) return;
    replaceFileDurably(noticesFile(options.dataDir), `${JSON.stringify(state)}\n`, options.fsync);
  }

  function wakeAll(): void {
    for (const waiter of [...waiters]) {
      clearTimeout(waiter.timer);
      waiters.delete(waiter);
      waiter.resolve(state);
    }
  }

  save();
  return {
    current: () => state,
    replace(notices) {
      const next = JSON.stringify(notices);
      if (next === json) return false;
      json = next;
      state = { version: state.version + 1, notices };
      try {
        save();
      } catch (err) {
        options.log?.(`saving the notices failed: ${(err as Error).message}`);
      }
      wakeAll();
      return true;
    },
    wait(afterVersion) {
      if (state.version !== afterVersion || closed) return Promise.resolve(state);
      return new Promise((resolve) => {
        const waiter = {
          resolve,
          timer: setTimeout(() => {
            waiters.delete(waiter);
            resolve(state);
          }, waitMs),
        };
        waiters.add(waiter);
      });
    },
    close() {
      closed = true;
      wakeAll();
    },
  };
}
