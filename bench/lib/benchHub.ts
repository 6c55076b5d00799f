// The hub under load: the real hub CLI in its own process (production password cost, durable commits on disk),
// a site with request budgets above any benchmark's, no daily caps and as many counters as asked; devices and
// staff are created through the hub's identity service on a second database connection, as the admin CLI does.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type Database from 'better-sqlite3';
import type { DeviceRole, SiteConfig, StaffRole } from '../../machines/contracts/index.js';
import { type AuthService, createAuthService } from '../../main/hub/auth/authService.js';
import { openHubDatabase } from '../../main/hub/store/hubDatabase.js';
import { createSqliteAuthStore } from '../../main/hub/store/sqliteAuthStore.js';
import { projectRoot } from '../../main/paths.js';
import { relaxedSiteConfig } from '../../test/integration/hub/support/testHub.js';

export const benchPassword = 'bench correct horse battery staple';

/**
 * The test site for load: request budgets relaxed, every service uncapped with the widest number range (a
 * benchmark issues more tickets in a minute than a lobby in a week), `counters` counters serving every queue.
 */
export function loadSiteConfig(counters: number): SiteConfig {
  return relaxedSiteConfig((config) => ({
    ...config,
    queues: config.queues.map((q) => ({ ...q, lastNumber: 9999 })),
    services: config.services.map((s) => ({ ...s, dailyCap: null })),
    counters: Array.from({ length: counters }, (_, i) => ({
      id: `counter-${i + 1}`,
      name: `Counter ${i + 1}`,
      displayName: String(i + 1),
      serves: [],
    })),
  }));
}

export interface Answer {
  status: number;
  body: unknown;
  ms: number;
}

export interface BenchHub {
  url: string;
  config: SiteConfig;
  process: HubProcess;
  /** The identity service on its own connection (enrolment is cheap; staff passwords hash at production cost). */
  auth: AuthService;
  /** Enrols a device and returns its bearer header. */
  enrol(role: DeviceRole, name: string): Record<string, string>;
  /** Creates a member of staff (password `benchPassword`). */
  createStaff(username: string, role: StaffRole): Promise<void>;
  /** Signs in over HTTP; resolves with the Cookie header (throws on refusal). */
  login(username: string): Promise<Record<string, string>>;
  /** A JSON request over HTTP, timed from send to the whole body read; status 0 when the connection failed. */
  request(
    method: 'GET' | 'POST',
    path: string,
    headers: Record<string, string>,
    body?: unknown,
  ): Promise<Answer>;
  stop(): Promise<void>;
}

export interface HubProcess {
  url: string;
  pid: number;
  /** SIGTERM, then wait for the exit. */
  stop(): Promise<void>;
}

/**
 * Starts bench/lib/hubChild.ts in its own process; BENCH_HUB_NODE_ARGS adds Node options to it, e.g.
 * "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the hub under a benchmark's load.
 */
async function startHubChild(dataDir: string, configFile: string): Promise<HubProcess> {
  const nodeArgs = (process.env.BENCH_HUB_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(
    process.execPath,
    [...nodeArgs, '--import', 'tsx', 'bench/lib/hubChild.ts', dataDir, configFile],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = once(child, 'exit');
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /bench hub listening on (http:\/\/\S+)/.exec(line);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then(() => reject(new Error(`the bench hub exited before it listened: ${stderr.trim()}`)));
  });
  return {
    url,
    pid: child.pid ?? 0,
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function startBenchHub(counters = 6): Promise<BenchHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lobby311-bench-hub-'));
  const config = loadSiteConfig(counters);
  const configFile = join(dataDir, 'site.json');
  writeFileSync(configFile, JSON.stringify(config));
  const hub = await startHubChild(dataDir, configFile);
  const db: Database.Database = openHubDatabase(join(dataDir, 'hub.sqlite'));
  const auth = createAuthService({ store: createSqliteAuthStore(db), now: () => new Date() });

  const request: BenchHub['request'] = async (method, path, headers, body) => {
    const start = performance.now();
    try {
      const res = await fetch(`${hub.url}${path}`, {
        method,
        headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      const ms = performance.now() - start;
      return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null, ms };
    } catch (error) {
      // A connection reset or refused under load counts as an error of the benchmark, not a crash of it.
      const code = (error as { cause?: { code?: string } }).cause?.code ?? 'network';
      return { status: 0, body: { error: { code } }, ms: performance.now() - start };
    }
  };

  return {
    url: hub.url,
    config,
    process: hub,
    auth,
    enrol(role, name) {
      const { code } = auth.devices.createEnrolmentCode({ role, name }, 'bench');
      return { authorization: `Bearer ${auth.devices.enrol(code).token}` };
    },
    async createStaff(username, role) {
      await auth.staff.create({ username, displayName: username, role, password: benchPassword });
    },
    async login(username) {
      const res = await fetch(`${hub.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: benchPassword }),
      });
      await res.arrayBuffer();
      const cookie = res.headers.getSetCookie()[0]?.split(';')[0];
      if (res.status !== 200 || !cookie) throw new Error(`login as ${username} answered ${res.status}`);
      return { cookie };
    },
    request,
    async stop() {
      db.close();
      await hub.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
