// Starts the real system for browser tests — hub, enrolled kiosk agent, virtual TCP printer — with staff
// accounts (the administrator from the hub's CLI, the others through the API) and helpers to sign in and to
// enrol a display.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import type { StaffRole } from '../../../machines/contracts/auth.js';
import { KioskStatus } from '../../../machines/contracts/kioskApi.js';
import { type FakeCaseStore, startFakeCaseStore } from '../../fakes/fakeCaseStore.js';
import { startVirtualPrinter } from '../../fakes/virtualPrinter.js';
import { type AgentProcess, startAgentProcess } from '../../support/agentProcess.js';
import {
  createAdminViaCli,
  createEnrolmentCodeViaCli as createEnrolmentCode,
  createStaffUser,
  login,
} from '../../support/hubAuth.js';
import { type HubProcess, startHubProcess } from '../../support/hubProcess.js';
import { testSiteConfig as testSite, writeTestSiteConfig } from '../../support/siteConfig.js';

export interface StaffAccount {
  username: string;
  password: string;
  displayName: string;
  role: StaffRole;
}

/** One account per role; the administrator is made with `npm run hub -- create-admin`. */
export const staff = {
  admin: {
    username: 'ada.admin',
    password: 'admin passphrase 1',
    displayName: 'Ada Admin',
    role: 'administrator',
  },
  desk: { username: 'dana.desk', password: 'desk passphrase 22', displayName: 'Dana Desk', role: 'desk' },
  supervisor: {
    username: 'sol.super',
    password: 'supervisor phrase 3',
    displayName: 'Sol Super',
    role: 'supervisor',
  },
  facilities: {
    username: 'fay.facilities',
    password: 'facilities phrase 4',
    displayName: 'Fay Facilities',
    role: 'facilities',
  },
} as const satisfies Record<string, StaffAccount>;

/** The kiosk's device name, as listed in maintenance. */
export const kioskName = 'Lobby kiosk by the door';

