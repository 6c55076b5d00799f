// Soak: a simulated month of a busy site on a simulated clock — the kiosk agent's service issuing and printing
// every ticket over real HTTP and TCP (virtual printer in its own process), desks calling, serving and
// completing over HTTP, walk-in requests, printer faults and a weekly hub restart — with memory after gc,
// event-loop delay, and handles, sockets and listeners counted at the start, every simulated week and the end.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { createHubClient } from '../machines/contracts/index.js';
import { addDays, instantOfLocal, type LocalDate } from '../machines/time/localClock.js';
import { createDeviceCredential } from '../main/agent/deviceCredential.js';
import { fetchWithTimeout } from '../main/agent/kioskAgent.js';
import { createKioskService } from '../main/agent/kioskService.js';
import { loadCatalogs } from '../main/localesFromDisk.js';
import { projectRoot } from '../main/paths.js';
import { openPrinter } from '../printers/printer.js';
import { loadSiteConfig } from './lib/benchHub.js';
import { type BenchOptions, type BenchSection, percentiles, setting } from './lib/benchSection.js';
import { simulatedClock, startInProcessHub } from './lib/inProcessHub.js';
import { runIfMain } from './lib/report.js';
import { deskUsernames, simulateSiteDay } from './lib/siteDay.js';

const targetGrowthPercent = 10;
const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

interface Checkpoint {
  day: number;
  rssMiB: number;
  heapUsedMiB: number;
  /** Event-loop delay since the previous checkpoint (ms). */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** process.getActiveResourcesInfo() by kind (TCPSocketWrap, Timeout, FSReqCallback…). */
  resources: Record<string, number>;
  resourcesTotal: number;
  processListeners: number;
  hubSockets: number;
}

