// A real hub (SQLite in a temp folder) inside the test process, reached through the typed hub client as an
// enrolled kiosk (a one-time code made in the hub's database, redeemed through POST /api/devices/enrol).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createHubClient,
  EnrolResult,
  type FetchLike,
  type HubClient,
  type SiteConfig,
} from '../../../machines/contracts/index.js';
import { createDeviceCredential, type DeviceCredential } from '../../../main/agent/deviceCredential.js';
import { createAuthService } from '../../../main/hub/auth/authService.js';
import { createHub } from '../../../main/hub/server.js';
import { openHubDatabase } from '../../../main/hub/store/hubDatabase.js';
import { createSqliteAuthStore } from '../../../main/hub/store/sqliteAuthStore.js';
import { testSiteConfig } from '../../support/siteConfig.js';

export interface InProcessHub {
  /** Calls the hub as the enrolled kiosk (`credential` supplies the Bearer header). */
  client: HubClient;
  credential: DeviceCredential;
  config: SiteConfig;
  /** How many requests the client sent, by path (e.g. `/api/site`). */
  requests: Map<string, number>;
  /** Disables the kiosk device in the hub, as facilities would from /maintenance. */
  disableKiosk(): void;
  close(): Promise<void>;
}

/** A client for a hub that is not there: requests to a port nothing listens on are refused. */
export function unreachableHubClient(): HubClient {
  return createHubClient('http://127.0.0.1:9', fetch);
}

/** An enrolled-looking credential for a hub that will never see it (unreachable-hub tests). */
export function offlineCredential(deviceId = 'kiosk-offline'): DeviceCredential {
  return createDeviceCredential({ deviceId, token: 'x'.repeat(43) }, deviceId);
}

/** A hub on the shipped config with opening hours off (see test/support/siteConfig.ts), `changes` on top. */
export async function startInProcessHub(
  now: () => Date = () => new Date(),
  changes?: (config: SiteConfig) => SiteConfig,
): Promise<InProcessHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lobby311-agent-unit-hub-'));
  const config = testSiteConfig(changes);
  const hub = await createHub({ dataDir, config, now, rendererDir: join(dataDir, 'no-renderer') });
  const db = openHubDatabase(join(dataDir, 'hub.sqlite'));
  const auth = createAuthService({ store: createSqliteAuthStore(db), now });
  const requests = new Map<string, number>();
  const inject: FetchLike = async (url, init) => {
    const path = new URL(url).pathname;
    requests.set(path, (requests.get(path) ?? 0) + 1);
    const res = await hub.app.inject({
      method: init.method as 'GET' | 'POST',
      url: path,
      headers: init.headers,
      ...(init.body === undefined ? {} : { payload: init.body }),
    });
    return { status: res.statusCode, json: async () => res.json(), text: async () => res.body };
  };
  const { code } = auth.devices.createEnrolmentCode({ role: 'kiosk', name: 'Unit test kiosk' }, 'test');
  const enrolled = await hub.app.inject({
    method: 'POST',
    url: '/api/devices/enrol',
    payload: { code, delivery: 'token' },
  });
  const { device, token } = EnrolResult.parse(enrolled.json());
  if (token === null) throw new Error('enrolment with delivery "token" gave no token');
  const credential = createDeviceCredential({ deviceId: device.id, token }, device.id);
  return {
    client: createHubClient('http://hub.test', inject, { headers: credential.headers }),
    credential,
    config,
    requests,
    disableKiosk() {
      auth.devices.disable(device.id);
    },
    async close() {
      db.close();
      await hub.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
