// The hub inside the benchmark's process on a settable clock (simulated days and months): start, restart on the
// same data folder, and requests through `inject` or over real HTTP when it listens.
import { join } from 'node:path';
import type { DeviceRole, SiteConfig } from '../../machines/contracts/index.js';
import { createAuthService } from '../../main/hub/auth/authService.js';
import { createHub, type Hub } from '../../main/hub/server.js';
import { openHubDatabase } from '../../main/hub/store/hubDatabase.js';
import { createSqliteAuthStore } from '../../main/hub/store/sqliteAuthStore.js';
import { cookieOf, testKdf } from '../../test/integration/hub/support/testHub.js';
import { benchPassword } from './benchHub.js';

export interface SimulatedClock {
  now: () => Date;
  set(ms: number): void;
}

export function simulatedClock(startMs: number): SimulatedClock {
  let current = startMs;
  return {
    now: () => new Date(current),
    set: (ms) => {
      current = Math.max(current, ms);
    },
  };
}

export interface InProcessHub {
  hub: Hub;
  /** http://127.0.0.1:<port> when it listens (the same after a restart), else null. */
  url: string | null;
  /** Closes the running hub and builds a new one on the same folder (retention and day-end run at start). */
  restart(): Promise<void>;
  post(
    path: string,
    headers: Record<string, string>,
    body: unknown,
  ): Promise<{ status: number; body: unknown }>;
  login(username: string): Promise<Record<string, string>>;
  /** Enrols a device through the identity service; returns its id and bearer header. */
  enrol(role: DeviceRole, name: string): { deviceId: string; token: string; headers: Record<string, string> };
  close(): Promise<void>;
}

/**
 * A hub on `dataDir` with `clock`, a cheap password hash (sign-in cost is staffLoad's subject), and the staff
 * `usernames` created once; `port` set: it listens on 127.0.0.1 (the same port after a restart).
 */
export async function startInProcessHub(options: {
  dataDir: string;
  config: SiteConfig;
  clock: SimulatedClock;
  usernames: readonly string[];
  port?: number;
}): Promise<InProcessHub> {
  let port = options.port;
  const build = async () => {
    const hub = await createHub({
      dataDir: options.dataDir,
      config: options.config,
      now: options.clock.now,
      rendererDir: join(options.dataDir, 'no-renderer'),
      auth: { kdf: testKdf },
    });
    if (port !== undefined) {
      await hub.app.listen({ port, host: '127.0.0.1' });
      const address = hub.app.server.address();
      if (address && typeof address === 'object') port = address.port;
    }
    return hub;
  };
  let hub = await build();
  const seed = openHubDatabase(join(options.dataDir, 'hub.sqlite'));
  const auth = createAuthService({
    store: createSqliteAuthStore(seed),
    now: options.clock.now,
    kdf: testKdf,
  });
  for (const username of options.usernames) {
    await auth.staff.create({ username, displayName: username, role: 'desk', password: benchPassword });
  }
  return {
    get hub() {
      return hub;
    },
    get url() {
      return port === undefined ? null : `http://127.0.0.1:${port}`;
    },
    async restart() {
      await hub.close();
      hub = await build();
    },
    async post(path, headers, body) {
      const res = await hub.app.inject({ method: 'POST', url: path, headers, payload: body as object });
      return { status: res.statusCode, body: res.body ? (res.json() as unknown) : null };
    },
    async login(username) {
      const res = await hub.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: benchPassword },
      });
      return { cookie: cookieOf(res) };
    },
    enrol(role, name) {
      const { code } = auth.devices.createEnrolmentCode({ role, name }, 'bench');
      const { device, token } = auth.devices.enrol(code);
      return { deviceId: device.id, token, headers: { authorization: `Bearer ${token}` } };
    },
    async close() {
      seed.close();
      await hub.close();
    },
  };
}
