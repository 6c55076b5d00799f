// Daily backups: the next run at a site-local time (across daylight-saving changes), dated file names, only the
// newest N of our own files kept, and the timer re-armed after each run.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BackupResult } from '../../../main/hub/ops/backupDatabase.js';
import {
  type BackupScheduleOptions,
  type BackupTimers,
  nextBackupAt,
  pruneBackups,
  scheduleBackups,
} from '../../../main/hub/ops/backupSchedule.js';
import { verifyHubDatabaseFile } from '../../../main/hub/ops/hubDatabaseFile.js';
import { openHubDatabase } from '../../../main/hub/store/hubDatabase.js';
import { schemaVersion } from '../../../main/hub/store/sqliteSchema.js';

const portland = 'America/Los_Angeles';
const scratch = mkdtempSync(join(tmpdir(), 'lobby311-backups-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('nextBackupAt', () => {
  it.each([
    ['later today', '2026-11-27T07:00:00.000Z', '02:30', '2026-11-27T10:30:00.000Z'],
    ['tomorrow once the time has passed', '2026-11-27T11:00:00.000Z', '02:30', '2026-11-28T10:30:00.000Z'],
    ['tomorrow at the very minute', '2026-11-27T10:30:00.000Z', '02:30', '2026-11-28T10:30:00.000Z'],
    [
      'an hour later on the spring-forward day',
      '2027-03-14T09:00:00.000Z',
      '02:30',
      '2027-03-14T10:30:00.000Z',
    ],
    ['the first 01:30 on the fall-back day', '2026-11-01T07:00:00.000Z', '01:30', '2026-11-01T08:30:00.000Z'],
  ])('runs %s', (_, now, time, expected) => {
    expect(nextBackupAt(new Date(now), time, portland).toISOString()).toBe(expected);
  });
});

describe('pruneBackups', () => {
  it('keeps the newest daily backups and never touches other files', () => {
    const dir = mkdtempSync(join(scratch, 'prune-'));
    const days = ['2026-11-20', '2026-11-21', '2026-11-24', '2026-11-25', '2026-11-27'];
    for (const day of days) writeFileSync(join(dir, `hub-${day}.sqlite`), '');
    for (const other of ['before-upgrade.sqlite', 'hub-2026-11-01.sqlite.partial', 'notes.txt'])
      writeFileSync(join(dir, other), '');
    expect(pruneBackups(dir, 3)).toEqual(['hub-2026-11-21.sqlite', 'hub-2026-11-20.sqlite']);
    expect(readdirSync(dir).sort()).toEqual([
      'before-upgrade.sqlite',
      'hub-2026-11-01.sqlite.partial',
      'hub-2026-11-24.sqlite',
      'hub-2026-11-25.sqlite',
      'hub-2026-11-27.sqlite',
      'notes.txt',
    ]);
  });
});

describe('scheduleBackups', () => {
  it('writes a checked, dated backup at the set time, prunes, and waits for the next day', async () => {
    const dataDir = mkdtempSync(join(scratch, 'data-'));
    openHubDatabase(join(dataDir, 'hub.sqlite')).close();
    const backupDir = join(scratch, 'daily');
    mkdirSync(backupDir);
    writeFileSync(join(backupDir, 'hub-2026-11-26.sqlite'), '');
    const armed: { run: () => void; ms: number }[] = [];
    let cleared = 0;
    const timers: BackupTimers = {
      setTimeout: (run, ms) => {
        armed.push({ run, ms });
        return { unref: () => undefined };
      },
      clearTimeout: () => {
        cleared++;
      },
    };
    let clock = new Date('2026-11-27T07:00:00.000Z');
    let report: BackupScheduleOptions['report'] = { done: () => undefined, failed: () => undefined };
    const finished = new Promise<{ result: BackupResult; removed: string[] }>((resolve, reject) => {
      report = { done: (result, removed) => resolve({ result, removed }), failed: reject };
    });
    const schedule = scheduleBackups({
      dataDir,
      dir: backupDir,
      time: '02:30',
      keep: 1,
      timeZone: portland,
      now: () => clock,
      timers,
      report,
    });
    expect(armed.map((timer) => timer.ms)).toEqual([3.5 * 3600_000]);

    clock = new Date('2026-11-27T10:30:00.000Z');
    armed[0]!.run();
    expect(armed[1]!.ms).toBe(24 * 3600_000);
    const { result, removed } = await finished;
    const file = join(backupDir, 'hub-2026-11-27.sqlite');
    expect(result.file).toBe(file);
    expect(verifyHubDatabaseFile(file)).toBe(schemaVersion);
    expect(removed).toEqual(['hub-2026-11-26.sqlite']);
    expect(readdirSync(backupDir)).toEqual(['hub-2026-11-27.sqlite']);
    schedule.stop();
    expect(cleared).toBe(1);
  });
});
