// Sign-in helpers for tests that run a real hub (integration, agent, e2e), through its CLI and HTTP API only.
//
//   testPassword                                        a valid password (≥ 12 characters) for test accounts
//   runHubAdminCli(args, stdin?) → CliRun               runs `main/hub/cli.ts <args>`, stdin piped (or closed)
//   createAdminViaCli(dataDir, username, password?)     `create-admin`, password on stdin; throws on failure
//   createEnrolmentCodeViaCli(dataDir, role, name)      `create-enrolment-code` → the code, e.g. "K7QM-4XPA"
//   login(hubUrl, username, password?) → cookie         POST /api/auth/login → "lobby311_session=…" (Cookie header)
//   createStaffUser(hubUrl, adminCookie, user)          POST /api/staff as an administrator → the StaffUser
//   enrolDevice(hubUrl, code) → token                   POST /api/devices/enrol (delivery "token") → bearer token
//   setUpHubAccess(hub) → HubAccess                     an administrator, a supervisor and a kiosk for a fresh hub:
//                                                       cookies, a kiosk bearer token and ready-made headers
//   signInDesks(hubUrl, adminCookie, counterIds)        one desk user per counter, each signed in to its counter
//                                                       → [{ counterId, cookie }] (ready for call-next)
//
// The hub hashes passwords at production cost (scrypt, ~0.1–0.2 s each), so create few accounts per test file.
import { type DeviceRole, EnrolResult, type StaffRole, StaffUser } from '../../machines/contracts/index.js';
import { type CliRun, runHubCli } from './runScript.js';

export const testPassword = 'correct horse battery staple';

/** Runs the hub CLI to completion with `stdin` written to it (stdin closed empty when undefined). */
export function runHubAdminCli(args: string[], stdin?: string): Promise<CliRun> {
  return runHubCli(args, stdin === undefined ? {} : { stdin });
}

const cliFailure = (what: string, run: CliRun) =>
  new Error(`${what} exited with ${run.code}: ${run.stderr.trim() || run.stdout.trim()}`);

/** Creates an administrator in the hub database in `dataDir` (works while the hub runs). */
export async function createAdminViaCli(
  dataDir: string,
  username: string,
  password = testPassword,
  displayName?: string,
): Promise<void> {
  const args = ['create-admin', '--data', dataDir, '--username', username];
  if (displayName) args.push('--display-name', displayName);
  const run = await runHubAdminCli(args, `${password}\n`);
  if (run.code !== 0) throw cliFailure('create-admin', run);
}

/** A one-time enrolment code (valid 15 minutes) for a device of `role` named `name`. */
export async function createEnrolmentCodeViaCli(
  dataDir: string,
  role: DeviceRole = 'kiosk',
  name = role === 'kiosk' ? 'Test kiosk' : 'Test display',
): Promise<string> {
  const run = await runHubAdminCli([
    'create-enrolment-code',
    '--data',
    dataDir,
    '--role',
    role,
    '--name',
    name,
  ]);
  if (run.code !== 0) throw cliFailure('create-enrolment-code', run);
  return run.stdout.trim();
}

/** Signs in; resolves with the value to send as the Cookie header ("lobby311_session=…"). */
export async function login(hubUrl: string, username: string, password = testPassword): Promise<string> {
  const res = await fetch(`${hubUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = res.headers.getSetCookie()[0]?.split(';')[0];
  if (res.status !== 200 || !cookie) throw new Error(`login as ${username} answered ${res.status}`);
  return cookie;
}

/** Adds a staff user as the administrator whose session cookie is `adminCookie`. */
export async function createStaffUser(
  hubUrl: string,
  adminCookie: string,
  user: { username: string; role: StaffRole; displayName?: string; password?: string },
): Promise<StaffUser> {
  const res = await fetch(`${hubUrl}/api/staff`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: adminCookie },
    body: JSON.stringify({
      username: user.username,
      role: user.role,
      displayName: user.displayName ?? user.username,
      password: user.password ?? testPassword,
    }),
  });
  if (res.status !== 201) throw new Error(`creating ${user.username} answered ${res.status}`);
  return StaffUser.parse(await res.json());
}

/** Enrols a device with a one-time code; resolves with its bearer token. */
export async function enrolDevice(hubUrl: string, code: string): Promise<string> {
  const res = await fetch(`${hubUrl}/api/devices/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, delivery: 'token' }),
  });
  if (res.status !== 201) throw new Error(`enrolling with a code answered ${res.status}`);
  const { token } = EnrolResult.parse(await res.json());
  if (!token) throw new Error('the hub returned no device token');
  return token;
}

export interface HubAccess {
  adminCookie: string;
  supervisorCookie: string;
  kioskToken: string;
  /** Headers for a kiosk (bearer token), a supervisor (may do all desk work) or the administrator. */
  headers(who: 'kiosk' | 'supervisor' | 'administrator'): Record<string, string>;
}

/** Creates `admin` (CLI), `supervisor` (API) and one enrolled kiosk on a running hub. */
export async function setUpHubAccess(hub: { url: string; dataDir: string }): Promise<HubAccess> {
  await createAdminViaCli(hub.dataDir, 'admin');
  const adminCookie = await login(hub.url, 'admin');
  await createStaffUser(hub.url, adminCookie, { username: 'supervisor', role: 'supervisor' });
  const supervisorCookie = await login(hub.url, 'supervisor');
  const kioskToken = await enrolDevice(
    hub.url,
    await createEnrolmentCodeViaCli(hub.dataDir, 'kiosk', 'Test kiosk'),
  );
  return {
    adminCookie,
    supervisorCookie,
    kioskToken,
    headers(who): Record<string, string> {
      if (who === 'kiosk') return { authorization: `Bearer ${kioskToken}` };
      return { cookie: who === 'supervisor' ? supervisorCookie : adminCookie };
    },
  };
}

export interface SignedInDesk {
  counterId: string;
  /** Cookie header value of the desk member of staff signed in at `counterId`. */
  cookie: string;
}

/** Creates a desk user per counter ("desk-<counterId>"), signs each in to the hub and to its counter. */
export async function signInDesks(
  hubUrl: string,
  adminCookie: string,
  counterIds: readonly string[],
): Promise<SignedInDesk[]> {
  const desks: SignedInDesk[] = [];
  for (const counterId of counterIds) {
    const username = `desk-${counterId}`;
    await createStaffUser(hubUrl, adminCookie, { username, role: 'desk' });
    const cookie = await login(hubUrl, username);
    const res = await fetch(`${hubUrl}/api/counters/${counterId}/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{}',
    });
    if (res.status !== 200) throw new Error(`signing in to ${counterId} answered ${res.status}`);
    desks.push({ counterId, cookie });
  }
  return desks;
}
