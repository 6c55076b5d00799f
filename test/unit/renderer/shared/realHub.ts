// A real hub (SQLite in a temp folder, cheap scrypt) listening on loopback, staff accounts made on its database,
// and browser-like bridge deps: fetch and WebSocket that keep the hub's cookies like a browser would.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import type { StaffRole } from '../../../../machines/contracts/auth.js';
import { createAuthService } from '../../../../main/hub/auth/authService.js';
import { createHub, type Hub } from '../../../../main/hub/server.js';
import { openHubDatabase } from '../../../../main/hub/store/hubDatabase.js';
import { createSqliteAuthStore } from '../../../../main/hub/store/sqliteAuthStore.js';
import type { BridgeDeps, SocketLike } from '../../../../renderer/bridge/hubBridge.js';
import { testSiteConfig } from '../../../support/siteConfig.js';

/** Cheap scrypt for tests; production cost is covered by the hub's own tests. */
const cheapKdf = { N: 2 ** 10, r: 8, p: 1 };

export interface RealHub {
  url: string;
  dataDir: string;
  hub: Hub;
  close(): Promise<void>;
}

export async function startRealHub(): Promise<RealHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lobby311-renderer-hub-'));
  const site = testSiteConfig();
  // Every test signs in from 127.0.0.1: lift the per-address sign-in budget so only the account lockout counts.
  const rateLimits = { ...site.security.rateLimits, loginPerMinute: 1000, enrolPerMinute: 1000 };
  const hub = await createHub({
    dataDir,
    config: { ...site, security: { ...site.security, rateLimits } },
    rendererDir: join(dataDir, 'no-renderer'),
    auth: { kdf: cheapKdf },
  });
  await hub.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = hub.app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    hub,
    async close() {
      await hub.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates a staff account straight on the hub's database (as `npm run hub -- create-admin` does). */
export async function createStaff(
  dataDir: string,
  username: string,
  role: StaffRole,
  password: string,
): Promise<void> {
  const db = openHubDatabase(join(dataDir, 'hub.sqlite'));
  try {
    const auth = createAuthService({
      store: createSqliteAuthStore(db),
      now: () => new Date(),
      kdf: cheapKdf,
    });
    await auth.staff.create({ username, displayName: `Test ${role}`, role, password });
  } finally {
    db.close();
  }
}

/** One browser profile: its cookie jar is shared by its fetches and its WebSockets. */
export function browserDeps(origin: string) {
  const cookies = new Map<string, string>();
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const remember = (setCookies: string[]) => {
    for (const line of setCookies) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /max-age=0/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
  };
  const sockets: WebSocket[] = [];
  const deps: BridgeDeps = {
    fetch: async (url, init) => {
      const res = await fetch(url, {
        ...init,
        headers: { ...init.headers, origin, ...(cookies.size ? { cookie: cookieHeader() } : {}) },
      });
      remember(res.headers.getSetCookie());
      return res;
    },
    openSocket: (url) => {
      const ws = new WebSocket(url, {
        headers: { origin, ...(cookies.size ? { cookie: cookieHeader() } : {}) },
      });
      ws.on('error', () => {});
      sockets.push(ws);
      return ws as unknown as SocketLike;
    },
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  return {
    deps,
    cookies,
    closeSockets: () => {
      for (const ws of sockets) ws.terminate();
    },
  };
}
