// The demo's first-run setup, reused on later runs: the administrator and demo staff with generated passwords
// (saved 0600 in the data folder), and one-time enrolment codes for the kiosk and the display.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHubClient, HubError, type StaffRole, sessionCookie } from '../../machines/contracts/index.js';
import { projectRoot } from '../paths.js';

export const ADMIN_USERNAME = 'admin';

export const demoStaff: readonly { username: string; displayName: string; role: StaffRole; label: string }[] =
  [
    { username: 'desk1', displayName: 'Desk 1 (demo)', role: 'desk', label: 'Desk staff' },
    { username: 'super1', displayName: 'Supervisor 1 (demo)', role: 'supervisor', label: 'Supervisor' },
    { username: 'facility1', displayName: 'Facilities 1 (demo)', role: 'facilities', label: 'Facilities' },
  ];

/** Runs `npm run hub -- <args>` (without npm) and resolves with its stdout; rejects with its last stderr line. */
export function runHubCli(args: string[], stdin = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'main/hub/cli.ts', ...args],
      { cwd: projectRoot },
      (err, stdout, stderr) => {
        if (!err) return resolve(stdout);
        reject(new Error(stderr.trim().split('\n').pop() || err.message));
      },
    );
    child.stdin?.end(stdin);
  });
}

/** A one-time code from `npm run hub -- create-enrolment-code` (valid 15 minutes). */
export async function createEnrolmentCode(hubDataDir: string, role: 'kiosk' | 'display', name: string) {
  const stdout = await runHubCli([
    'create-enrolment-code',
    '--data',
    hubDataDir,
    '--role',
    role,
    '--name',
    name,
  ]);
  const code = stdout.split('\n').find((line) => /^[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(line.trim()));
  if (!code) throw new Error('create-enrolment-code printed no code');
  return code.trim();
}

export const passwordFile = (dataDir: string, username: string): string =>
  join(dataDir, username === ADMIN_USERNAME ? 'admin-password.txt' : `${username}-password.txt`);

function newPassword(): string {
  return randomBytes(15).toString('base64url');
}

function savePassword(file: string, password: string): void {
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}

const readPassword = (file: string): string => readFileSync(file, 'utf8').trim();

function shown(label: string, username: string, file: string, password: string | null): string {
  return password === null
    ? `${label}: ${username} (password in ${file})`
    : `${label}: ${username} / ${password} (saved in ${file}, mode 0600)`;
}

/** First run: creates the administrator (hub CLI, password on stdin). Returns the line to print. */
export async function ensureAdmin(dataDir: string, hubDataDir: string): Promise<string> {
  const file = passwordFile(dataDir, ADMIN_USERNAME);
  if (existsSync(file)) return shown('Administrator', ADMIN_USERNAME, file, null);
  const password = newPassword();
  await runHubCli(['create-admin', '--data', hubDataDir, '--username', ADMIN_USERNAME], `${password}\n`);
  savePassword(file, password);
  return shown('Administrator', ADMIN_USERNAME, file, password);
}

/** Signs in as the administrator and creates the demo staff that have no password file yet. */
export async function ensureDemoStaff(dataDir: string, hubUrl: string): Promise<string[]> {
  const missing = demoStaff.filter(({ username }) => !existsSync(passwordFile(dataDir, username)));
  const lines = demoStaff
    .filter((user) => !missing.includes(user))
    .map(({ label, username }) => shown(label, username, passwordFile(dataDir, username), null));
  if (missing.length === 0) return lines;
  const login = await fetch(`${hubUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: hubUrl },
    body: JSON.stringify({
      username: ADMIN_USERNAME,
      password: readPassword(passwordFile(dataDir, ADMIN_USERNAME)),
    }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (login.status !== 200 || !cookie.startsWith(`${sessionCookie}=`)) {
    throw new Error(`the administrator could not sign in (hub answered ${login.status})`);
  }
  const hub = createHubClient(hubUrl, fetch, { headers: () => ({ cookie, origin: hubUrl }) });
  for (const { username, displayName, role, label } of missing) {
    const password = newPassword();
    const file = passwordFile(dataDir, username);
    try {
      await hub.call('createStaff', { body: { username, displayName, role, password } });
    } catch (err) {
      if (err instanceof HubError && err.code === 'conflict') {
        lines.push(`${label}: ${username} exists already, but its password file ${file} is gone`);
        continue;
      }
      throw err;
    }
    savePassword(file, password);
    lines.push(shown(label, username, file, password));
  }
  await hub.call('logout', { body: {} }).catch(() => undefined);
  return lines;
}
