// The hub's command line, run as a real process: usage errors, config errors, listening, clean stop, TZ.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Health, IssueTicketResult } from '../../../machines/contracts/index.js';
import { serviceDayOf } from '../../../machines/time/serviceDay.js';
import { defaultSiteConfig } from '../../../main/paths.js';
import { createEnrolmentCodeViaCli, enrolDevice } from '../../support/hubAuth.js';
import { type HubProcess, startHubProcess } from '../../support/hubProcess.js';
import { runHubCli, runNodeScript } from '../../support/runScript.js';
import { writeTestSiteConfig } from '../../support/siteConfig.js';
import { getJson, kioskIssue, postJson } from './support/hubHttp.js';

const scratch = mkdtempSync(join(tmpdir(), 'lobby311-cli-'));

/** Headers of a kiosk enrolled on `hub` with a code from the CLI. */
const kioskHeaders = async (hub: HubProcess) => {
  const code = await createEnrolmentCodeViaCli(hub.dataDir, 'kiosk', 'CLI test kiosk');
  return { authorization: `Bearer ${await enrolDevice(hub.url, code)}` };
};
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run hub refuses to start', () => {
  it('with an unknown option: one line on stderr and exit code 2', async () => {
    const run = await runHubCli(['--prot', '8311']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('lobby311 hub: unknown option --prot (see --help)\n');
    expect(run.stdout).toBe('');
  });

  it('with an invalid config: one line naming the file, the issue path and message, and exit code 2', async () => {
    const file = join(scratch, 'bad-site.json');
    const config = JSON.parse(readFileSync(defaultSiteConfig, 'utf8')) as { services: { queueId: string }[] };
    config.services[0]!.queueId = 'nowhere';
    writeFileSync(file, JSON.stringify(config));
    const run = await runHubCli(['--config', file, '--data', join(scratch, 'unused')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`lobby311 hub: config ${file}: services.0.queueId: unknown queue "nowhere"\n`);
    expect(existsSync(join(scratch, 'unused'))).toBe(false);
  });
});

describe('npm run hub', () => {
  it('explains every option with --help', async () => {
    const run = await runHubCli(['--help']);
    expect(run.code).toBe(0);
    for (const option of ['--port', '--host', '--data', '--config', '--help', '--username', '--role'])
      expect(run.stdout).toContain(option);
    for (const command of ['create-admin', 'create-enrolment-code']) expect(run.stdout).toContain(command);
  });

  it('creates its data folder, serves, and stops cleanly on SIGTERM with the database closed', async () => {
    const dataDir = join(scratch, 'nested', 'hub-data');
    // The config lives outside the data folder, which the hub itself must create.
    const hub = await startHubProcess({ dataDir, config: writeTestSiteConfig(scratch) });
    expect(hub.port).toBeGreaterThan(0);
    expect(existsSync(join(dataDir, 'hub.sqlite'))).toBe(true);
    const issued = await postJson(
      `${hub.url}/api/tickets`,
      kioskIssue('permits', 'kiosk-1'),
      await kioskHeaders(hub),
    );
    expect(issued.status).toBe(201);
    expect(existsSync(join(dataDir, 'hub.sqlite-wal'))).toBe(true);
    await hub.stop();
    expect(existsSync(join(dataDir, 'hub.sqlite-wal'))).toBe(false);
  });

  it("numbers by Portland's calendar when the server runs with TZ=Pacific/Kiritimati (UTC+14)", async () => {
    const hub = await startHubProcess({ env: { TZ: 'Pacific/Kiritimati' } });
    try {
      const health = Health.parse((await getJson(`${hub.url}/api/health`)).body);
      expect(health.serviceDay).toBe(serviceDayOf(new Date(health.time), 'America/Los_Angeles'));
      const res = await postJson(
        `${hub.url}/api/tickets`,
        kioskIssue('utility-bills', 'kiosk-1'),
        await kioskHeaders(hub),
      );
      expect(IssueTicketResult.parse(res.body).ticket.serviceDay).toBe(health.serviceDay);
    } finally {
      await hub.stop();
    }
  });

  it('resets numbering at Portland midnight in a process running with TZ=UTC', async () => {
    const run = await runNodeScript(
      'test/integration/hub/support/serviceDayScenario.ts',
      ['2026-11-26T07:59:00Z', '2026-11-26T07:59:30Z', '2026-11-26T08:01:00Z'],
      { env: { TZ: 'UTC' } },
    );
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { offsetMinutes: number; issued: [string, string][] };
    expect(result.offsetMinutes).toBe(0);
    expect(result.issued).toEqual([
      ['A001', '2026-11-25'],
      ['A002', '2026-11-25'],
      ['A001', '2026-11-26'],
    ]);
  });
});
