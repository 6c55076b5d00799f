// Test helper: acts as facilities staff on a real hub process (CLI-created administrator, cookie session),
// e.g. to disable a kiosk the way /maintenance would.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { projectRoot } from '../../../main/paths.js';

/** Creates an administrator with `npm run hub -- create-admin` (password on stdin). */
function createAdmin(hubDataDir: string, username: string, password: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'main/hub/cli.ts', 'create-admin', '--data', hubDataDir, '--username', username],
      { cwd: projectRoot },
      (err, _stdout, stderr) => (err ? reject(new Error(`create-admin failed: ${stderr}`)) : resolve()),
    );
    child.stdin?.end(`${password}\n`);
  });
}

export interface HubAdmin {
  disableDevice(deviceId: string): Promise<number>;
}

export async function signInAsNewAdmin(hubUrl: string, hubDataDir: string): Promise<HubAdmin> {
  const username = `admin${randomBytes(3).toString('hex')}`;
  const password = randomBytes(18).toString('base64url');
  await createAdmin(hubDataDir, username, password);
  const login = await fetch(`${hubUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`login answered ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return {
    async disableDevice(deviceId) {
      const res = await fetch(`${hubUrl}/api/devices/${encodeURIComponent(deviceId)}/disable`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, origin: hubUrl },
        body: '{}',
      });
      return res.status;
    },
  };
}
