// The kiosk's display modes switched on all together, in the real system at the kiosk's own size (1080 × 1920
// portrait): the idle warning waits longer, passes the screen checks (kioskWalk: axe, targets, reach), extends
// with one tap, and the idle reset (on Playwright's clock) puts every mode back to default. Each mode on every
// screen in every language is in kioskMatrix.spec.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { defaultModes, idleTimeoutsFor } from '../../machines/kioskFlow.js';
import { assetsDir } from '../../main/paths.js';
import { testSiteConfig } from '../support/siteConfig.js';
import { injectAxe, walk } from './support/kioskWalk.js';
import { lobbyForTheseTests } from './support/lobby.js';

const lobby = lobbyForTheseTests();

/** The kiosk window's size (main/electron/window.ts). */
const kiosk = { width: 1080, height: 1920 };

test.use({ viewport: kiosk });

const message = (language: string, key: string): string => {
  const catalog = JSON.parse(readFileSync(join(assetsDir, 'locales', language, 'kiosk.json'), 'utf8'));
  const text = catalog[key];
  if (typeof text !== 'string') throw new Error(`no ${language}/kiosk:${key}`);
  return text;
};

/** Root attributes and font size that show no mode is on. */
async function expectPlainRoot(page: Page): Promise<void> {
  const html = page.locator('html');
  for (const attribute of ['data-text-size', 'data-contrast', 'data-layout']) {
    await expect(html).not.toHaveAttribute(attribute, /.*/);
  }
  expect(await html.evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
}

test('the idle warning waits longer in these modes, extends with one tap, and the reset turns every mode off', async ({
  page,
}) => {
  const plain = testSiteConfig().kiosk;
  const all = { ...defaultModes(), largeText: true, highContrast: true, seated: true };
  const { warningSeconds, graceSeconds } = idleTimeoutsFor(all, plain);
  expect(warningSeconds).toBeGreaterThan(plain.idleWarningSeconds);
  await page.clock.install();
  await page.goto(`${lobby.agent.url}/kiosk`);
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  // Activation on release: pressing the button does nothing until it is let go.
  await page.getByRole('button', { name: message('en', 'bar.display') }).hover();
  await page.mouse.down();
  expect(await page.evaluate(() => document.querySelector('dialog[open]'))).toBeNull();
  await page.mouse.up();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('button', { name: message('en', 'modes.close') }).click();
  for (const mode of ['largeText', 'highContrast', 'seated'] as const) {
    await page.getByRole('button', { name: message('en', 'bar.display') }).click();
    await page.getByTestId(`mode-${mode}`).click();
    await page.getByRole('button', { name: message('en', 'modes.close') }).click();
  }
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-text-size', 'large');
  await expect(html).toHaveAttribute('data-contrast', 'high');
  await expect(html).toHaveAttribute('data-layout', 'seated');
  await page.getByRole('button', { name: 'العربية', exact: true }).click();
  await expect(page.locator('.kiosk')).toHaveAttribute('lang', 'ar');

  const warning = page.getByRole('alertdialog');
  await page.clock.runFor(plain.idleWarningSeconds * 1000);
  await expect(warning).toHaveCount(0);
  await page.clock.runFor((warningSeconds - plain.idleWarningSeconds) * 1000);
  await expect(warning).toBeVisible();
  await injectAxe(page);
  const checked = await walk(page, 'all modes, ar', 'largeText+seated', [
    { do: 'check', screen: 'the idle warning', ready: { css: 'dialog[open] button' }, axe: true },
  ]);
  expect(checked).toEqual([]);
  await expect(warning).toContainText(String(graceSeconds));
  await warning.getByRole('button', { name: message('ar', 'idle.extend') }).click();
  await expect(warning).toHaveCount(0);

  await page.clock.runFor(warningSeconds * 1000);
  await expect(warning).toBeVisible();
  await page.clock.runFor(graceSeconds * 1000);
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expect(page.locator('.kiosk')).toHaveAttribute('lang', 'en');
  await expectPlainRoot(page);
});