export interface Lobby {
  hub: HubProcess;
  agent: AgentProcess;
  printer: Awaited<ReturnType<typeof startVirtualPrinter>>;
  /** The fake city case store the hub delivers walk-in requests to (when started with `caseStore: true`). */
  caseStore: FakeCaseStore | null;
  /** Kills the hub (SIGKILL) and, once `whileDown` has run, starts it again on the same port and database. */
  outage(whileDown: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The shipped site (always open) with a sign-in budget for a test run (every browser signs in from 127.0.0.1),
 * and the hub's per-kiosk request budget raised when asked.
 */
function testSiteConfig(dir: string, kioskPerMinute?: number): string {
  return writeTestSiteConfig(dir, (site) => ({
    ...site,
    security: {
      ...site.security,
      rateLimits: {
        ...site.security.rateLimits,
        loginPerMinute: 200,
        enrolPerMinute: 50,
        ...(kioskPerMinute ? { kioskPerMinute } : {}),
      },
    },
  }));
}

export interface LobbyOptions {
  /** Start the fake Open311 case store and point the hub at it (default: no case store; requests wait). */
  caseStore?: boolean;
  /** The agent's `--ticket-limit` (default: the agent's own, 5 then one per 4 s). */
  ticketLimit?: string;
  /** The hub's budget of kiosk requests per minute (default: the shipped site's). */
  kioskPerMinute?: number;
}

const caseStoreApiKey = 'e2e-case-store-key';

export async function startLobby(options: LobbyOptions = {}): Promise<Lobby> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lobby311-e2e-'));
  const hubDataDir = join(dataDir, 'hub');
  const printer = await startVirtualPrinter({ port: 0, outDir: join(dataDir, 'printer') });
  const caseStore = options.caseStore ? await startFakeCaseStore({ apiKey: caseStoreApiKey }) : null;
  const config = testSiteConfig(dataDir, options.kioskPerMinute);
  const hubOptions = {
    dataDir: hubDataDir,
    config,
    ...(caseStore
      ? {
          args: ['--case-store', `open311+${caseStore.baseUrl}`],
          env: { LOBBY311_CASE_STORE_API_KEY: caseStoreApiKey },
        }
      : {}),
  };
  const hub = await startHubProcess(hubOptions);
  await createAdminViaCli(hubDataDir, staff.admin.username, staff.admin.password, staff.admin.displayName);
  const adminCookie = await login(hub.url, staff.admin.username, staff.admin.password);
  for (const account of [staff.desk, staff.supervisor, staff.facilities]) {
    await createStaffUser(hub.url, adminCookie, account);
  }
  const agent = await startAgentProcess({
    hubUrl: hub.url,
    printer: printer.url,
    dataDir: join(dataDir, 'agent'),
    enrolCode: await createEnrolmentCode(hubDataDir, 'kiosk', kioskName),
    ...(options.ticketLimit ? { ticketLimit: options.ticketLimit } : {}),
  });
  const lobby: Lobby = {
    hub,
    agent,
    printer,
    caseStore,
    async outage(whileDown) {
      await lobby.hub.kill();
      await whileDown();
      lobby.hub = await startHubProcess({ ...hubOptions, port: lobby.hub.port });
    },
    async stop() {
      await agent.stop();
      await lobby.hub.stop();
      await printer.close();
      await caseStore?.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return lobby;
}

/**
 * Starts a lobby before the spec file's tests and stops it after them. The returned object stands for the
 * running lobby (its properties are read from it on each use, so an `outage()` restart is seen).
 */
export function lobbyForTheseTests(options: LobbyOptions = {}): Lobby {
  let running: Lobby | undefined;
  test.beforeAll(async () => {
    running = await startLobby(options);
  });
  test.afterAll(async () => {
    await running?.stop();
  });
  return new Proxy({} as Lobby, {
    get(_, property) {
      if (!running) throw new Error('the lobby is used before beforeAll started it');
      return Reflect.get(running, property, running);
    },
  });
}

/** The kiosk agent's own view of its status (what the kiosk screen reads on its welcome screen). */
export async function agentStatus(lobby: Lobby): Promise<KioskStatus> {
  const res = await fetch(`${lobby.agent.url}/kiosk-api/getStatus`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  return KioskStatus.parse(await res.json());
}

/** Fills the sign-in screen already on `page` and waits for it to go. */
export async function signInHere(page: Page, account: StaffAccount): Promise<void> {
  await page.getByLabel('Username', { exact: true }).fill(account.username);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(account.displayName);
}

/** Opens `path` on the hub (e.g. "/desk") and signs in there. */
export async function openSignedIn(
  page: Page,
  lobby: Lobby,
  path: string,
  account: StaffAccount,
): Promise<void> {
  await page.goto(`${lobby.hub.url}${path}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await signInHere(page, account);
}

/**
 * Enrols `context` as a lobby display through the API, as the display's own screen would: a code from the
 * hub's CLI, POST /api/devices/enrol with delivery "cookie"; the HttpOnly cookie lands in the context.
 */
export async function enrolDisplay(context: BrowserContext, lobby: Lobby, name = 'Lobby TV'): Promise<void> {
  const code = await createEnrolmentCode(lobby.hub.dataDir, 'display', name);
  const res = await context.request.post(`${lobby.hub.url}/api/devices/enrol`, {
    data: { code, delivery: 'cookie' },
  });
  expect(res.ok(), await res.text()).toBe(true);
}

/** On the desk's counter picker: chooses `counterName`, signs in to it and waits until it is open. */
export async function signInToCounter(page: Page, counterName: string): Promise<void> {
  const counter = testSite().counters.find((c) => c.name === counterName);
  if (!counter) throw new Error(`no counter named ${counterName}`);
  await page.getByLabel('Counter', { exact: true }).selectOption({ value: counter.id });
  await page.getByRole('button', { name: 'Sign in to this counter' }).click();
  await expect(page.getByTestId('counter-status')).toHaveText(`${counterName} is open. You are signed in.`);
}

/** Issues a ticket through the API as the supervisor (desks may issue), e.g. to fill a queue quickly. */
export async function issueTicket(
  lobby: Lobby,
  serviceId: string,
  needs: {
    interpreter: { mode: 'phone' | 'video' | 'in-person'; language: string } | null;
    accessibility: string[];
  } = {
    interpreter: null,
    accessibility: [],
  },
): Promise<string> {
  const cookie = await login(lobby.hub.url, staff.supervisor.username, staff.supervisor.password);
  const res = await fetch(`${lobby.hub.url}/api/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      requestId: crypto.randomUUID(),
      serviceId,
      language: 'en',
      needs,
      deviceId: 'e2e-desk',
    }),
  });
  const body = (await res.json()) as { ticket?: { number: string } };
  if (!res.ok || !body.ticket) throw new Error(`issuing a ticket answered ${res.status}`);
  return body.ticket.number;
}
