// Walk-in request benchmark: (1) drain rate after an outage — a backlog of requests committed on the real hub
// (SQLite) while nothing was delivered, then sent to the fake Open311 case store answering with realistic
// latency; (2) the hub's memory and outbox-status time with 10,000 requests pending.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SiteConfig, SubmitCaseRequestBody } from '../machines/contracts/index.js';
import { createAuthService } from '../main/hub/auth/authService.js';
import { createOpen311Adapter } from '../main/hub/cases/open311/open311Adapter.js';
import { loadSiteConfig } from '../main/hub/loadConfig.js';
import { createHub, type Hub } from '../main/hub/server.js';
import { openHubDatabase } from '../main/hub/store/hubDatabase.js';
import { createSqliteAuthStore } from '../main/hub/store/sqliteAuthStore.js';
import { defaultSiteConfig } from '../main/paths.js';
import { startFakeCaseStore } from '../test/fakes/fakeCaseStore.js';
import { type BenchOptions, type BenchSection, percentiles, setting } from './lib/benchSection.js';
import { runIfMain } from './lib/report.js';

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

const round = (x: number, places = 2) => Math.round(x * 10 ** places) / 10 ** places;
const mib = (bytes: number) => round(bytes / 1024 / 1024, 1);

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

async function drainBenchmark(backlog: number, latencyMs: number) {
  const fake = await startFakeCaseStore({ apiKey: 'bench-key' });
  fake.setFaults([{ kind: 'slow', delayMs: latencyMs, route: 'submit' }]);
  const { hub, headers, close } = await startHub(fake.baseUrl);
  const submitMs = percentiles(await submitMany(hub, headers, backlog));
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
    submitCommitMs: submitMs,
  };
}

async function memoryBenchmark(pendingCount: number) {
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
  return {
    pending: pendingCount,
    gcExposed: global.gc !== undefined,
    rssMiB: { before: mib(before.rss), after: mib(after.rss), growth: mib(after.rss - before.rss) },
    heapUsedMiB: {
      before: mib(before.heapUsed),
      after: mib(after.heapUsed),
      growth: mib(after.heapUsed - before.heapUsed),
    },
    outboxStatusP95Ms: percentiles(statusTimes).p95,
    tickWithoutCaseStoreMs: round(tickMs),
  };
}

export async function run(options: BenchOptions): Promise<BenchSection> {
  const backlog = setting(options, 'caseRequests.backlog', options.smoke ? 10 : 1000);
  const pending = setting(options, 'caseRequests.pending', options.smoke ? 20 : 10_000);
  const latencyMs = setting(options, 'caseRequests.latencyMs', options.smoke ? 5 : 80);
  const drain = await drainBenchmark(backlog, latencyMs);
  const memory = await memoryBenchmark(pending);
  return {
    name: 'caseRequests',
    measured:
      `walk-in requests: drain of a ${backlog}-request backlog to a case store answering after ${latencyMs} ms; ` +
      `hub memory and outbox status with ${pending} pending`,
    runs: backlog + pending,
    figures: {
      'drain.requestsPerSecond': drain.requestsPerSecond,
      'drain.ceilingPerSecond': drain.ceilingPerSecond,
      'submit.p50Ms': drain.submitCommitMs.p50,
      'submit.p95Ms': drain.submitCommitMs.p95,
      'submit.p99Ms': drain.submitCommitMs.p99,
      'pending.rssGrowthMiB': memory.rssMiB.growth,
      'pending.heapGrowthMiB': memory.heapUsedMiB.growth,
      'pending.outboxStatusP95Ms': memory.outboxStatusP95Ms,
      'pending.tickMs': memory.tickWithoutCaseStoreMs,
    },
    target: null,
    detail: { drain, memory },
  };
}

await runIfMain(import.meta, run);
