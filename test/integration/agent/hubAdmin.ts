// Test helper: acts as facilities staff on a real hub process (CLI-created administrator, cookie session),
// e.g. to disable a kiosk, queue a device command or take a kiosk out of service the way /maintenance would.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  DeviceCommand,
  DeviceCommandList,
  type DeviceCommandRequest,
  type DeviceHealth,
  DeviceList,
} from '../../../machines/contracts/index.js';
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
  queueCommand(deviceId: string, request: DeviceCommandRequest): Promise<DeviceCommand>;
  listCommands(deviceId: string): Promise<DeviceCommand[]>;
  /** The desk's "print it again" for a ticket (sent to the kiosk that issued it). */
  reprintTicket(ticketId: string): Promise<DeviceCommand>;
  /** The device's latest health report as the device list shows it (null: none yet). */
  deviceHealth(deviceId: string): Promise<DeviceHealth | null>;
  /** Out of service with `message`, or back in service with null; answers the HTTP status. */
  setOutOfService(deviceId: string, message: string | null): Promise<number>;
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
  const device = (deviceId: string, rest: string) =>
    `${hubUrl}/api/devices/${encodeURIComponent(deviceId)}/${rest}`;
  const post = (url: string, body: unknown) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin: hubUrl },
      body: JSON.stringify(body),
    });
  return {
    async disableDevice(deviceId) {
      return (await post(device(deviceId, 'disable'), {})).status;
    },
    async queueCommand(deviceId, request) {
      const res = await post(device(deviceId, 'commands'), request);
      if (res.status >= 300) throw new Error(`queue command answered ${res.status}: ${await res.text()}`);
      return DeviceCommand.parse(await res.json());
    },
    async reprintTicket(ticketId) {
      const res = await post(`${hubUrl}/api/tickets/${encodeURIComponent(ticketId)}/reprint`, {});
      if (res.status >= 300) throw new Error(`reprint answered ${res.status}: ${await res.text()}`);
      return DeviceCommand.parse(await res.json());
    },
    async deviceHealth(deviceId) {
      const res = await fetch(`${hubUrl}/api/devices`, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`list devices answered ${res.status}`);
      return DeviceList.parse(await res.json()).devices.find((d) => d.id === deviceId)?.health ?? null;
    },
    async listCommands(deviceId) {
      const res = await fetch(device(deviceId, 'commands'), { headers: { cookie } });
      if (res.status !== 200) throw new Error(`list commands answered ${res.status}`);
      return DeviceCommandList.parse(await res.json()).commands;
    },
    async setOutOfService(deviceId, message) {
      return (await post(device(deviceId, 'out-of-service'), { message })).status;
    },
  };
}
