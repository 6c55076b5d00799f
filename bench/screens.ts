// Screens benchmark: built bundle size per screen (gzip), time to interactive of each screen in Chromium, call →
// number rendered on the lobby display, and the kiosk page's memory over thousands of visitor flows in one page,
// all against the real hub, kiosk agent and a virtual TCP printer (started as the end-to-end tests start them).
//   npx tsx bench/screens.ts [--smoke]   (needs `npm run build`; hold /tmp/lobby-e2e.lock while it runs)
import type { Browser } from '@playwright/test';
import { type Lobby, staff, startLobby } from '../test/e2e/support/lobby.js';
import { type BenchOptions, type BenchSection, setting } from './lib/benchSection.js';
import { runIfMain } from './lib/report.js';
import { launchBenchBrowser } from './screens/browser.js';
import { bundleSizes } from './screens/bundleSizes.js';
import { callToDisplay } from './screens/callToDisplay.js';
import { type SoakResult, soakKiosk } from './screens/kioskSoak.js';
import { displayState, staffState } from './screens/screenAccess.js';
import { type ScreenTarget, timeToInteractive } from './screens/timeToInteractive.js';

const mib = (bytes: number) => Math.round((bytes / 1024 ** 2) * 100) / 100;
const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Targets, in words and as numbers. */
const targets = {
  kioskJsGzipKiB: 400,
  ttiP95Ms: 2000,
  callShownP95Ms: 250,
  /** Heap growth from the first sample after warm-up to the end, as a share of that sample. */
  heapGrowthShare: 0.1,
};

/** Least-squares slope of `y` over `x` (0 with fewer than two points). */
function slope(points: readonly { x: number; y: number }[]): number {
  if (points.length < 2) return 0;
  const mean = (f: (p: { x: number; y: number }) => number) =>
    points.reduce((a, p) => a + f(p), 0) / points.length;
  const mx = mean((p) => p.x);
  const my = mean((p) => p.y);
  const covariance = points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0);
  const variance = points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  return variance === 0 ? 0 : covariance / variance;
}

/**
 * Heap, DOM nodes and listeners after warm-up (the first sample at or past `warmupFlows`) and at the end. DOM
 * nodes and listeners are judged by the lowest of the last three samples: what the screen shows at the moment
 * of a sample (a notice, a dialog) adds a few for a while, while a leak raises the floor.
 */
function soakFigures(soak: SoakResult, warmupFlows: number) {
  const first = soak.samples[0]!;
  const warm = soak.samples.find((s) => s.flows >= warmupFlows) ?? first;
  const last = soak.samples.at(-1)!;
  const tail = soak.samples.slice(-3);
  const afterWarmup = soak.samples.filter((s) => s.flows >= warm.flows);
  return {
    flows: soak.flowsRun,
    startHeapMiB: mib(first.heapUsedBytes),
    warmHeapMiB: mib(warm.heapUsedBytes),
    endHeapMiB: mib(last.heapUsedBytes),
    growthAfterWarmupMiB: mib(last.heapUsedBytes - warm.heapUsedBytes),
    growthShare: (last.heapUsedBytes - warm.heapUsedBytes) / warm.heapUsedBytes,
    heapSlopeKiBPer1000Flows: kib(slope(afterWarmup.map((s) => ({ x: s.flows / 1000, y: s.heapUsedBytes })))),
    warmDomNodes: warm.domNodes,
    endDomNodesFloor: Math.min(...tail.map((s) => s.domNodes)),
    warmListeners: warm.jsEventListeners,
    endListenersFloor: Math.min(...tail.map((s) => s.jsEventListeners)),
    maxListeners: Math.max(...soak.samples.map((s) => s.jsEventListeners)),
    flowsPerSecond: Math.round((soak.flowsRun / (last.elapsedMs / 1000)) * 10) / 10,
  };
}

