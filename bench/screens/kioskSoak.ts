// The kiosk page's memory over many consecutive visitor flows in one page: JS heap (after a forced GC), DOM
// nodes and event listeners, read over CDP at the start, every `sampleEvery` flows and at the end.
import type { Browser, CDPSession } from '@playwright/test';
import type { Lobby } from '../../test/e2e/support/lobby.js';
import { testSiteConfig } from '../../test/support/siteConfig.js';
import { benchContext } from './browser.js';
import { runKioskFlows } from './kioskFlowDriver.js';

export interface SoakOptions {
  flows: number;
  sampleEvery: number;
  /** Stop after the batch that passes this much time, and report how many flows ran. */
  budgetMs: number;
}

export interface MemorySample {
  flows: number;
  elapsedMs: number;
  heapUsedBytes: number;
  domNodes: number;
  jsEventListeners: number;
  documents: number;
}

export interface SoakResult {
  flowsRun: number;
  stoppedByBudget: boolean;
  tickets: number;
  notPrinted: number;
  refused: number;
  lastNumbers: string[];
  samples: MemorySample[];
}

async function sample(cdp: CDPSession, flows: number, startedAt: number): Promise<MemorySample> {
  // Two collections: the first can leave garbage that only a second one frees (weak callbacks, finalizers).
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return {
    flows,
    elapsedMs: Math.round(performance.now() - startedAt),
    heapUsedBytes: heap.usedSize,
    domNodes: dom.nodes,
    jsEventListeners: dom.jsEventListeners,
    documents: dom.documents,
  };
}

/** Site services with no daily cap: each has its queue's full day of numbers for the run. */
function uncappedServices(): string[] {
  return testSiteConfig()
    .services.filter((s) => s.dailyCap === undefined || s.dailyCap === null)
    .map((s) => s.id);
}

export async function soakKiosk(browser: Browser, lobby: Lobby, options: SoakOptions): Promise<SoakResult> {
  const context = await benchContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${lobby.agent.url}/kiosk`);
    await page.locator('.screen--welcome .button--start').waitFor();
    const cdp = await context.newCDPSession(page);
    const startedAt = performance.now();
    const samples = [await sample(cdp, 0, startedAt)];
    const languages = testSiteConfig().languages;
    const services = uncappedServices();
    let flowsRun = 0;
    let tickets = 0;
    let notPrinted = 0;
    let refused = 0;
    let lastNumbers: string[] = [];
    while (flowsRun < options.flows && performance.now() - startedAt < options.budgetMs) {
      const count = Math.min(options.sampleEvery, options.flows - flowsRun);
      const batch = await page.evaluate(runKioskFlows, {
        first: flowsRun,
        count,
        languages,
        services,
        stepTimeoutMs: 15_000,
      });
      flowsRun += batch.completed;
      tickets += batch.tickets;
      notPrinted += batch.notPrinted;
      refused += batch.refused;
      if (batch.lastNumbers.length > 0) lastNumbers = batch.lastNumbers;
      samples.push(await sample(cdp, flowsRun, startedAt));
    }
    return {
      flowsRun,
      stoppedByBudget: flowsRun < options.flows,
      tickets,
      notPrinted,
      refused,
      lastNumbers,
      samples,
    };
  } finally {
    await context.close();
  }
}
