// The kiosk's display modes in the real system at the kiosk's own size (1080 × 1920 portrait): for the plain
// screen and each mode, the main steps (language, purpose, service, needs, interpreter, confirm, ticket) in English
// and Arabic pass axe (and the AAA 7:1 contrast rule in high contrast), every control is at least 44 × 44 px, the
// seated layout keeps every control below 40 % of the screen height, large text grows the root font without
// sideways scrolling; Done and the idle reset (on Playwright's clock) put every mode back to default.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { defaultModes, idleTimeoutsFor } from '../../machines/kioskFlow.js';
import { assetsDir } from '../../main/paths.js';
import { testSiteConfig } from '../support/siteConfig.js';
import { axeViolations } from './support/axe.js';
import { lobbyForTheseTests } from './support/lobby.js';

const lobby = lobbyForTheseTests();

/** The kiosk window's size (main/electron/window.ts). */
const kiosk = { width: 1080, height: 1920 };
/** Seated layout: no control above this share of the screen height (the 15–48 in reach band starts below). */
const REACH_TOP = 0.4;
const TARGET_MIN = 44;

test.use({ viewport: kiosk });

const message = (language: string, key: string): string => {
  const catalog = JSON.parse(readFileSync(join(assetsDir, 'locales', language, 'kiosk.json'), 'utf8'));
  const text = catalog[key];
  if (typeof text !== 'string') throw new Error(`no ${language}/kiosk:${key}`);
  return text;
};

type Mode = 'plain' | 'largeText' | 'highContrast' | 'seated';

/** Every control on screen (the open dialog's when one is open) with its box. */
async function controlBoxes(page: Page) {
  return page.evaluate(() => {
    const dialog = document.querySelector('dialog[open]');
    const scope = dialog ?? document;
    return [...scope.querySelectorAll('button, a[href], input, select, textarea, [role="button"]')]
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => {
        const box = element.getBoundingClientRect();
        const name = (element.textContent ?? '').trim().slice(0, 40) || element.outerHTML.slice(0, 60);
        return { name, top: box.top, bottom: box.bottom, width: box.width, height: box.height };
      });
  });
}

async function checkStep(page: Page, mode: Mode, where: string): Promise<void> {
  await page.screenshot({ path: `/tmp/shots/${where.replace(/[^a-z0-9]+/gi, '_')}.png`, fullPage: true });
  expect(await axeViolations(page), `axe on ${where}`).toEqual([]);
  if (mode === 'highContrast' && /service|confirm/.test(where)) {
    const enhanced = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
    expect(
      enhanced.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))),
      `7:1 contrast on ${where}`,
    ).toEqual([]);
  }
  const boxes = await controlBoxes(page);
  expect(boxes.length, `controls on ${where}`).toBeGreaterThan(0);
  const small = boxes.filter((b) => b.width < TARGET_MIN || b.height < TARGET_MIN);
  expect(small, `targets under 44 × 44 px on ${where}`).toEqual([]);
  if (mode === 'seated') {
    const outside = boxes.filter((b) => b.top < kiosk.height * REACH_TOP || b.bottom > kiosk.height);
    expect(outside, `controls outside the reach band on ${where}`).toEqual([]);
  }
  if (mode === 'largeText') {
    const sizes = await page.evaluate(() => ({
      root: Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    expect(sizes.root, `root font size on ${where}`).toBeGreaterThan(16);
    expect(sizes.overflow, `sideways overflow on ${where}`).toBeLessThanOrEqual(0);
  }
}

async function switchOn(page: Page, mode: Exclude<Mode, 'plain'>): Promise<void> {
  await page.getByRole('button', { name: message('en', 'bar.display') }).click();
  const toggle = page.getByTestId(`mode-${mode}`);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await checkStep(page, mode, `the display options (${mode})`);
  await page.getByRole('button', { name: message('en', 'modes.close') }).click();
}

/** Root attributes and font size that show no mode is on. */
async function expectPlainRoot(page: Page): Promise<void> {
  const html = page.locator('html');
  for (const attribute of ['data-text-size', 'data-contrast', 'data-layout']) {
    await expect(html).not.toHaveAttribute(attribute, /.*/);
  }
  expect(await html.evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
}

async function walk(page: Page, mode: Mode, language: string): Promise<void> {
  const at = (step: string) => `${step} (${mode}, ${language})`;
  await page.goto(`${lobby.agent.url}/kiosk`);
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expectPlainRoot(page);
  if (mode === 'plain') await page.getByRole('button', { name: 'Start', exact: true }).click();
  else await switchOn(page, mode);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(message('en', 'language.title'));
  await checkStep(page, mode, at('language'));
  await page.getByRole('button', { name: message(language, 'language.endonym'), exact: true }).click();
  await expect(page.locator('.kiosk')).toHaveAttribute('lang', language);
  await checkStep(page, mode, at('purpose'));
  await page.getByTestId('purpose-ticket').click();
  await expect(page.getByTestId('service-housing')).toBeVisible();
  await checkStep(page, mode, at('service'));
  await page.getByTestId('service-housing').click();
  await checkStep(page, mode, at('needs'));
  await page.getByRole('button', { name: message(language, 'needs.interpreter') }).click();
  await checkStep(page, mode, at('interpreter'));
  await page.getByRole('button', { name: message(language, 'interpreter.phone'), exact: true }).click();
  await page.getByRole('button', { name: message(language, 'needs.continue'), exact: true }).click();
  const confirm = page.getByRole('button', { name: message(language, 'confirm.submit'), exact: true });
  await expect(confirm).toBeVisible();
  await checkStep(page, mode, at('confirm'));
  await confirm.click();
  await expect(page.getByTestId('ticket-number')).toHaveText(/^H\d{3}$/);
  await checkStep(page, mode, at('ticket'));
  await page.getByRole('button', { name: message(language, 'ticket.done'), exact: true }).click();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expectPlainRoot(page);
}

/** Each mode once, in the language where it is most at risk: right-to-left for large text and the seated layout. */
const walks = [
  ['largeText', 'ar'],
  ['highContrast', 'en'],
  ['seated', 'ar'],
] as const;

for (const [mode, language] of walks) {
  test(`${mode} (${language}): the main kiosk steps pass axe, with big targets in reach`, async ({
    page,
  }) => {
    await walk(page, mode, language);
  });
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
  await checkStep(page, 'seated', 'the idle warning (all modes, ar)');
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
