// A real hub (SQLite in a temp folder) inside the test process, reached through the typed hub client as an
// enrolled kiosk (a one-time code made in the hub's database, redeemed through POST /api/devices/enrol); it can
// be taken down and up, records the printer health reports it answered, and lists devices as facilities staff.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createHubClient,
  type Device,
  DeviceList,
  EnrolResult,
  type FetchLike,
  type HubClient,
  type PrinterHealth,
  type PrinterModel,
  ReportHealthBody,
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
  /** While down, every request fails as if the hub could not be reached (nothing reaches it). */
  setDown(down: boolean): void;
  /** Printer health reports the hub answered, in order, with the status it answered. */
  healthReports: { printer: PrinterHealth; printerModel: PrinterModel | null; status: number }[];
  /** Resolves with the first report (already answered or still to come) for which `match` is true. */
  healthReported(match: (report: InProcessHub['healthReports'][number]) => boolean): Promise<PrinterHealth>;
  /** GET /api/devices as a facilities member of staff (signed in on first use). */
  listDevices(): Promise<Device[]>;
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
  let down = false;
  const healthReports: InProcessHub['healthReports'] = [];
  const healthWaiters = new Set<() => void>();
  const inject: FetchLike = async (url, init) => {
    const path = new URL(url).pathname;
    if (down) throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED (hub down)') });
    requests.set(path, (requests.get(path) ?? 0) + 1);
    const res = await hub.app.inject({
      method: init.method as 'GET' | 'POST',
      url: path,
      headers: init.headers,
      ...(init.body === undefined ? {} : { payload: init.body }),
    });
    if (path === '/api/devices/me/health' && typeof init.body === 'string') {
      const { printer, printerModel } = ReportHealthBody.parse(JSON.parse(init.body));
      healthReports.push({ printer, printerModel, status: res.statusCode });
      for (const wake of healthWaiters) wake();
    }
    return { status: res.statusCode, json: async () => res.json(), text: async () => res.body };
  };
  let staffCookie: Promise<string> | undefined;
  async function signInFacilities(): Promise<string> {
    const password = 'correct horse battery staple';
    await auth.staff.create({
      username: 'unit-facilities',
      displayName: 'Facilities',
      role: 'facilities',
      password,
    });
    const login = await hub.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'unit-facilities', password },
    });
    const setCookie = login.headers['set-cookie'];
    const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
    if (!first) throw new Error(`facilities sign-in answered ${login.statusCode}`);
    return first.split(';')[0]!;
  }
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
    setDown(value) {
      down = value;
    },
    healthReports,
    healthReported(match) {
      return new Promise((resolve) => {
        const check = () => {
          const found = healthReports.find(match);
          if (!found) return;
          healthWaiters.delete(check);
          resolve(found.printer);
        };
        healthWaiters.add(check);
        check();
      });
    },
    async listDevices() {
      staffCookie ??= signInFacilities();
      const res = await hub.app.inject({
        method: 'GET',
        url: '/api/devices',
        headers: { cookie: await staffCookie },
      });
      return DeviceList.parse(res.json()).devices;
    },
    async close() {
      db.close();
      await hub.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
