// An in-process hub with staff of every role signed in and an enrolled kiosk and display, for fuzz and audit tests.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import {
  EnrolmentCode,
  EnrolResult,
  type SiteConfig,
  type StaffRole,
  sessionCookie,
} from '../../../../machines/contracts/index.js';
import { createHub } from '../../../../main/hub/server.js';
import { openHubDatabase } from '../../../../main/hub/store/hubDatabase.js';
import { createSqliteAuthStore } from '../../../../main/hub/store/sqliteAuthStore.js';
import { hashPassword, type KdfParams } from '../../../../main/secrets/passwords.js';
import { createFakeClock, type FakeClock, portlandMorning, siteConfig } from '../support/testHub.js';

/** Cheap scrypt for tests only (production cost is exercised by the auth tests). */
export const testKdf: KdfParams = { N: 2 ** 10, r: 8, p: 1 };
export const staffPassword = 'correct horse battery staple';

export type Credential = 'none' | StaffRole | 'kiosk' | 'display';

export interface SecuredHub {
  app: FastifyInstance;
  dataDir: string;
  clock: FakeClock;
  /** Request headers carrying `credential` (a session cookie, or a device bearer token). */
  headers(credential: Credential): Record<string, string>;
  userIds: Record<StaffRole, string>;
  deviceIds: { kiosk: string; display: string };
  close(): Promise<void>;
}

const roles: readonly StaffRole[] = ['desk', 'supervisor', 'facilities', 'administrator'];

/** Usernames of the seeded staff, e.g. "ana.administrator". */
export const usernameOf = (role: StaffRole) => `ana.${role}`;

/** Site config with rate limits high enough that a test's burst of requests is never throttled. */
export function unthrottledConfig(): SiteConfig {
  const config = siteConfig();
  const many = 1_000_000;
  return {
    ...config,
    security: {
      ...config.security,
      rateLimits: {
        loginPerMinute: many,
        enrolPerMinute: many,
        kioskPerMinute: many,
        generalPerMinute: many,
      },
    },
  };
}

export async function startSecuredHub(config: SiteConfig = unthrottledConfig()): Promise<SecuredHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lobby311-hub-secured-'));
  const clock = createFakeClock(portlandMorning);
  const hub = await createHub({
    dataDir,
    config,
    now: clock.now,
    rendererDir: join(dataDir, 'no-renderer'),
    auth: { kdf: testKdf },
  });
  const db = openHubDatabase(join(dataDir, 'hub.sqlite'));
  const store = createSqliteAuthStore(db);
  const passwordHash = await hashPassword(staffPassword, testKdf);
  const userIds = {} as Record<StaffRole, string>;
  for (const role of roles) {
    userIds[role] = randomUUID();
    store.insertUser({
      id: userIds[role],
      username: usernameOf(role),
      displayName: `Ana ${role}`,
      role,
      passwordHash,
      disabled: false,
      createdAt: clock.now().toISOString(),
      failedLogins: 0,
      lockedUntil: null,
    });
  }
  db.close();

  const cookies = {} as Record<StaffRole, string>;
  for (const role of roles) {
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: usernameOf(role), password: staffPassword },
    });
    if (res.statusCode !== 200) throw new Error(`seeding: login as ${role} answered ${res.statusCode}`);
    const cookie = res.cookies.find((c) => c.name === sessionCookie);
    if (!cookie) throw new Error('seeding: login set no session cookie');
    cookies[role] = `${sessionCookie}=${cookie.value}`;
  }
  const enrol = async (role: 'kiosk' | 'display') => {
    const code = await hub.app.inject({
      method: 'POST',
      url: '/api/devices/enrolment-codes',
      headers: { cookie: cookies.administrator },
      payload: { role, name: `Test ${role}` },
    });
    const enrolled = await hub.app.inject({
      method: 'POST',
      url: '/api/devices/enrol',
      payload: { code: EnrolmentCode.parse(code.json()).code, delivery: 'token' },
    });
    const result = EnrolResult.parse(enrolled.json());
    return { id: result.device.id, token: result.token! };
  };
  const kiosk = await enrol('kiosk');
  const display = await enrol('display');

  return {
    app: hub.app,
    dataDir,
    clock,
    userIds,
    deviceIds: { kiosk: kiosk.id, display: display.id },
    headers(credential): Record<string, string> {
      if (credential === 'none') return {};
      if (credential === 'kiosk') return { authorization: `Bearer ${kiosk.token}` };
      if (credential === 'display') return { authorization: `Bearer ${display.token}` };
      return { cookie: cookies[credential] };
    },
    async close() {
      await hub.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** `app.inject` with a credential's headers merged in. */
export const injectAs = (hub: SecuredHub, credential: Credential, options: InjectOptions) =>
  hub.app.inject({ ...options, headers: { ...hub.headers(credential), ...options.headers } });
