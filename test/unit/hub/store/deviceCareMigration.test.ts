// Migration 5 (device commands, out of service, printer model) keeps every device and health report.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createSqliteAuthStore } from '../../../../main/hub/store/sqliteAuthStore.js';
import { migrate, migrations } from '../../../../main/hub/store/sqliteSchema.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lobby311-migration-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('adds the device care columns and table without losing devices or their health', () => {
  const db = new Database(join(dir, 'hub.sqlite'));
  db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)');
  for (const [index, sql] of migrations.slice(0, 4).entries()) {
    db.exec(sql);
    db.prepare('INSERT INTO schema_version VALUES (?, ?)').run(index + 1, 'then');
  }
  db.prepare(
    `INSERT INTO devices (id, name, role, token_hash, disabled, enrolled_at, last_seen_at)
     VALUES ('kiosk-1', 'Kiosk by the door', 'kiosk', 'hash', 0, '2026-11-25T18:00:00.000Z', NULL)`,
  ).run();
  const printer = {
    state: 'ready',
    canPrint: true,
    fault: null,
    since: '2026-11-25T18:00:00.000Z',
    lastGoodAt: null,
  };
  db.prepare('INSERT INTO device_health VALUES (?, ?, ?)').run(
    'kiosk-1',
    '2026-11-25T18:01:00.000Z',
    JSON.stringify(printer),
  );

  migrate(db);

  const device = createSqliteAuthStore(db).findDeviceById('kiosk-1');
  expect(device).toMatchObject({
    name: 'Kiosk by the door',
    outOfService: null,
    health: { printer, printerModel: null, reportedAt: '2026-11-25T18:01:00.000Z' },
  });
  expect(db.prepare('SELECT COUNT(*) FROM device_commands').pluck().get()).toBe(0);
  db.close();
});