async function startPrinterProcess() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/lib/printerChild.ts'], {
    cwd: projectRoot,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /virtual printer on (\S+)/.exec(line);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the virtual printer exited with ${code}`)));
  });
  return {
    url,
    tell: (line: string) => child.stdin.write(`${line}\n`),
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin.end();
      await exited;
    },
  };
}

function settle(): void {
  for (let i = 0; i < 3; i += 1) global.gc?.();
}

export async function run(options: BenchOptions): Promise<BenchSection> {
  const days = setting(options, 'soak.days', options.smoke ? 2 : 30);
  const visitsPerDay = setting(options, 'soak.visitsPerDay', options.smoke ? 12 : 1500);
  const config = loadSiteConfig(6);
  const counters = config.counters.map((c) => c.id);
  const timeZone = config.site.timeZone;
  const root = mkdtempSync(join(tmpdir(), 'lobby311-bench-soak-'));
  const first: LocalDate = { year: 2026, month: 9, day: 1 };
  const clock = simulatedClock(instantOfLocal(first, '07:00', timeZone).getTime());
  const hub = await startInProcessHub({
    dataDir: join(root, 'hub'),
    config,
    clock,
    usernames: deskUsernames(counters),
    port: 0,
  });
  const printer = await startPrinterProcess();
  const kiosk = hub.enrol('kiosk', 'Soak kiosk');
  const hubUrl = hub.url ?? '';
  mkdirSync(join(root, 'agent'));
  const credential = createDeviceCredential({ deviceId: kiosk.deviceId, token: kiosk.token }, kiosk.deviceId);
  const agent = createKioskService({
    hub: createHubClient(hubUrl, fetchWithTimeout(4_000), { headers: credential.headers }),
    printer: openPrinter(printer.url),
    catalogs: loadCatalogs(),
    credential,
    now: clock.now,
    printerHealth: {},
    instructions: {},
    offline: { dataDir: join(root, 'agent') },
    notices: { hubUrl },
  });
  const post = async (path: string, headers: Record<string, string>, body: unknown) => {
    const res = await fetch(`${hubUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
  };
  const services = config.services.map((s) => s.id);
  // Weekly, or on the last day of a run shorter than a week.
  const restartOn = (d: number) => d % 7 === 6 || (days < 7 && d === days - 1);
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const checkpoints: Checkpoint[] = [];
  const checkpoint = (day: number) => {
    settle();
    const memory = process.memoryUsage();
    const resources: Record<string, number> = {};
    for (const kind of process.getActiveResourcesInfo()) resources[kind] = (resources[kind] ?? 0) + 1;
    checkpoints.push({
      day,
      rssMiB: mib(memory.rss),
      heapUsedMiB: mib(memory.heapUsed),
      loopDelayP99Ms: Math.round(loopDelay.percentile(99) / 1e4) / 100,
      loopDelayMaxMs: Math.round(loopDelay.max / 1e4) / 100,
      resources,
      resourcesTotal: Object.values(resources).reduce((a, b) => a + b, 0),
      processListeners: process.eventNames().reduce((sum, name) => sum + process.listenerCount(name), 0),
      hubSockets: hub.hub.app.websocketServer.clients.size,
    });
    loopDelay.reset();
  };

  const takeTicketMs: number[] = [];
  let visits = 0;
  let printed = 0;
  let requests = 0;
  let restarts = 0;
  try {
    checkpoint(0);
    for (let d = 0; d < days; d += 1) {
      const date = addDays(first, d);
      const faultAt = Math.floor(visitsPerDay / 3);
      const restartAt = Math.floor(visitsPerDay / 2);
      await simulateSiteDay(
        {
          post,
          login: hub.login,
          setClock: clock.set,
          issue: async (visit) => {
            const started = performance.now();
            const result = await agent.takeTicket({
              requestId: randomUUID(),
              serviceId: services[visit % services.length] ?? 'utility-bills',
              language: visit % 5 === 0 ? 'es' : 'en',
              needs: { interpreter: null, accessibility: [] },
            });
            takeTicketMs.push(performance.now() - started);
            if (result.print.ok) printed += 1;
          },
        },
        {
          date,
          timeZone,
          visits: visitsPerDay,
          counters,
          afterVisit: async (visit) => {
            visits += 1;
            if (visit === faultAt) printer.tell('paper out');
            if (visit === faultAt + 3) printer.tell('paper ok');
            if (visit % 100 === 5) {
              await agent.submitRequest({
                requestId: randomUUID(),
                serviceCode: 'water-leak',
                answers: { leak_location: 'street' },
                location: { kind: 'address', address: `${100 + visit} SW Main St` },
                description: 'Water running across the sidewalk',
                contact: null,
                language: 'en',
                capturedAt: clock.now().toISOString(),
              });
              requests += 1;
            }
            if (restartOn(d) && visit === restartAt) {
              await hub.restart();
              restarts += 1;
            }
          },
        },
      );
      clock.set(instantOfLocal(addDays(date, 1), '07:00', timeZone).getTime());
      if (d === 0 || (d + 1) % 7 === 0 || d === days - 1) checkpoint(d + 1);
    }
  } finally {
    loopDelay.disable();
    await agent.close();
    await hub.close();
    await printer.close();
    rmSync(root, { recursive: true, force: true });
  }

  // Growth after warm-up: the first simulated day's checkpoint against the last.
  const warm = checkpoints[1] ?? checkpoints[0]!;
  const end = checkpoints.at(-1)!;
  const growth = (from: number, to: number) => Math.round(((to - from) / from) * 1000) / 10;
  const rssGrowth = growth(warm.rssMiB, end.rssMiB);
  const heapGrowth = growth(warm.heapUsedMiB, end.heapUsedMiB);
  return {
    name: 'soak',
    measured: `${days} simulated days × ${visitsPerDay} visits through the kiosk agent and hub (desks over HTTP, walk-in requests, printer faults, weekly hub restart)`,
    runs: visits,
    figures: {
      rssGrowthPercent: rssGrowth,
      heapGrowthPercent: heapGrowth,
      endRssMiB: end.rssMiB,
      endHeapUsedMiB: end.heapUsedMiB,
      'takeTicket.p50Ms': percentiles(takeTicketMs).p50,
      'takeTicket.p95Ms': percentiles(takeTicketMs).p95,
      worstLoopDelayP99Ms: Math.max(...checkpoints.map((c) => c.loopDelayP99Ms)),
      resourcesGrowth: end.resourcesTotal - warm.resourcesTotal,
      listenersGrowth: end.processListeners - warm.processListeners,
    },
    target: {
      text: `RSS and heap grow < ${targetGrowthPercent} % from the end of day 1 to the end${global.gc ? '' : ' (run with --expose-gc: figures unsettled)'}`,
      met: rssGrowth < targetGrowthPercent && heapGrowth < targetGrowthPercent,
    },
    detail: { gcExposed: global.gc !== undefined, printed, walkInRequests: requests, restarts, checkpoints },
  };
}

await runIfMain(import.meta, run);
