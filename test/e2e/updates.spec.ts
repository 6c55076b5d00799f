// App updates in /maintenance (Chromium, real hub process started with --updates-dir): the hub serves the
// release files; an administrator sees each device's version, starts a rollout on a pilot kiosk and halts it;
// axe on the panel.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { EnrolResult } from '../../machines/contracts/index.js';
import { writeUpdatesDir } from '../integration/updates/updateFolder.js';
import { createAdminViaCli, createEnrolmentCodeViaCli } from '../support/hubAuth.js';
import { type HubProcess, startHubProcess } from '../support/hubProcess.js';
import { writeTestSiteConfig } from '../support/siteConfig.js';
import { axeViolations } from './support/axe.js';
import { signInHere, staff } from './support/lobby.js';

let dataDir: string;
let hub: HubProcess;
const kioskName = 'Lobby kiosk by the door';

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lobby311-e2e-updates-'));
  const updatesDir = join(dataDir, 'updates');
  writeUpdatesDir(updatesDir, ['1.0.0', '1.1.0']);
  hub = await startHubProcess({
    dataDir: join(dataDir, 'hub'),
    config: writeTestSiteConfig(dataDir),
    args: ['--updates-dir', updatesDir],
  });
  await createAdminViaCli(hub.dataDir, staff.admin.username, staff.admin.password, staff.admin.displayName);
  // A kiosk enrolled with a token, reporting the version it runs with its health, as the agent does.
  const code = await createEnrolmentCodeViaCli(hub.dataDir, 'kiosk', kioskName);
  const enrolled = await fetch(`${hub.url}/api/devices/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, delivery: 'token' }),
  });
  const { token } = EnrolResult.parse(await enrolled.json());
  const at = new Date().toISOString();
  const health = await fetch(`${hub.url}/api/devices/me/health`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      printer: { state: 'ready', canPrint: true, fault: null, since: at, lastGoodAt: at },
      appVersion: '1.0.0',
    }),
  });
  expect(health.status).toBe(200);
});

test.afterAll(async () => {
  await hub?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('the hub serves the release files of its --updates-dir', async () => {
  const res = await fetch(`${hub.url}/updates/1.1.0/latest-linux.yml`);
  expect(res.status).toBe(200);
  expect((parse(await res.text()) as { version: string }).version).toBe('1.1.0');
});

test('an administrator starts a rollout on a pilot kiosk and halts it', async ({ page }) => {
  await page.goto(`${hub.url}/maintenance`);
  await signInHere(page, staff.admin);
  const panel = page.getByTestId('updates-panel');
  await expect(panel.getByRole('heading', { name: 'App updates' })).toBeVisible();
  await expect(panel.getByRole('row', { name: new RegExp(kioskName) })).toContainText('1.0.0');
  await expect(panel).toContainText('No rollout yet');
  expect(await axeViolations(page), 'axe violations on the updates panel').toEqual([]);

  await panel.getByLabel('Version', { exact: true }).selectOption('1.1.0');
  await panel.getByLabel('Minutes the pilot must work before the other kiosks follow').fill('30');
  await panel.getByRole('button', { name: 'Start the rollout' }).click();
  await expect(panel.getByRole('status')).toHaveText(`Rollout of 1.1.0 started on ${kioskName}.`);
  await expect(panel.getByTestId('rollout-plan')).toContainText(
    `Trying 1.1.0 on ${kioskName} first. The other kiosks follow once it has worked for 30 min.`,
  );

  await panel.getByRole('button', { name: 'Halt the rollout' }).click();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(panel.getByLabel(/^Why/)).toHaveAttribute('aria-invalid', 'true');
  await panel.getByLabel(/^Why/).fill('printer driver regression');
  await panel.getByRole('button', { name: 'Halt the rollout' }).click();
  await expect(panel.getByTestId('rollout-plan')).toContainText('Halted: every kiosk goes back to 1.0.0.');
  await expect(panel.getByTestId('rollout-plan')).toContainText('Reason: printer driver regression');
});
