// Time to interactive per screen in Chromium: navigation start (the page's performance.timeOrigin) → the first
// animation frame in which the screen's first working control is in the DOM, laid out, and enabled. Each run
// is a fresh context (empty cache), so every run loads the whole bundle from the server.
import type { Browser } from '@playwright/test';
import { percentiles } from '../lib/benchSection.js';
import { benchContext } from './browser.js';
import type { ScreenName } from './bundleSizes.js';
import type { StorageState } from './screenAccess.js';

export interface ScreenTarget {
  screen: ScreenName;
  url: string;
  /** The control that makes the screen usable (display: the board showing the hub's latest call). */
  ready: string;
  state?: StorageState;
}

export interface ScreenTti {
  screen: ScreenName;
  ready: string;
  runs: number;
  ms: ReturnType<typeof percentiles>;
}

declare global {
  interface Window {
    /** performance.now() of the first frame with the ready control usable; set by `markReady`. */
    benchReadyAt?: number;
  }
}

/** Init script: watches the DOM from the start and notes the first frame in which `selector` is usable. */
function markReady(selector: string): void {
  const usable = (element: Element | null): boolean => {
    if (!(element instanceof HTMLElement)) return false;
    const box = element.getBoundingClientRect();
    const disabled = 'disabled' in element && element.disabled === true;
    return box.width > 0 && box.height > 0 && !disabled && element.getAttribute('aria-disabled') !== 'true';
  };
  const observer = new MutationObserver(() => {
    if (!usable(document.querySelector(selector))) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.benchReadyAt = performance.now();
    });
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['disabled', 'aria-disabled', 'class', 'hidden', 'style'],
  });
}

async function once(browser: Browser, target: ScreenTarget): Promise<number> {
  const context = await benchContext(browser, target.state);
  try {
    await context.addInitScript(markReady, target.ready);
    const page = await context.newPage();
    await page.goto(target.url, { waitUntil: 'commit' });
    const readyAt = await page.waitForFunction(() => window.benchReadyAt, undefined, { timeout: 30_000 });
    return Number(await readyAt.jsonValue());
  } finally {
    await context.close();
  }
}

/** `warmup` discarded runs, then `runs` measured ones, per screen in turn. */
export async function timeToInteractive(
  browser: Browser,
  targets: readonly ScreenTarget[],
  runs: number,
  warmup: number,
): Promise<ScreenTti[]> {
  const results: ScreenTti[] = [];
  for (const target of targets) {
    for (let i = 0; i < warmup; i += 1) await once(browser, target);
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) samples.push(await once(browser, target));
    results.push({ screen: target.screen, ready: target.ready, runs, ms: percentiles(samples) });
  }
  return results;
}
