// Takes the maintenance-screen screenshots in docs/runbook-facilities.md (docs/images/*.png) from the real hub,
// kiosk agent and virtual printer the browser tests use. Run by hand after a screen change, never in npm test:
//   flock /tmp/lobby-e2e.lock sh -c 'npm run build && npx tsx scripts/runbookScreenshots.ts'
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Locator, type Page } from '@playwright/test';
import { projectRoot } from '../main/paths.js';
import { chromiumArgs } from '../playwright.config.js';
import { kioskName, type Lobby, openSignedIn, staff, startLobby } from '../test/e2e/support/lobby.js';

const imagesDir = join(projectRoot, 'docs', 'images');
const viewport = { width: 1280, height: 800 };
const waitMs = 20_000;

/** Scrolls `focus` to the top of the window and saves the window (one viewport) as docs/images/<name>.png. */
async function shoot(page: Page, focus: Locator, name: string): Promise<void> {
  await focus.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const path = join(imagesDir, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  console.log(`${path}: ${Math.round(statSync(path).size / 1024)} KB`);
}

/** Presses the Devices list's Refresh until `shown` appears (the list also refreshes itself every 30 s). */
async function refreshUntil(page: Page, shown: Locator): Promise<void> {
  const deadline = Date.now() + 3 * waitMs;
  for (;;) {
    await page.getByRole('button', { name: 'Refresh Devices' }).click();
    try {
      await shown.waitFor({ timeout: 2_000 });
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
    }
  }
}

async function takeScreenshots(lobby: Lobby, page: Page): Promise<void> {
  await openSignedIn(page, lobby, '/maintenance', staff.facilities);
  const devices = page.getByRole('region', { name: 'Devices' });
  const kioskRow = page.getByRole('row').filter({ hasText: kioskName });
  const commandStatus = page.getByTestId('device-command-status');
  const actions = page.getByRole('group', { name: `Actions for ${kioskName}` });
  await kioskRow.getByText('Ready').waitFor({ timeout: waitMs });
  await shoot(page, devices, 'maintenance-devices');

  lobby.printer.setPaper('out');
  await actions.getByRole('button', { name: 'Test print' }).click();
  await commandStatus.getByText(/Test print on .* failed/).waitFor({ timeout: waitMs });
  await refreshUntil(page, kioskRow.getByText('Out of paper'));
  await shoot(page, devices, 'maintenance-paper-out');

  lobby.printer.setPaper('ok');
  await actions.getByRole('button', { name: 'Clear fault' }).click();
  await commandStatus.getByText('Printer ready').waitFor({ timeout: waitMs });
  await refreshUntil(page, kioskRow.getByText('Ready', { exact: true }));
  await actions.getByRole('button', { name: 'Test print' }).click();
  await commandStatus.getByText(/Test print on .*: done/).waitFor({ timeout: waitMs });
  await shoot(page, devices, 'maintenance-fault-cleared');

  await page.getByLabel('Kiosk', { exact: true }).check();
  await page.getByLabel('Name', { exact: true }).fill('Lobby kiosk by the elevators');
  await page.getByRole('button', { name: 'Create set-up code' }).click();
  await page.getByTestId('enrolment-code').waitFor({ timeout: waitMs });
  await shoot(page, page.getByRole('region', { name: /Set-up code for/ }), 'maintenance-enrolment-code');
}

async function main(): Promise<void> {
  mkdirSync(imagesDir, { recursive: true });
  const lobby = await startLobby();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  try {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    await takeScreenshots(lobby, page);
  } finally {
    await browser.close();
    await lobby.stop();
  }
}

await main();
