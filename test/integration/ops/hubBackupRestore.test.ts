// Online backup while tickets are being issued, restore into a fresh folder with every row as it was at the backup's
// moment, restore refused while a hub holds the folder, damaged and newer backups refused with the database intact.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupHubDatabase } from '../../../main/hub/ops/backupDatabase.js';
import { DatabaseFileError } from '../../../main/hub/ops/hubDatabaseFile.js';
import { acquireHubLock, HubRunningError } from '../../../main/hub/ops/hubLock.js';
import { restoreHubDatabase } from '../../../main/hub/ops/restoreDatabase.js';
import { openHubDatabase } from '../../../main/hub/store/hubDatabase.js';
import { schemaVersion } from '../../../main/hub/store/sqliteSchema.js';
import { testSiteConfig } from '../../support/siteConfig.js';
import {
  createIssuingLoad,
  cutTo,
  dumpTables,
  type IssuingLoad,
  type TableDump,
} from './support/issuingLoad.js';

const scratch = mkdtempSync(join(tmpdir(), 'lobby311-restore-'));
const liveDir = join(scratch, 'live');
const backupFile = join(scratch, 'hub-backup.sqlite');
const uncapped = testSiteConfig((c) => ({
  ...c,
  services: c.services.map((s) => ({ ...s, dailyCap: null })),
}));
/** 10:00 in Portland on Friday 2026-11-27. */
const now = () => new Date('2026-11-27T18:00:00.000Z');

let load: IssuingLoad;
let atBackup: TableDump;
let beforeBackup: TableDump;
let issuedBefore: number;

beforeAll(async () => {
  mkdirSync(liveDir);
  openHubDatabase(join(liveDir, 'hub.sqlite')).close();
  load = createIssuingLoad(join(liveDir, 'hub.sqlite'), uncapped, now);
  for (let i = 0; i < 40; i++) load.issueOne();
  issuedBefore = load.issued;
  beforeBackup = dumpTables(join(liveDir, 'hub.sqlite'));
  await load.runDuring(backupHubDatabase(liveDir, backupFile));
  for (let i = 0; i < 5; i++) load.issueOne();
  atBackup = dumpTables(backupFile);
});
afterAll(() => {
  load.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('an online backup taken while tickets are issued', () => {
  it('is every table exactly as it was after one of the tickets, and issuing went on around it', () => {
    const final = dumpTables(join(liveDir, 'hub.sqlite'));
    // Issuing only appends rows, so the final state cut to earlier row counts is that earlier state.
    expect(cutTo(final, load.countsAfter(issuedBefore))).toEqual(beforeBackup);
    const tickets = atBackup.tickets!.length;
    expect(tickets).toBeGreaterThan(issuedBefore);
    expect(load.issued).toBeGreaterThan(tickets);
    expect(atBackup).toEqual(cutTo(final, load.countsAfter(tickets)));
  });

  it('restores into a fresh data folder with the same rows, and the hub opens it', async () => {
    const fresh = join(scratch, 'fresh');
    expect(await restoreHubDatabase(fresh, backupFile)).toEqual({ schemaVersion, keptAs: null });
    expect(dumpTables(join(fresh, 'hub.sqlite'))).toEqual(atBackup);
    const db = openHubDatabase(join(fresh, 'hub.sqlite'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});

describe('restore', () => {
  it('is refused while a hub holds the folder, and then keeps the replaced database beside the new one', async () => {
    const dir = join(scratch, 'served');
    await restoreHubDatabase(dir, backupFile);
    const served = openHubDatabase(join(dir, 'hub.sqlite'));
    served.prepare("INSERT INTO schema_version VALUES (0, 'a row the backup does not have')").run();
    const before = dumpTables(join(dir, 'hub.sqlite'));
    const hub = acquireHubLock(dir, 'hub');

    const refused = await restoreHubDatabase(dir, backupFile).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HubRunningError);
    expect((refused as Error).message).toBe(
      `${dir} is in use by a running hub (pid ${process.pid}): stop the hub first (systemctl stop lobby311-hub)`,
    );
    expect(dumpTables(join(dir, 'hub.sqlite'))).toEqual(before);

    served.close();
    hub.release();
    const restored = await restoreHubDatabase(dir, backupFile, new Date('2026-11-27T19:00:00.000Z'));
    expect(restored.keptAs).toBe(join(dir, 'hub.sqlite.replaced-2026-11-27T19-00-00-000Z'));
    expect(dumpTables(restored.keptAs!)).toEqual(before);
    expect(dumpTables(join(dir, 'hub.sqlite'))).toEqual(atBackup);
    for (const leftover of ['hub.sqlite-wal', 'hub.sqlite.restoring', 'hub.pid'])
      expect(existsSync(join(dir, leftover))).toBe(false);
  });

  it.each([
    [
      'a file that is not a database',
      (file: string) => writeFileSync(file, 'not a database '.repeat(512)),
      /is not a usable SQLite database \(file is not a database\)/,
    ],
    [
      'a damaged database',
      (file: string) => {
        copyFileSync(backupFile, file);
        const bytes = readFileSync(file);
        const pageSize = bytes.readUInt16BE(16);
        bytes.fill(0xa5, pageSize * 2 + 8, pageSize * 3);
        writeFileSync(file, bytes);
      },
      /fails the integrity check|is not a usable SQLite database/,
    ],
    [
      'a database made by a newer hub',
      (file: string) => {
        copyFileSync(backupFile, file);
        const db = new Database(file);
        db.prepare('INSERT INTO schema_version VALUES (?, ?)').run(schemaVersion + 1, 'later');
        db.close();
      },
      new RegExp(
        `is schema version ${schemaVersion + 1}, made by a newer hub \\(this one knows up to ${schemaVersion}\\)`,
      ),
    ],
  ])('refuses %s and leaves the database as it was', async (what, make, message) => {
    const name = what.replaceAll(' ', '-');
    const dir = join(scratch, `refuse-${name}`);
    await restoreHubDatabase(dir, backupFile);
    const before = dumpTables(join(dir, 'hub.sqlite'));
    const bad = join(scratch, `${name}.sqlite`);
    make(bad);
    const refused = await restoreHubDatabase(dir, bad).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DatabaseFileError);
    expect((refused as Error).message).toMatch(message);
    expect(dumpTables(join(dir, 'hub.sqlite'))).toEqual(before);
    expect(existsSync(join(dir, 'hub.sqlite.restoring'))).toBe(false);
  });
});
