// An in-process hub for the information tests: the test hub's temp database, fake clock and cheap KDF, the
// fixture starter set (test/fixtures/info/starter-topics.json), callers of each role and a read-only look at
// the database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { LightMyRequestResponse } from 'fastify';
import type { SiteConfig, StaffRole } from '../../../../machines/contracts/index.js';
import { createAuthService } from '../../../../main/hub/auth/authService.js';
import { createHub, type Hub } from '../../../../main/hub/server.js';
import { openHubDatabase } from '../../../../main/hub/store/hubDatabase.js';
import { createSqliteAuthStore } from '../../../../main/hub/store/sqliteAuthStore.js';
import { projectRoot } from '../../../../main/paths.js';
import { callersOf } from '../support/callers.js';
import {
  createFakeClock,
  type FakeClock,
  portlandMorning,
  relaxedSiteConfig,
  testKdf,
} from '../support/testHub.js';

export const fixtureStarterPath = join(projectRoot, 'test', 'fixtures', 'info', 'starter-topics.json');

export type InfoCaller = 'anonymous' | 'kiosk' | 'display' | StaffRole;

export interface InfoTestHub {
  hub: Hub;
  clock: FakeClock;
  config: SiteConfig;
  /** Rows of a query on a second, read-only connection. */
  read<T>(sql: string, ...params: unknown[]): T[];
  post(url: string, payload: unknown, who: InfoCaller): Promise<LightMyRequestResponse>;
  get(url: string, who: InfoCaller): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function startInfoHub(options: { clockAt?: string } = {}): Promise<InfoTestHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lobby311-info-test-'));
  const clock = createFakeClock(options.clockAt ?? portlandMorning);
  const config = relaxedSiteConfig();
  const hub = await createHub({
    dataDir,
    config,
    now: clock.now,
    rendererDir: join(dataDir, 'no-renderer'),
    auth: { kdf: testKdf },
    caseDeliveryAutoStart: false,
    infoStarterPath: fixtureStarterPath,
  });
  const seedDb = openHubDatabase(join(dataDir, 'hub.sqlite'));
  const auth = createAuthService({ store: createSqliteAuthStore(seedDb), now: clock.now, kdf: testKdf });
  const reader = new Database(join(dataDir, 'hub.sqlite'), { readonly: true });
  const { inject } = callersOf<InfoCaller>(hub, auth);

  return {
    hub,
    clock,
    config,
    read: <T>(sql: string, ...params: unknown[]) => reader.prepare(sql).all(...params) as T[],
    post: (url, payload, who) => inject({ method: 'POST', url, payload: payload as object }, who),
    get: (url, who) => inject({ method: 'GET', url }, who),
    async close() {
      await hub.close();
      reader.close();
      seedDb.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
