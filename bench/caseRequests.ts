// Walk-in request benchmark: (1) drain rate after an outage — a backlog of requests committed on the real hub
// (SQLite) while nothing was delivered, then sent to the fake Open311 case store answering with realistic
// latency; (2) the hub's memory and outbox-status time with 10,000 requests pending. Writes
// bench/results/case-requests-<date>.json and prints the change from the previous results file.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { SiteConfig, SubmitCaseRequestBody } from '../machines/contracts/index.js';
import { createAuthService } from '../main/hub/auth/authService.js';
import { createOpen311Adapter } from '../main/hub/cases/open311/open311Adapter.js';
import { loadSiteConfig } from '../main/hub/loadConfig.js';
import { createHub, type Hub } from '../main/hub/server.js';
import { openHubDatabase } from '../main/hub/store/hubDatabase.js';
import { createSqliteAuthStore } from '../main/hub/store/sqliteAuthStore.js';
import { defaultSiteConfig } from '../main/paths.js';
import { startFakeCaseStore } from '../test/fakes/fakeCaseStore.js';

const { values } = parseArgs({
  options: {
    backlog: { type: 'string', default: '1000' },
    pending: { type: 'string', default: '10000' },
    'latency-ms': { type: 'string', default: '80' },
    out: { type: 'string' },
  },
});
const backlog = Number(values.backlog);
const pendingCount = Number(values.pending);
const latencyMs = Number(values['latency-ms']);

const site: SiteConfig = (() => {
  const config = loadSiteConfig(defaultSiteConfig);
  return {
    ...config,
    intake: { ...config.intake, openingHours: null },
    security: {
      ...config.security,
      rateLimits: { ...config.security.rateLimits, kioskPerMinute: 1_000_000, generalPerMinute: 1_000_000 },
    },
  };
})();

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
const round = (x: number, places = 2) => Math.round(x * 10 ** places) / 10 ** places;
const mib = (bytes: number) => round(bytes / 1024 / 1024, 1);
const signed = (x: number) => `${x >= 0 ? '+' : ''}${x}`;

/** A hub in this process with delivery held back, and a kiosk credential to submit with. */
async function startHub(caseStoreUrl: string | null) {
  const dataDir = mkdtempSync(join(tmpdir(), 'lobby311-bench-cases-'));
  const adapter = caseStoreUrl
    ? createOpen311Adapter({
        baseUrl: caseStoreUrl,
        apiKey: 'bench-key',
        jurisdictionId: null,
        deduplicates: false,
        timeoutMs: 20_000,
      })
    : null;
  const hub = await createHub({
    dataDir,
    config: site,
    rendererDir: join(dataDir, 'no-renderer'),
    caseStore: adapter,
    caseDeliveryAutoStart: false,
  });
  const db = openHubDatabase(join(dataDir, 'hub.sqlite'));
  const auth = createAuthService({ store: createSqliteAuthStore(db), now: () => new Date() });
  const { code } = auth.devices.createEnrolmentCode({ role: 'kiosk', name: 'Bench kiosk' }, 'bench');
  const { token } = auth.devices.enrol(code);
  const password = 'bench supervisor passphrase';
  await auth.staff.create({ username: 'bench-super', displayName: 'Bench', role: 'supervisor', password });
  db.close();
  const login = await hub.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'bench-super', password },
  });
  const cookie = [login.headers['set-cookie']]
    .flat()
    .map((c) => String(c).split(';')[0])
    .join('; ');
  return {
    hub,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    supervisor: { cookie },
    async close() {
      await hub.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function requestBody(i: number): SubmitCaseRequestBody {
  return {
    requestId: randomUUID(),
    serviceCode: 'water-leak',
    answers: { leak_location: 'street' },
    location: { kind: 'address', address: `${100 + (i % 900)} SW Main St` },
    description: `Water running across the sidewalk, report ${i}`,
    contact: i % 3 === 0 ? { email: `visitor${i}@example.org` } : null,
    language: i % 2 === 0 ? 'en' : 'es',
    capturedAt: new Date().toISOString(),
    handOver: false,
  };
}

/** Submits `count` requests as the kiosk; returns each commit's latency in ms. */
async function submitMany(hub: Hub, headers: Record<string, string>, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/case-requests',
      headers,
      payload: JSON.stringify(requestBody(i)),
    });
    times.push(performance.now() - start);
    if (res.statusCode !== 201) throw new Error(`submit ${i} answered ${res.statusCode}: ${res.body}`);
  }
  return times;
}

