// The kiosk agent's own settings on disk, kept with `conf` in the agent's data folder (file mode 0600): its
// device id, the device token the hub gave it at enrolment, and the hashed facilities exit PIN. Electron uses
// this same module: electron-store is a thin wrapper over conf that only picks the folder, so the shell passes
// its data folder here instead of adding a second store. The token never leaves this process except in the
// Authorization header of hub requests.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Conf from 'conf';

export interface AgentCredential {
  /** The id the hub gave this device at enrolment. */
  deviceId: string;
  token: string;
}

export interface AgentSettings {
  /** The enrolled device id, or before enrolment the id this agent made for itself. */
  deviceId: string;
  credential: AgentCredential | null;
  exitPinHash: string | null;
}

interface StoredSettings {
  deviceId?: string;
  enrolledDeviceId?: string;
  deviceToken?: string;
  exitPinHash?: string;
}

const LOCAL_DEVICE_ID = /^kiosk-[a-z0-9]{8}$/;
const HUB_DEVICE_ID = /^[A-Za-z0-9._-]{1,64}$/;
const FILE_NAME = 'agent-settings';

export function newDeviceId(): string {
  return `kiosk-${randomBytes(4).toString('hex')}`;
}

/** The settings file of a data folder (tests check its mode; nothing else should read it). */
export function agentSettingsFile(dataDir: string): string {
  return join(resolve(dataDir), `${FILE_NAME}.json`);
}

function openStore(dataDir: string): Conf<StoredSettings> {
  const cwd = resolve(dataDir);
  mkdirSync(cwd, { recursive: true, mode: 0o700 });
  return new Conf<StoredSettings>({
    cwd,
    configName: FILE_NAME,
    configFileMode: 0o600,
    clearInvalidConfig: false,
    schema: {
      deviceId: { type: 'string', pattern: LOCAL_DEVICE_ID.source },
      enrolledDeviceId: { type: 'string', pattern: HUB_DEVICE_ID.source },
      deviceToken: { type: 'string', minLength: 32 },
      exitPinHash: { type: 'string', pattern: '^scrypt\\$' },
    },
  });
}

/** Files written by an older agent may be world-readable: the token must not be. */
function keepPrivate(dataDir: string): void {
  const file = agentSettingsFile(dataDir);
  if (existsSync(file)) chmodSync(file, 0o600);
}

/** Opens (creating on first run) `<dataDir>/agent-settings.json`; the local device id never changes. */
export function loadAgentSettings(dataDir: string): AgentSettings {
  const store = openStore(dataDir);
  let localId = store.get('deviceId');
  if (localId === undefined) {
    localId = newDeviceId();
    store.set('deviceId', localId);
  }
  keepPrivate(dataDir);
  const enrolledId = store.get('enrolledDeviceId');
  const token = store.get('deviceToken');
  const credential = enrolledId !== undefined && token !== undefined ? { deviceId: enrolledId, token } : null;
  return {
    deviceId: credential?.deviceId ?? localId,
    credential,
    exitPinHash: store.get('exitPinHash') ?? null,
  };
}

/** Keeps the credential from a (new) enrolment, replacing any earlier one. */
export function saveAgentCredential(dataDir: string, credential: AgentCredential): void {
  const store = openStore(dataDir);
  store.set({ enrolledDeviceId: credential.deviceId, deviceToken: credential.token });
  keepPrivate(dataDir);
}

export function saveExitPinHash(dataDir: string, hash: string): void {
  openStore(dataDir).set('exitPinHash', hash);
  keepPrivate(dataDir);
}
