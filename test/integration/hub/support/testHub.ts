// In-process hub for endpoint tests: a temp SQLite file, a fake clock, a cheap KDF, callers of every role,
// a desk member of staff per counter (signed in to it on first use), request builders and row counts.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import {
  DeviceRole,
  type IssueTicketBody,
  type SiteConfig,
  StaffRole,
} from '../../../../machines/contracts/index.js';
import { type AuthService, createAuthService } from '../../../../main/hub/auth/authService.js';
import { createHub, type HubOptions } from '../../../../main/hub/server.js';
import { openHubDatabase } from '../../../../main/hub/store/hubDatabase.js';
import { createSqliteAuthStore } from '../../../../main/hub/store/sqliteAuthStore.js';
import type { KdfParams } from '../../../../main/secrets/passwords.js';
import { testSiteConfig } from '../../../support/siteConfig.js';

export interface FakeClock {
  now: () => Date;
  set(iso: string): void;
  advance(ms: number): void;
}

export function createFakeClock(iso: string): FakeClock {
  let current = new Date(iso).getTime();
  return {
    now: () => new Date(current),
    set: (next) => {
      current = new Date(next).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

/** Request budgets far above what any test sends, so that only rate-limit tests meet the limits. */
export const relaxedRateLimits = {
  loginPerMinute: 10_000,
  enrolPerMinute: 10_000,
  kioskPerMinute: 10_000,
  generalPerMinute: 100_000,
};

/** The shipped site configuration with opening hours off (tests pass at any hour), plus `changes`. */
export const siteConfig = (changes?: (config: SiteConfig) => SiteConfig): SiteConfig =>
  testSiteConfig(changes);

/** The test site configuration with relaxed rate limits (the test hub's default), plus `changes`. */
export function relaxedSiteConfig(changes: (config: SiteConfig) => SiteConfig = (c) => c): SiteConfig {
  return testSiteConfig((config) =>
    changes({ ...config, security: { ...config.security, rateLimits: relaxedRateLimits } }),
  );
}

/** Who a test request comes from: nobody, a staff member of a role, or an enrolled device of a role. */
export type CallerKind = 'anonymous' | StaffRole | DeviceRole;
export const callerKinds: readonly CallerKind[] = ['anonymous', ...StaffRole.options, ...DeviceRole.options];

/** scrypt at 1/32 of the production cost, so that tests stay fast (production cost is tested in passwords.test). */
export const testKdf: KdfParams = { N: 2 ** 10, r: 8, p: 1 };
export const testPassword = 'correct horse battery staple';

export interface TestHub {
  app: FastifyInstance;
  clock: FakeClock;
  dataDir: string;
  config: SiteConfig;
  /** The hub's identity service over a second database connection (as the CLI uses it), for seeding. */
  auth: AuthService;
  /** Rows of the queue tables right now, read through a separate connection. */
  counts(): { tickets: number; events: number; callRequests: number };
  /** Rows of the identity tables right now. */
  authCounts(): { users: number; sessions: number; devices: number; codes: number };
  /** Request headers that authenticate as `who` (a staff member signed in, or an enrolled device). */
  headersFor(who: CallerKind): Promise<Record<string, string>>;
  /** `app.inject` as `who` (default: a supervisor, who may do all desk work). */
  inject(options: InjectOptions, who?: CallerKind): Promise<LightMyRequestResponse>;
  issue(overrides?: Partial<IssueTicketBody>, who?: CallerKind): Promise<LightMyRequestResponse>;
  /**
   * Headers of the desk member of staff who works `counterId` (one user per counter, "desk-<counterId>"),
   * signed in to that counter on first use (a `counter.signedIn` floor event).
   */
  deskAt(counterId: string): Promise<Record<string, string>>;
  /** `app.inject` as the desk member of staff signed in at `counterId`. */
  injectAt(counterId: string, options: InjectOptions): Promise<LightMyRequestResponse>;
  /** POST as the desk member of staff signed in at `counterId`. */
  postAt(counterId: string, url: string, payload: unknown): Promise<LightMyRequestResponse>;
  /**
   * Call next at `counterId` (default counter-1). Without `who`: as the counter's own desk member of staff,
   * signed in first if needed; with `who`: as that caller, with no sign-in (for access and refusal tests).
   */
  callNext(counterId?: string, requestId?: string, who?: CallerKind): Promise<LightMyRequestResponse>;
  post(url: string, payload: unknown, who?: CallerKind): Promise<LightMyRequestResponse>;
  get(url: string, who?: CallerKind): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export function issueBody(overrides: Partial<IssueTicketBody> = {}): IssueTicketBody {
  return {
    requestId: randomUUID(),
    serviceId: 'utility-bills',
    language: 'es',
    needs: { interpreter: null, accessibility: [] },
    deviceId: 'kiosk-1',
    ...overrides,
  };
}

/** 10:00 in Portland on 26 November 2026 (a Thursday, standard time). */
export const portlandMorning = '2026-11-26T18:00:00.000Z';

/** `name=value` of the first Set-Cookie header of a response, for sending it back. */
export function cookieOf(res: LightMyRequestResponse): string {
  const header = res.headers['set-cookie'];
  const first = Array.isArray(header) ? header[0] : header;
  if (!first) throw new Error(`no Set-Cookie in the answer (status ${res.statusCode}): ${res.body}`);
  return first.split(';')[0]!;
}

function rowCounts<K extends string>(dataDir: string, tables: Record<K, string>): Record<K, number> {
  const db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true });
  try {
    const entries = Object.entries<string>(tables).map(([key, table]) => {
      const row = db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number };
      return [key, row.n];
    });
    return Object.fromEntries(entries) as Record<K, number>;
  } finally {
    db.close();
  }
}

export async function startTestHub(
  options: { clockAt?: string; config?: SiteConfig } & Partial<
    Pick<HubOptions, 'rendererDir' | 'events' | 'auth' | 'secureCookies'>
  > = {},
): Promise<TestHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lobby311-hub-test-'));
  const clock = createFakeClock(options.clockAt ?? portlandMorning);
  const config = options.config ?? relaxedSiteConfig();
  const authSettings = { kdf: testKdf, ...options.auth };
  const hub = await createHub({
    dataDir,
    config,
    now: clock.now,
    rendererDir: options.rendererDir ?? join(dataDir, 'no-renderer'),
    auth: authSettings,
    ...(options.events ? { events: options.events } : {}),
    ...(options.secureCookies ? { secureCookies: true } : {}),
  });
  const seedDb = openHubDatabase(join(dataDir, 'hub.sqlite'));
  const auth = createAuthService({ store: createSqliteAuthStore(seedDb), now: clock.now, ...authSettings });
  const credentials = new Map<CallerKind, Promise<Record<string, string>>>();

  async function signIn(who: CallerKind): Promise<Record<string, string>> {
    if (who === 'anonymous') return {};
    if (DeviceRole.safeParse(who).success) {
      const { code } = auth.devices.createEnrolmentCode(
        { role: who as DeviceRole, name: `Test ${who}` },
        'test',
      );
      return { authorization: `Bearer ${auth.devices.enrol(code).token}` };
    }
    const username = `test-${who}`;
    await auth.staff.create({
      username,
      displayName: `Test ${who}`,
      role: who as StaffRole,
      password: testPassword,
    });
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: testPassword },
    });
    return { cookie: cookieOf(res) };
  }
  const headersFor = (who: CallerKind) => {
    let headers = credentials.get(who);
    if (!headers) {
      headers = signIn(who);
      credentials.set(who, headers);
    }
    return headers;
  };
  const inject = async (request: InjectOptions, who: CallerKind = 'supervisor') =>
    hub.app.inject({ ...request, headers: { ...(await headersFor(who)), ...request.headers } });
  const post = (url: string, payload: unknown, who?: CallerKind) =>
    inject({ method: 'POST', url, payload: payload as object }, who);

  const desks = new Map<string, Promise<Record<string, string>>>();
  async function signInDesk(counterId: string): Promise<Record<string, string>> {
    const username = `desk-${counterId}`.slice(0, 32);
    await auth.staff.create({
      username,
      displayName: `Desk ${counterId}`,
      role: 'desk',
      password: testPassword,
    });
    const login = await hub.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: testPassword },
    });
    const headers = { cookie: cookieOf(login) };
    const signedIn = await hub.app.inject({
      method: 'POST',
      url: `/api/counters/${counterId}/sign-in`,
      payload: {},
      headers,
    });
    if (signedIn.statusCode !== 200) {
      throw new Error(`signing in to ${counterId} answered ${signedIn.statusCode}: ${signedIn.body}`);
    }
    return headers;
  }
  const deskAt = (counterId: string) => {
    let headers = desks.get(counterId);
    if (!headers) {
      headers = signInDesk(counterId);
      desks.set(counterId, headers);
    }
    return headers;
  };
  const injectAt = async (counterId: string, request: InjectOptions) =>
    hub.app.inject({ ...request, headers: { ...(await deskAt(counterId)), ...request.headers } });
  const postAt = (counterId: string, url: string, payload: unknown) =>
    injectAt(counterId, { method: 'POST', url, payload: payload as object });

  return {
    app: hub.app,
    clock,
    dataDir,
    config,
    auth,
    counts: () =>
      rowCounts(dataDir, { tickets: 'tickets', events: 'ticket_events', callRequests: 'call_requests' }),
    authCounts: () =>
      rowCounts(dataDir, {
        users: 'staff_users',
        sessions: 'sessions',
        devices: 'devices',
        codes: 'enrolment_codes',
      }),
    headersFor,
    inject,
    issue: (overrides, who = 'kiosk') => post('/api/tickets', issueBody(overrides), who),
    deskAt,
    injectAt,
    postAt,
    callNext: (counterId = 'counter-1', requestId = randomUUID(), who?: CallerKind) =>
      who === undefined
        ? postAt(counterId, `/api/counters/${counterId}/call-next`, { requestId })
        : post(`/api/counters/${counterId}/call-next`, { requestId }, who),
    post,
    get: (url, who) => inject({ method: 'GET', url }, who),
    async close() {
      await hub.close();
      seedDb.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
