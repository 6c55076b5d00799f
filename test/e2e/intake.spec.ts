// Honest intake end to end (Chromium, real hub + kiosk agent + virtual printer): a supervisor closes a queue
// in /maintenance and the kiosk shows that service closed with the advice, then choosable again once reopened;
// after a few visits were served the kiosk shows an estimate; service levels show figures and the CSV downloads;
// axe on the new panels and on the closed-service kiosk screen.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { createHubClient, type HubClient } from '../../machines/contracts/index.js';
import { startVirtualPrinter } from '../fakes/virtualPrinter.js';
import { type AgentProcess, startAgentProcess } from '../support/agentProcess.js';
import { createAdminViaCli, createEnrolmentCodeViaCli, createStaffUser, login } from '../support/hubAuth.js';
import { type HubProcess, startHubProcess } from '../support/hubProcess.js';
import { writeTestSiteConfig } from '../support/siteConfig.js';
import { axeViolations } from './support/axe.js';
import { signInHere, staff } from './support/lobby.js';

let dataDir: string;
let hub: HubProcess;
let agent: AgentProcess;
let printer: Awaited<ReturnType<typeof startVirtualPrinter>>;
let desk: HubClient;

/** The kiosk advice for a service closed for the day. */
const advice =
  'No more tickets today for this service. Come back tomorrow, call 311 (503-823-4000), or use portland.gov/311';

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lobby311-e2e-intake-'));
  const hubDataDir = join(dataDir, 'hub');
  // Opening hours off (the test passes at any hour); every browser signs in from 127.0.0.1.
  const config = writeTestSiteConfig(dataDir, (c) => ({
    ...c,
    security: { ...c.security, rateLimits: { ...c.security.rateLimits, loginPerMinute: 200 } },
  }));
  printer = await startVirtualPrinter({ port: 0, outDir: join(dataDir, 'printer') });
  hub = await startHubProcess({ dataDir: hubDataDir, config });
  await createAdminViaCli(hubDataDir, staff.admin.username, staff.admin.password, staff.admin.displayName);
  const adminCookie = await login(hub.url, staff.admin.username, staff.admin.password);
  for (const account of [staff.desk, staff.supervisor]) await createStaffUser(hub.url, adminCookie, account);
  agent = await startAgentProcess({
    hubUrl: hub.url,
    printer: printer.url,
    dataDir: join(dataDir, 'agent'),
    enrolCode: await createEnrolmentCodeViaCli(hubDataDir, 'kiosk', 'Intake test kiosk'),
  });
  const deskCookie = await login(hub.url, staff.desk.username, staff.desk.password);
  desk = createHubClient(hub.url, (url, init) => fetch(url, init), {
    headers: () => ({ cookie: deskCookie }),
  });
});