async function drainBenchmark() {
  const fake = await startFakeCaseStore({ apiKey: 'bench-key' });
  fake.setFaults([{ kind: 'slow', delayMs: latencyMs, route: 'submit' }]);
  const { hub, headers, close } = await startHub(fake.baseUrl);
  const submitMs = (await submitMany(hub, headers, backlog)).sort((a, b) => a - b);
  const start = performance.now();
  hub.caseDelivery.start();
  // A benchmark may poll: every request has reached the case store when its count of cases says so.
  while (fake.cases.length < backlog) await new Promise((resolve) => setTimeout(resolve, 5));
  const seconds = (performance.now() - start) / 1000;
  await close();
  await fake.close();
  return {
    backlog,
    caseStoreLatencyMs: latencyMs,
    concurrency: site.caseRequests.concurrency,
    drainSeconds: round(seconds),
    requestsPerSecond: round(backlog / seconds, 1),
    ceilingPerSecond: round((site.caseRequests.concurrency * 1000) / latencyMs, 1),
    submitCommitMs: {
      p50: round(percentile(submitMs, 50)),
      p95: round(percentile(submitMs, 95)),
      p99: round(percentile(submitMs, 99)),
    },
  };
}

async function memoryBenchmark() {
  global.gc?.();
  const before = process.memoryUsage();
  const { hub, headers, supervisor, close } = await startHub(null);
  await submitMany(hub, headers, pendingCount);
  global.gc?.();
  const after = process.memoryUsage();
  const statusTimes: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    const start = performance.now();
    const res = await hub.app.inject({
      method: 'GET',
      url: '/api/case-requests/outbox',
      headers: supervisor,
    });
    statusTimes.push(performance.now() - start);
    if (res.statusCode !== 200) throw new Error(`outbox status answered ${res.statusCode}`);
  }
  const tickStart = performance.now();
  await hub.caseDelivery.tick();
  const tickMs = performance.now() - tickStart;
  await close();
  statusTimes.sort((a, b) => a - b);
  return {
    pending: pendingCount,
    gcExposed: global.gc !== undefined,
    rssMiB: { before: mib(before.rss), after: mib(after.rss), growth: mib(after.rss - before.rss) },
    heapUsedMiB: {
      before: mib(before.heapUsed),
      after: mib(after.heapUsed),
      growth: mib(after.heapUsed - before.heapUsed),
    },
    outboxStatusP95Ms: round(percentile(statusTimes, 95)),
    tickWithoutCaseStoreMs: round(tickMs),
  };
}

function previousResult(dir: string, today: string): Record<string, unknown> | null {
  const files = readdirSync(dir)
    .filter((f) => f.startsWith('case-requests-') && f.endsWith('.json') && !f.includes(today))
    .sort();
  const last = files.at(-1);
  return last ? (JSON.parse(readFileSync(join(dir, last), 'utf8')) as Record<string, unknown>) : null;
}

const drain = await drainBenchmark();
const memory = await memoryBenchmark();
const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  drain,
  memory,
};

console.log(
  `drain after outage: ${drain.backlog} requests in ${drain.drainSeconds} s = ${drain.requestsPerSecond}/s ` +
    `(case store latency ${latencyMs} ms, concurrency ${drain.concurrency}: ceiling ${drain.ceilingPerSecond}/s)`,
);
console.log(
  `submit → commit on the hub: p50 ${drain.submitCommitMs.p50} ms, p95 ${drain.submitCommitMs.p95} ms, p99 ${drain.submitCommitMs.p99} ms`,
);
console.log(
  `${memory.pending} pending: RSS ${memory.rssMiB.before} → ${memory.rssMiB.after} MiB (${signed(memory.rssMiB.growth)}), ` +
    `heap ${memory.heapUsedMiB.before} → ${memory.heapUsedMiB.after} MiB (${signed(memory.heapUsedMiB.growth)})` +
    `${memory.gcExposed ? '' : ' (run with node --expose-gc for settled heap figures)'}`,
);
console.log(
  `outbox status with ${memory.pending} pending: p95 ${memory.outboxStatusP95Ms} ms; one delivery pass with no case store: ${memory.tickWithoutCaseStoreMs} ms`,
);

const dir = join(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
const today = result.date.slice(0, 10);
const previous = previousResult(dir, today);
if (previous) {
  const before = previous as {
    drain?: { requestsPerSecond?: number };
    memory?: { heapUsedMiB?: { growth?: number } };
  };
  console.log(
    `change from ${String(previous.date).slice(0, 10)}: drain ${before.drain?.requestsPerSecond}/s → ${drain.requestsPerSecond}/s, ` +
      `heap growth ${before.memory?.heapUsedMiB?.growth} → ${memory.heapUsedMiB.growth} MiB`,
  );
}
const file = values.out ?? join(dir, `case-requests-${today}.json`);
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
console.log(`wrote ${file}`);