/** The measurements, on a running lobby and browser (the smoke test shares its own). */
export async function measureScreens(
  options: BenchOptions,
  lobby: Lobby,
  browser: Browser,
): Promise<BenchSection> {
  const smoke = options.smoke;
  const ttiRuns = setting(options, 'screens.ttiRuns', smoke ? 1 : 10);
  const calls = setting(options, 'screens.calls', smoke ? 3 : 100);
  const flows = setting(options, 'screens.flows', smoke ? 6 : 5000);
  const sampleEvery = setting(options, 'screens.sampleEvery', smoke ? 3 : 500);
  const budgetMs = setting(options, 'screens.soakMinutes', smoke ? 1 : 20) * 60_000;
  const bundles = bundleSizes();
  const display = await displayState(browser, lobby);
  // First: it leaves calls on the board, which the display's time to interactive waits for.
  const called = await callToDisplay(browser, lobby, display, calls, smoke ? 0 : 5);
  const screenTargets: ScreenTarget[] = [
    { screen: 'kiosk', url: `${lobby.agent.url}/kiosk`, ready: '.screen--welcome .button--start' },
    {
      screen: 'desk',
      url: `${lobby.hub.url}/desk`,
      ready: '#counter-select',
      state: await staffState(browser, lobby, staff.desk),
    },
    {
      screen: 'display',
      url: `${lobby.hub.url}/display`,
      ready: '[data-testid="now-calling-ticket"]',
      state: display,
    },
    {
      screen: 'maintenance',
      url: `${lobby.hub.url}/maintenance`,
      ready: '[data-testid="queue-intake-table"] button',
      state: await staffState(browser, lobby, staff.supervisor),
    },
  ];
  const tti = await timeToInteractive(browser, screenTargets, ttiRuns, smoke ? 0 : 2);
  const soak = await soakKiosk(browser, lobby, { flows, sampleEvery, budgetMs });
  const memory = soakFigures(soak, sampleEvery);

  const figures: Record<string, number> = {};
  for (const b of bundles) {
    figures[`bundle.${b.screen}.jsGzipKiB`] = kib(b.jsGzipBytes);
    figures[`bundle.${b.screen}.cssGzipKiB`] = kib(b.cssGzipBytes);
  }
  for (const t of tti) {
    figures[`tti.${t.screen}.p50Ms`] = t.ms.p50;
    figures[`tti.${t.screen}.p95Ms`] = t.ms.p95;
  }
  figures['callShown.p50Ms'] = called.shownMs.p50;
  figures['callShown.p95Ms'] = called.shownMs.p95;
  figures['callShown.p99Ms'] = called.shownMs.p99;
  figures['kioskSoak.flows'] = memory.flows;
  figures['kioskSoak.tickets'] = soak.tickets;
  figures['kioskSoak.refusedByRateLimit'] = soak.refused;
  figures['kioskSoak.warmHeapMiB'] = memory.warmHeapMiB;
  figures['kioskSoak.endHeapMiB'] = memory.endHeapMiB;
  figures['kioskSoak.growthAfterWarmupMiB'] = memory.growthAfterWarmupMiB;
  figures['kioskSoak.heapSlopeKiBPer1000Flows'] = memory.heapSlopeKiBPer1000Flows;
  figures['kioskSoak.endDomNodes'] = memory.endDomNodesFloor;
  figures['kioskSoak.endListeners'] = memory.endListenersFloor;

  const kioskBundle = bundles.find((b) => b.screen === 'kiosk')!;
  const met =
    kib(kioskBundle.jsGzipBytes) < targets.kioskJsGzipKiB &&
    tti.every((t) => t.ms.p95 < targets.ttiP95Ms) &&
    called.shownMs.p95 < targets.callShownP95Ms &&
    memory.growthShare < targets.heapGrowthShare &&
    memory.endDomNodesFloor <= memory.warmDomNodes * 1.1 &&
    memory.endListenersFloor <= memory.warmListeners * 1.1;
  return {
    name: 'screens',
    measured:
      `bundle gzip per screen; navigation → first usable control (${ttiRuns} cold loads per screen); ` +
      `desk Call next request → number in the display's DOM (${calls} calls); kiosk page heap, DOM nodes and ` +
      `listeners over ${soak.flowsRun} visitor flows in one page`,
    runs: ttiRuns * tti.length + calls + soak.flowsRun,
    figures,
    target: {
      text:
        `kiosk JS < ${targets.kioskJsGzipKiB} KiB gzip; every screen's TTI P95 < ${targets.ttiP95Ms} ms; ` +
        `call → display P95 < ${targets.callShownP95Ms} ms; kiosk heap after warm-up grows < ` +
        `${targets.heapGrowthShare * 100} %, DOM nodes and listeners < 10 %`,
      met,
    },
    detail: {
      bundles,
      timeToInteractive: tti,
      callToDisplay: called,
      kioskSoak: { ...memory, requested: flows, ...soak },
    },
  };
}

export async function run(options: BenchOptions): Promise<BenchSection> {
  // The kiosk may issue a ticket on every flow of the soak: the agent's limit (a real kiosk's is 5 at once, then
  // one per 4 s) and the hub's per-kiosk budget (60 requests a minute) are raised.
  const lobby = await startLobby({ ticketLimit: '10000/1', kioskPerMinute: 100_000 });
  const browser = await launchBenchBrowser();
  try {
    return await measureScreens(options, lobby, browser);
  } finally {
    await browser.close();
    await lobby.stop();
  }
}

await runIfMain(import.meta, run);
