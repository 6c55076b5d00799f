// The hub's admin commands as real processes, next to a running hub: create-admin and create-enrolment-code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Principal } from '../../../machines/contracts/index.js';
import { enrolDevice, login, runHubAdminCli, testPassword } from '../../support/hubAuth.js';
import { type HubProcess, startHubProcess } from '../../support/hubProcess.js';
import { getJson } from './support/hubHttp.js';

let hub: HubProcess;
beforeAll(async () => {
  hub = await startHubProcess();
});
afterAll(() => hub.stop());

const createAdmin = (username: string, stdin: string, extra: string[] = []) =>
  runHubAdminCli(['create-admin', '--data', hub.dataDir, '--username', username, ...extra], stdin);

describe('npm run hub -- create-admin', () => {
  it('reads the password from stdin, prints one line, and the administrator can sign in to the running hub', async () => {
    const run = await createAdmin('ada', `${testPassword}\n`, ['--display-name', 'Ada Admin']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^created administrator "ada" \(id [0-9a-f-]{36}\)\n$/);
    expect(run.stdout).not.toContain(testPassword);
    const cookie = await login(hub.url, 'ada', testPassword);
    const me = Principal.parse((await getJson(`${hub.url}/api/auth/me`, { cookie })).body);
    expect(me).toMatchObject({
      kind: 'staff',
      username: 'ada',
      displayName: 'Ada Admin',
      role: 'administrator',
    });
  });

  it('refuses a username that exists, with exit code 1', async () => {
    await createAdmin('grace', `${testPassword}\n`);
    const run = await createAdmin('grace', 'another long password\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/"grace" exists already/);
    await expect(login(hub.url, 'grace', 'another long password')).rejects.toThrow(/401/);
  });

  it.each([
    ['a password shorter than 12 characters', 'short\n', /at least 12 characters/],
    ['an empty stdin', '', /at least 12 characters/],
  ])('refuses %s with one line and exit code 2, creating nobody', async (_, stdin, message) => {
    const run = await createAdmin('linus', stdin);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    await expect(login(hub.url, 'linus', 'short')).rejects.toThrow(/401/);
  });

  it('refuses a bad username with a usage line and exit code 2 (other usage errors: adminCliArgs.test)', async () => {
    const run = await runHubAdminCli(['create-admin', '--username', 'Bad Name'], `${testPassword}\n`);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^lobby311 hub: create-admin: bad username/);
  });
});

describe('npm run hub -- create-enrolment-code', () => {
  it('prints a one-time code that enrols a kiosk on the running hub once', async () => {
    const run = await runHubAdminCli([
      'create-enrolment-code',
      '--data',
      hub.dataDir,
      '--role',
      'kiosk',
      '--name',
      'Kiosk by the door',
    ]);
    expect(run.code).toBe(0);
    const code = run.stdout.trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const token = await enrolDevice(hub.url, code);
    const me = Principal.parse(
      (await getJson(`${hub.url}/api/auth/me`, { authorization: `Bearer ${token}` })).body,
    );
    expect(me).toMatchObject({ kind: 'device', role: 'kiosk', name: 'Kiosk by the door' });
    await expect(enrolDevice(hub.url, code)).rejects.toThrow(/401/);
  });
});
