// An in-process hub for the walk-in request tests: the test hub's temp database, fake clock and cheap KDF, plus
// a case-store adapter of the test's choosing, delivery driven by the test (tick()), and callers of each role.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { SiteConfig, SubmitCaseRequestBody } from '../../../../machines/contracts/index.js';
import { createAuthService } from '../../../../main/hub/auth/authService.js';
import type { CaseStoreAdapter } from '../../../../main/hub/cases/caseStore.js';
import { createHub, type Hub } from '../../../../main/hub/server.js';
import { openHubDatabase } from '../../../../main/hub/store/hubDatabase.js';
import { createSqliteAuthStore } from '../../../../main/hub/store/sqliteAuthStore.js';
import { callersOf } from '../support/callers.js';
import {
  createFakeClock,
  type FakeClock,
  portlandMorning,
  relaxedSiteConfig,
  testKdf,
} from '../support/testHub.js';

export type CaseCaller = 'anonymous' | 'kiosk' | 'display' | 'desk' | 'supervisor' | 'facilities';

export interface CaseHub {
  hub: Hub;
  clock: FakeClock;
  config: SiteConfig;
  /** A read-only look at the hub's database (a second connection). */
  read<T>(sql: string, ...params: unknown[]): T[];
  inject(options: InjectOptions, who: CaseCaller): Promise<LightMyRequestResponse>;
  post(url: string, payload: unknown, who: CaseCaller): Promise<LightMyRequestResponse>;
  get(url: string, who: CaseCaller): Promise<LightMyRequestResponse>;
  /** The device id of the enrolled kiosk the 'kiosk' caller is. */
  kioskId(): Promise<string>;
  close(): Promise<void>;
}

/** A valid pothole request as a kiosk sends it (the seed catalog's questions answered). */
export function potholeRequest(overrides: Partial<SubmitCaseRequestBody> = {}): SubmitCaseRequestBody {
  return {
    requestId: randomUUID(),
    serviceCode: 'pothole',
    answers: { road_position: 'travel-lane', size: 'large' },
    location: { kind: 'address', address: '1900 SW 4th Ave' },
    description: 'Deep hole by the bus stop, cars swerve around it',
    contact: {
      firstName: 'Maria',
      lastName: 'Garcia',
      email: 'maria.garcia@example.com',
      phone: '503-555-0142',
    },
    language: 'es',
    capturedAt: '2026-11-26T17:55:00.000Z',
    handOver: false,
    ...overrides,
  };
}

export async function startCaseHub(
  options: { adapter?: CaseStoreAdapter | null; config?: SiteConfig; autoStart?: boolean } = {},
): Promise<CaseHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lobby311-cases-test-'));
  const clock = createFakeClock(portlandMorning);
  const config = options.config ?? relaxedSiteConfig();
  const hub = await createHub({
    dataDir,
    config,
    now: clock.now,
    rendererDir: join(dataDir, 'no-renderer'),
    auth: { kdf: testKdf },
    caseStore: options.adapter ?? null,
    caseDeliveryAutoStart: options.autoStart ?? false,
  });
  const seedDb = openHubDatabase(join(dataDir, 'hub.sqlite'));
  const auth = createAuthService({ store: createSqliteAuthStore(seedDb), now: clock.now, kdf: testKdf });
  const reader = new Database(join(dataDir, 'hub.sqlite'), { readonly: true });
  const callers = callersOf<CaseCaller>(hub, auth);
  const inject = callers.inject;

  return {
    hub,
    clock,
    config,
    read: <T>(sql: string, ...params: unknown[]) => reader.prepare(sql).all(...params) as T[],
    inject,
    post: (url, payload, who) => inject({ method: 'POST', url, payload: payload as object }, who),
    get: (url, who) => inject({ method: 'GET', url }, who),
    async kioskId() {
      return (await callers.device('kiosk')).id;
    },
    async close() {
      await hub.close();
      reader.close();
      seedDb.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
