// Schema migrations: a schema-version-1 database is brought forward to the latest with its visits kept and still
// usable; a database made by a newer hub is refused with one plain line, before anything is changed.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHubArgs } from '../../../main/hub/cliArgs.js';
import { DatabaseFileError } from '../../../main/hub/ops/hubDatabaseFile.js';
import { loadHubSetup } from '../../../main/hub/ops/hubSetup.js';
import { createHubEventBus } from '../../../main/hub/queue/hubEventBus.js';
import { createQueueService } from '../../../main/hub/queue/queueService.js';
import { openHubDatabase } from '../../../main/hub/store/hubDatabase.js';
import { migrations, schemaVersion } from '../../../main/hub/store/sqliteSchema.js';
import { createSqliteQueueStore } from '../../../main/hub/store/sqliteStore.js';
import { testSiteConfig } from '../../support/siteConfig.js';

const scratch = mkdtempSync(join(tmpdir(), 'lobby311-migrate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A database as the first hub release left it: schema version 1, one ticket issued and called. */
function versionOneDatabase(file: string): void {
  const db = new Database(file);
  db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)');
  db.exec(migrations[0]!);
  db.prepare("INSERT INTO schema_version VALUES (1, '2026-01-05T17:00:00.000Z')").run();
  db.prepare(
    `INSERT INTO tickets (id, service_day, queue_id, seq, number, service_id, language, needs_json, device_id, issued_at)
     VALUES ('t-1', '2026-11-27', 'utility', 1, 'A001', 'utility-bills', 'es',
             '{"interpreter":null,"accessibility":[]}', 'kiosk-1', '2026-11-27T17:00:00.000Z')`,
  ).run();
  const event = db.prepare(
    'INSERT INTO ticket_events (ticket_id, type, at, counter_id, data_json) VALUES (?, ?, ?, ?, ?)',
  );
  event.run('t-1', 'ticket.issued', '2026-11-27T17:00:00.000Z', null, '{"peopleAhead":0}');
  event.run('t-1', 'ticket.called', '2026-11-27T17:05:00.000Z', 'counter-1', '{}');
  db.prepare("INSERT INTO call_requests VALUES ('r-1', 't-1', 'counter-1')").run();
  db.close();
}

describe('migrations', () => {
  it('bring a version 1 database to the latest schema, keeping its visits, and the queue carries on from them', () => {
    const dir = join(scratch, 'v1');
    mkdirSync(dir);
    const file = join(dir, 'hub.sqlite');
    versionOneDatabase(file);

    const db = openHubDatabase(file);
    const versions = db.prepare('SELECT version FROM schema_version ORDER BY version').pluck().all();
    expect(versions).toEqual(Array.from({ length: schemaVersion }, (_, i) => i + 1));
    expect(db.prepare('SELECT id, number, language, service_day FROM tickets').all()).toEqual([
      { id: 't-1', number: 'A001', language: 'es', service_day: '2026-11-27' },
    ]);
    expect(db.prepare('SELECT status_token FROM tickets').pluck().get()).toMatch(/^[0-9a-f]{48}$/);
    expect(db.prepare('SELECT type, counter_id FROM ticket_events ORDER BY seq').all()).toEqual([
      { type: 'ticket.issued', counter_id: null },
      { type: 'ticket.called', counter_id: 'counter-1' },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);

    const queue = createQueueService(
      {
        store: createSqliteQueueStore(db),
        config: testSiteConfig(),
        now: () => new Date('2026-11-27T17:30:00.000Z'),
      },
      createHubEventBus((error) => {
        throw error;
      }),
    );
    const next = queue.issueTicket({
      requestId: 'r-2',
      serviceId: 'utility-bills',
      language: 'en',
      needs: { interpreter: null, accessibility: [] },
      deviceId: 'kiosk-1',
      by: { userId: null, deviceId: 'kiosk-1' },
    });
    expect(next.ticket.number).toBe('A002');
    db.close();
  });

  it('refuse a database made by a newer hub, in one line, without changing it', () => {
    const dir = join(scratch, 'newer');
    mkdirSync(dir);
    const file = join(dir, 'hub.sqlite');
    openHubDatabase(file).close();
    const db = new Database(file);
    db.prepare('INSERT INTO schema_version VALUES (?, ?)').run(schemaVersion + 1, '2027-01-01T00:00:00.000Z');
    db.close();

    expect(() => openHubDatabase(file)).toThrow(
      `the hub database is schema version ${schemaVersion + 1}, newer than this hub (${schemaVersion}): update the hub`,
    );
    // What `serve` runs before opening the database: a setup error, printed as one line with exit code 2.
    const refusal = (() => {
      try {
        loadHubSetup(parseHubArgs(['--data', dir]), {});
      } catch (error) {
        return error as Error;
      }
      throw new Error('expected a refusal');
    })();
    expect(refusal).toBeInstanceOf(DatabaseFileError);
    expect(refusal.message).toBe(
      `${file} is schema version ${schemaVersion + 1}, made by a newer hub (this one knows up to ${schemaVersion}): ` +
        'install that hub version again, or restore a backup made by this version',
    );
    const after = new Database(file, { readonly: true });
    expect(after.prepare('SELECT MAX(version) FROM schema_version').pluck().get()).toBe(schemaVersion + 1);
    after.close();
  });
});
