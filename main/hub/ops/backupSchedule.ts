// Daily backups at a site-local time: hub-YYYY-MM-DD.sqlite in the backup folder, the newest `keep` kept.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  addDays,
  instantOfLocal,
  type LocalDate,
  localDateTimeOf,
} from '../../../machines/time/localClock.js';
import { type BackupResult, backupHubDatabase } from './backupDatabase.js';
import type { BackupSettings } from './hubSettings.js';

export interface BackupTimers {
  setTimeout(run: () => void, ms: number): { unref(): unknown };
  clearTimeout(timer: { unref(): unknown }): void;
}

export interface BackupScheduleOptions extends BackupSettings {
  dataDir: string;
  timeZone: string;
  now?: () => Date;
  timers?: BackupTimers;
  report: { done(result: BackupResult, removed: string[]): void; failed(error: unknown): void };
}

const namePattern = /^hub-\d{4}-\d{2}-\d{2}\.sqlite$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** `hub-2026-11-27.sqlite` for the site-local date `date`. */
export const backupFileName = (date: LocalDate): string =>
  `hub-${date.year}-${pad(date.month)}-${pad(date.day)}.sqlite`;

/** The first instant after `now` whose site-local time is `time` ("HH:MM"). */
export function nextBackupAt(now: Date, time: string, timeZone: string): Date {
  const today = localDateTimeOf(now, timeZone);
  const at = instantOfLocal(today, time, timeZone);
  return at.getTime() > now.getTime() ? at : instantOfLocal(addDays(today, 1), time, timeZone);
}

/** Deletes all but the newest `keep` daily backups in `dir` (only files named like ours); returns their names. */
export function pruneBackups(dir: string, keep: number): string[] {
  const ours = readdirSync(dir)
    .filter((name) => namePattern.test(name))
    .sort()
    .reverse();
  const removed = ours.slice(keep);
  for (const name of removed) rmSync(join(dir, name), { force: true });
  return removed;
}

/** Starts the daily timer (unref'd); returns stop(). */
export function scheduleBackups(options: BackupScheduleOptions): { stop(): void } {
  const now = options.now ?? (() => new Date());
  const timers = options.timers ?? (globalThis as unknown as BackupTimers);
  let timer: { unref(): unknown } | null = null;
  const runOnce = async () => {
    const date = localDateTimeOf(now(), options.timeZone);
    mkdirSync(options.dir, { recursive: true });
    const result = await backupHubDatabase(options.dataDir, join(options.dir, backupFileName(date)));
    return { result, removed: pruneBackups(options.dir, options.keep) };
  };
  const plan = () => {
    const wait = nextBackupAt(now(), options.time, options.timeZone).getTime() - now().getTime();
    timer = timers.setTimeout(() => {
      // The next day's timer first: a failed or slow backup never stops the schedule.
      plan();
      runOnce().then(
        ({ result, removed }) => options.report.done(result, removed),
        (error: unknown) => options.report.failed(error),
      );
    }, wait);
    timer.unref();
  };
  plan();
  return {
    stop() {
      if (timer) timers.clearTimeout(timer);
      timer = null;
    },
  };
}