test.afterAll(async () => {
  await agent?.stop();
  await hub?.stop();
  await printer?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function expectNoViolations(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${where}`).toEqual([]);
}

async function openMaintenanceAsSupervisor(page: Page): Promise<void> {
  await page.goto(`${hub.url}/maintenance`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await signInHere(page, staff.supervisor);
}

/** Opens the kiosk's service screen in English (opening it asks the hub for the intake). */
async function kioskServices(page: Page): Promise<void> {
  await page.goto(`${agent.url}/kiosk`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByTestId('purpose-ticket').click();
  await expect(page.getByRole('heading', { level: 1, name: 'What did you come in for?' })).toBeVisible();
}

test('a supervisor closes a queue: the kiosk shows it closed with the advice; reopened, it can be chosen', async ({
  browser,
}) => {
  // Separate contexts (axe needs pages made through a context): the supervisor's cookie stays off the kiosk.
  const supervisorContext = await browser.newContext();
  const kioskContext = await browser.newContext();
  const supervisor = await supervisorContext.newPage();
  const kiosk = await kioskContext.newPage();
  await openMaintenanceAsSupervisor(supervisor);
  const row = supervisor.getByTestId('queue-intake-permits');
  await expect(row).toContainText('Open');
  await expectNoViolations(supervisor, 'maintenance queue intake and service levels panels');
  await row.getByRole('button', { name: 'Close for today Permits and development' }).click();
  await expect(row).toContainText('Close Permits and development for the rest of today?');
  await row.getByRole('button', { name: 'Yes, close it' }).click();
  await expect(supervisor.getByRole('status').filter({ hasText: 'is closed to new visitors' })).toBeVisible();
  await expect(row).toContainText('Closed for today');
  await expectNoViolations(supervisor, 'maintenance after closing a queue');

  await kioskServices(kiosk);
  const permits = kiosk.getByTestId('service-permits');
  await expect(permits).toHaveAttribute('aria-disabled', 'true');
  await expect(permits).toContainText('Closed');
  await expect(permits).toContainText(advice);
  await expectNoViolations(kiosk, 'kiosk service step with a closed service');
  // Playwright will not tap an aria-disabled button by itself; a visitor can, and nothing happens.
  await permits.click({ force: true });
  await expect(kiosk.getByRole('heading', { level: 1, name: 'What did you come in for?' })).toBeVisible();
  await expect(kiosk.getByTestId('service-parking')).not.toHaveAttribute('aria-disabled', 'true');

  await row.getByRole('button', { name: 'Open again Permits and development' }).click();
  await row.getByRole('button', { name: 'Yes, open it' }).click();
  await expect(row).toContainText('Open');
  await expect(row).not.toContainText('Closed for today');

  await kioskServices(kiosk);
  await expect(permits).not.toHaveAttribute('aria-disabled', 'true');
  await expect(permits).not.toContainText(advice);
  await permits.click();
  await expect(kiosk.getByRole('button', { name: 'No, continue' })).toBeVisible();
  await supervisorContext.close();
  await kioskContext.close();
});

test('the kiosk shows an estimate once a few visits were served, and repeats it before the ticket', async ({
  page,
}) => {
  await desk.call('counterSignIn', { params: { counterId: 'counter-3' }, body: {} });
  for (let visit = 0; visit < 3; visit += 1) {
    await desk.call('issueTicket', {
      body: {
        requestId: randomUUID(),
        serviceId: 'permits',
        language: 'en',
        needs: { interpreter: null, accessibility: [] },
        deviceId: 'desk-e2e',
      },
    });
    const { ticket } = await desk.call('callNext', {
      params: { counterId: 'counter-3' },
      body: { requestId: randomUUID() },
    });
    await desk.call('arrive', { params: { ticketId: ticket.id }, body: {} });
    await desk.call('complete', { params: { ticketId: ticket.id }, body: { outcomeId: 'resolved' } });
  }
  await kioskServices(page);
  const permits = page.getByTestId('service-permits');
  await expect(permits).toContainText(/Nobody is waiting|ahead of you/);
  await expect(permits).toContainText(/(About|Up to) \d+(–\d+)? minutes?|Little or no wait/);
  await permits.click();
  await page.getByRole('button', { name: 'No, continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await expect(page.getByText('People ahead of you')).toBeVisible();
  await expect(page.getByText('Estimated wait')).toBeVisible();
  await expectNoViolations(page, 'kiosk confirm step with the estimate');
});

test('the service levels panel shows figures and downloads them as CSV', async ({ page }) => {
  await openMaintenanceAsSupervisor(page);
  const table = page.getByTestId('service-levels-table');
  await expect(table).toBeVisible();
  await expect(table.locator('caption')).toContainText('Service levels from');
  const permitsRow = table.getByRole('row', { name: /Building and development permits/ });
  await expect(permitsRow.getByRole('cell').first()).toHaveText(/^[1-9]\d*$/);
  await expect(page.getByTestId('service-levels-total')).toContainText('All visits');
  await expect(page.getByTestId('counter-figures-table')).toContainText('Counter 3');
  await expectNoViolations(page, 'maintenance service levels with figures');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download CSV' }).first().click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^lobby311-service-levels-.*\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.split(/\r?\n/)[0]).toMatch(/visitors/i);
  expect(csv).toMatch(/permits/);
});
