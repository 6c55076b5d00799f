// The kiosk agent's own settings on disk (a stable device id), kept with `conf` in the agent's data folder.
// Electron uses this same module: electron-store is a thin wrapper over conf that only picks the folder
// (app.getPath('userData')), so the shell passes its data folder here instead of adding a second store.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import Conf from 'conf';

export interface AgentSettings {
  deviceId: string;
}

const DEVICE_ID = /^kiosk-[a-z0-9]{8}$/;

export function newDeviceId(): string {
  return `kiosk-${randomBytes(4).toString('hex')}`;
}

/** Opens (creating on first run) `<dataDir>/agent-settings.json`; the device id never changes afterwards. */
export function loadAgentSettings(dataDir: string): AgentSettings {
  const cwd = resolve(dataDir);
  mkdirSync(cwd, { recursive: true });
  const store = new Conf<{ deviceId?: string }>({
    cwd,
    configName: 'agent-settings',
    clearInvalidConfig: false,
    schema: { deviceId: { type: 'string', pattern: DEVICE_ID.source } },
  });
  let deviceId = store.get('deviceId');
  if (deviceId === undefined) {
    deviceId = newDeviceId();
    store.set('deviceId', deviceId);
  }
  return { deviceId };
}
