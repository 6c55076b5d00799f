// An in-process hub with an updates folder in electron-updater's generic-provider layout (versions 1.0.0 and
// 1.1.0), a fake clock, staff callers of every role, and kiosks that call the hub with their own tokens.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import type { PrinterHealth, StaffRole } from '../../../machines/contracts/index.js';
import { createAuthService } from '../../../main/hub/auth/authService.js';
import { createHub, type Hub } from '../../../main/hub/server.js';
import { openHubDatabase } from '../../../main/hub/store/hubDatabase.js';
import { createSqliteAuthStore } from '../../../main/hub/store/sqliteAuthStore.js';
import { callersOf } from '../hub/support/callers.js';
import {
  createFakeClock,
  type FakeClock,
  portlandMorning,
  relaxedSiteConfig,
  testKdf,
} from '../hub/support/testHub.js';
import { writeUpdatesDir } from './updateFolder.js';

export { channelFile, writeUpdatesDir } from './updateFolder.js';

export interface UpdateKiosk {
  id: string;
  name: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload: unknown): Promise<LightMyRequestResponse>;
}

export interface UpdatesTestHub {
  hub: Hub;
  clock: FakeClock;
  updatesDir: string;
  /** As a signed-in staff member of `role` (default administrator). */
  get(url: string, role?: StaffRole): Promise<LightMyRequestResponse>;
  post(url: string, payload: unknown, role?: StaffRole): Promise<LightMyRequestResponse>;
  enrol(name: string, role?: 'kiosk' | 'display'): UpdateKiosk;
  close(): Promise<void>;
}

export const readyPrinter = (at: string): PrinterHealth => ({
  state: 'ready',
  canPrint: true,
  fault: null,
  since: at,
  lastGoodAt: at,
});

export async function startUpdatesHub(options: { withUpdates?: boolean } = {}): Promise<UpdatesTestHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lobby311-updates-test-'));
  const updatesDir = join(dataDir, 'updates');
  writeUpdatesDir(updatesDir, ['1.0.0', '1.1.0']);
  const clock = createFakeClock(portlandMorning);
  const hub = await createHub({
    dataDir,
    config: relaxedSiteConfig(),
    now: clock.now,
    rendererDir: join(dataDir, 'no-renderer'),
    // Rollout tests move the clock by hours: staff sessions outlast them.
    auth: { kdf: testKdf, sessionIdleMs: 24 * 3_600_000, sessionAbsoluteMs: 48 * 3_600_000 },
    caseDeliveryAutoStart: false,
    updatesDir: options.withUpdates === false ? null : updatesDir,
  });
  const seedDb = openHubDatabase(join(dataDir, 'hub.sqlite'));
  const auth = createAuthService({ store: createSqliteAuthStore(seedDb), now: clock.now, kdf: testKdf });
  const callers = callersOf<StaffRole>(hub, auth);
  return {
    hub,
    clock,
    updatesDir,
    get: (url, role = 'administrator') => callers.inject({ method: 'GET', url }, role),
    post: (url, payload, role = 'administrator') =>
      callers.inject({ method: 'POST', url, payload: payload as object }, role),
    enrol(name, role = 'kiosk') {
      const { code } = auth.devices.createEnrolmentCode({ role, name }, 'test');
      const { device, token } = auth.devices.enrol(code);
      const headers = { authorization: `Bearer ${token}` };
      return {
        id: device.id,
        name,
        get: (url) => hub.app.inject({ method: 'GET', url, headers }),
        post: (url, payload) => hub.app.inject({ method: 'POST', url, payload: payload as object, headers }),
      };
    },
    async close() {
      await hub.close();
      seedDb.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
