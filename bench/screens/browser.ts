// Debian's Chromium for the screen benchmarks, launched as the end-to-end tests launch it.
import { type Browser, type BrowserContext, chromium } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config.js';

/**
 * tsx (esbuild with keepNames) wraps named functions in `__name(fn, "name")`, so a function handed to
 * `page.evaluate` from a tsx-run benchmark refers to a helper the page does not have; this gives it one.
 */
const keepNamesShim = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
}

/** A fresh context (empty cache, no cookies unless `storageState` is given) ready for `page.evaluate`. */
export async function benchContext(
  browser: Browser,
  storageState?: Awaited<ReturnType<BrowserContext['storageState']>>,
): Promise<BrowserContext> {
  const context = await browser.newContext(storageState ? { storageState } : {});
  await context.addInitScript(keepNamesShim);
  return context;
}
