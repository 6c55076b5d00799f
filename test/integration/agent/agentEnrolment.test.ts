// A real hub process and real agent processes: enrolment with a CLI-made code, reuse of the stored token,
// replayed codes, a disabled device going out of service, the token never printed, and set-exit-pin.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KioskSetup, KioskStatus, TakeTicketResult } from '../../../machines/contracts/index.js';
import { verifyExitPin } from '../../../main/agent/exitPin.js';
import { agentSettingsFile, loadAgentSettings } from '../../../main/agent/settings.js';
import { projectRoot } from '../../../main/paths.js';
import { type AgentProcess, startAgentProcess } from '../../support/agentProcess.js';
import { createEnrolmentCodeViaCli as createEnrolmentCode } from '../../support/hubAuth.js';
import { type HubProcess, startHubProcess } from '../../support/hubProcess.js';
import { type HubAdmin, signInAsNewAdmin } from './hubAdmin.js';

const visit = () => ({
  requestId: randomUUID(),
  serviceId: 'permits',
  language: 'en',
  needs: { interpreter: null, accessibility: [] },
});

async function post(agent: AgentProcess, method: string, body: unknown) {
  const res = await fetch(`${agent.url}/kiosk-api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as unknown };
}

/** Runs the agent CLI to its end with `stdin` piped in: exit code and what it wrote. */
function runAgentCli(
  args: string[],
  stdin = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'main/agent/cli.ts', ...args], {
    cwd: projectRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (c: string) => {
    stdout += c;
  });
  child.stderr?.setEncoding('utf8').on('data', (c: string) => {
    stderr += c;
  });
  child.stdin?.end(stdin);
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

describe('kiosk agent enrolment', () => {
  let hub: HubProcess;
  let admin: HubAdmin;
  let dataDir: string;
  const agents: AgentProcess[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lobby311-enrol-'));
    hub = await startHubProcess();
    admin = await signInAsNewAdmin(hub.url, hub.dataDir);
  });
  afterAll(async () => {
    await Promise.all(agents.map((agent) => agent.stop()));
    await hub?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses to start without enrolment: one line saying how, exit 2', async () => {
    const run = await runAgentCli(['--hub', hub.url, '--port', '0', '--data', join(dataDir, 'never')]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      'lobby311 agent: this kiosk is not enrolled: create a code in /maintenance (or npm run hub -- ' +
        'create-enrolment-code --data <dir> --role kiosk --name <name>) and start the agent with --enrol <code>',
    ]);
    expect(run.stdout).toBe('');
  });

  it('enrols once with a code, issues tickets, and reuses the stored token after a restart', async () => {
    const kioskDir = join(dataDir, 'kiosk-a');
    const code = await createEnrolmentCode(hub.dataDir, 'kiosk', 'Lobby kiosk A');
    const first = await startAgentProcess({ hubUrl: hub.url, dataDir: kioskDir, enrolCode: code });
    agents.push(first);
    expect((await post(first, 'takeTicket', visit())).status).toBe(200);
    const { deviceId } = KioskSetup.parse((await post(first, 'getSetup', {})).json);
    await first.stop();

    const stored = loadAgentSettings(kioskDir).credential;
    expect(stored?.deviceId).toBe(deviceId);
    expect(statSync(agentSettingsFile(kioskDir)).mode & 0o777).toBe(0o600);

    const again = await startAgentProcess({ hubUrl: hub.url, dataDir: kioskDir });
    agents.push(again);
    const next = await post(again, 'takeTicket', visit());
    expect(next.status).toBe(200);
    expect(TakeTicketResult.parse(next.json).ticket.number).toMatch(/^P\d{3}$/);
    expect(KioskSetup.parse((await post(again, 'getSetup', {})).json).deviceId).toBe(deviceId);
    // The token is in the settings file only: never on the agent's output or in the page's answers.
    const token = stored?.token ?? '';
    expect(token.length).toBeGreaterThanOrEqual(32);
    expect(first.stderr() + again.stderr()).not.toContain(token);
    expect(JSON.stringify((await post(again, 'getSetup', {})).json)).not.toContain(token);
  });

  it('refuses a code that was already used: one line, exit 1', async () => {
    const code = await createEnrolmentCode(hub.dataDir);
    const used = await startAgentProcess({ hubUrl: hub.url, enrolCode: code });
    agents.push(used);
    const replay = await runAgentCli([
      '--hub',
      hub.url,
      '--port',
      '0',
      '--data',
      join(dataDir, 'replay'),
      '--enrol',
      code,
    ]);
    expect(replay.code).toBe(1);
    const lines = replay.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^lobby311 agent: the hub refused enrolment code "[A-Z0-9-]+": .*already used/);
    expect(loadAgentSettings(join(dataDir, 'replay')).credential).toBeNull();
  });

  it('goes out of service when facilities disable the kiosk, and logs it once without the token', async () => {
    const kioskDir = join(dataDir, 'kiosk-b');
    const agent = await startAgentProcess({
      hubUrl: hub.url,
      dataDir: kioskDir,
      enrolCode: await createEnrolmentCode(hub.dataDir),
    });
    agents.push(agent);
    expect(KioskStatus.parse((await post(agent, 'getStatus', {})).json).device).toBe('enrolled');
    const credential = loadAgentSettings(kioskDir).credential!;
    expect(await admin.disableDevice(credential.deviceId)).toBe(200);

    const refused = await post(agent, 'takeTicket', visit());
    expect(refused.status).toBe(401);
    expect(JSON.stringify(refused.json)).toMatch(/out of service/);
    expect(KioskStatus.parse((await post(agent, 'getStatus', {})).json)).toMatchObject({
      hub: 'online',
      device: 'disabled',
    });
    expect((await post(agent, 'getSetup', {})).status).toBe(401);
    const lines = agent
      .stderr()
      .split('\n')
      .filter((line) => line.includes('refuses this kiosk'));
    expect(lines).toHaveLength(1);
    expect(agent.stderr()).not.toContain(credential.token);
  });

  it('stores the exit PIN from stdin as an scrypt hash, and refuses a PIN that is not 6–12 digits', async () => {
    const pinDir = join(dataDir, 'pin');
    const ok = await runAgentCli(['set-exit-pin', '--data', pinDir], '40817263\n');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('exit PIN saved');
    const stored = loadAgentSettings(pinDir).exitPinHash ?? '';
    expect(readFileSync(agentSettingsFile(pinDir), 'utf8')).not.toContain('40817263');
    expect(await verifyExitPin('40817263', stored)).toBe(true);

    const bad = await runAgentCli(['set-exit-pin', '--data', pinDir], '1234\n');
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe('lobby311 agent: the exit PIN must be 6 to 12 digits');
  });
});
