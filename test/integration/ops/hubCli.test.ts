// The hub's service commands through the real command line: backup while a serving hub's database takes tickets,
// restore refused while that hub runs (and allowed once it stops), and --check-config's verdict and exit codes (2 spawns, they cost seconds).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { HubRunningError } from '../../../main/hub/ops/hubLock.js';
import { restoreHubDatabase } from '../../../main/hub/ops/restoreDatabase.js';
import { openHubDatabase } from '../../../main/hub/store/hubDatabase.js';
import { schemaVersion } from '../../../main/hub/store/sqliteSchema.js';
import { startHubProcess } from '../../support/hubProcess.js';
import { runHubCli } from '../../support/runScript.js';
import { testSiteConfig, writeTestSiteConfig } from '../../support/siteConfig.js';
import { createIssuingLoad, cutTo, dumpTables } from './support/issuingLoad.js';

const scratch = mkdtempSync(join(tmpdir(), 'lobby311-hubcli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('with the hub serving', () => {
  it('backs up a consistent copy while tickets are issued, and refuses to restore over the running hub', async () => {
    const dataDir = join(scratch, 'served');
    const config = testSiteConfig((c) => ({
      ...c,
      services: c.services.map((s) => ({ ...s, dailyCap: null })),
    }));
    const hub = await startHubProcess({ dataDir, config: writeTestSiteConfig(scratch) });
    const file = join(dataDir, 'hub.sqlite');
    const load = createIssuingLoad(file, config, () => new Date());
    const backupFile = join(scratch, 'during-load.sqlite');
    try {
      for (let i = 0; i < 10; i++) load.issueOne();
      const run = await load.runDuring(runHubCli(['backup', '--data', dataDir, '--to', backupFile]), 20);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(
        new RegExp(`^backup written to ${backupFile} \\(schema version ${schemaVersion}, \\d+ bytes\\)\\n$`),
      );
      expect(run.code).toBe(0);
      const copy = dumpTables(backupFile);
      const tickets = copy.tickets!.length;
      expect(tickets).toBeGreaterThan(10);
      expect(load.issued).toBeGreaterThan(tickets);
      expect(copy).toEqual(cutTo(dumpTables(file), load.countsAfter(tickets)));

      // The serving hub's lock is held by another process: the same check the restore command makes.
      const refused = await restoreHubDatabase(dataDir, backupFile).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(HubRunningError);
      expect((refused as Error).message).toBe(
        `${dataDir} is in use by a running hub (pid ${hub.pid}): stop the hub first (systemctl stop lobby311-hub)`,
      );
      expect(dumpTables(file).tickets).toHaveLength(load.issued);
    } finally {
      load.close();
      await hub.stop();
    }
    // Once the hub has stopped (a crash frees the lock too), its folder can be restored.
    expect(await restoreHubDatabase(dataDir, backupFile)).toMatchObject({ schemaVersion });
    expect(dumpTables(file)).toEqual(dumpTables(backupFile));
  });
});

describe('--check-config', () => {
  it('prints "configuration OK" and exits 0 without serving or creating anything', async () => {
    const conf = join(scratch, 'good.conf');
    const dataDir = join(scratch, 'not-created');
    writeFileSync(conf, `port = 8311\ndata = ${dataDir}\nsite-config = ${writeTestSiteConfig(scratch)}\n`);
    const run = await runHubCli(['--service-config', conf, '--check-config']);
    expect(run).toEqual({ code: 0, stdout: 'configuration OK\n', stderr: '' });
  });

  it('lists every problem with its file and line, including a database newer than this hub, and exits 2', async () => {
    const dataDir = join(scratch, 'newer');
    mkdirSync(dataDir);
    openHubDatabase(join(dataDir, 'hub.sqlite')).close();
    const db = new Database(join(dataDir, 'hub.sqlite'));
    db.prepare('INSERT INTO schema_version VALUES (?, ?)').run(schemaVersion + 1, 'later');
    db.close();
    const site = join(scratch, 'bad-site.json');
    writeFileSync(site, '{\n  "site": {}\n}\n');
    const conf = join(scratch, 'bad.conf');
    writeFileSync(conf, `data = ${dataDir}\nsite-config = ${site}\ntls-key = missing.key\n`);
    const run = await runHubCli(['--service-config', conf, '--check-config', '--port', '8400']);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines).toContain(
      `lobby311 hub: ${site} line 2: site.name: Invalid input: expected string, received undefined`,
    );
    expect(lines).toContain(
      `lobby311 hub: ${conf} line 3: give both --tls-cert and --tls-key, or neither (see --help)`,
    );
    expect(lines).toContain(
      `lobby311 hub: ${join(dataDir, 'hub.sqlite')} is schema version ${schemaVersion + 1}, made by a newer hub (this one knows up to ${schemaVersion}): install that hub version again, or restore a backup made by this version`,
    );
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });
});
