// The review list in /maintenance (Chromium, real hub without a case store): a request a kiosk handed over for a
// service the case store does not know waits in review with its contact masked; a supervisor edits it (service,
// answer) and it leaves the list; withdrawing asks for a reason first; facilities see the panel without actions.
// Axe on the panel, the Edit form and the Withdraw form.
import { randomUUID } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { createHubClient, type HubClient } from '../../machines/contracts/index.js';
import { login } from '../support/hubAuth.js';
import { axeViolations } from './support/axe.js';
import { type Lobby, openSignedIn, staff, startLobby } from './support/lobby.js';

let lobby: Lobby;
let hub: HubClient;

test.beforeAll(async () => {
  lobby = await startLobby();
  const cookie = await login(lobby.hub.url, staff.supervisor.username, staff.supervisor.password);
  hub = createHubClient(lobby.hub.url, (url, init) => fetch(url, init), { headers: () => ({ cookie }) });
});

test.afterAll(async () => {
  await lobby?.stop();
});

/** A hand-over the hub cannot send: its service is not in the catalog, so it goes to review. Its reference. */
async function requestInReview(description: string): Promise<string> {
  const { receipt, request } = await hub.call('submitCaseRequest', {
    body: {
      requestId: randomUUID(),
      serviceCode: 'retired-service',
      answers: {},
      location: { kind: 'address', address: '1120 SW 5th Ave' },
      description,
      contact: { email: 'visitor.private@example.org' },
      language: 'es',
      capturedAt: new Date().toISOString(),
      handOver: true,
    },
  });
  expect(request.state).toBe('review');
  return receipt.localReference;
}

async function expectNoViolations(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${where}`).toEqual([]);
}

test('a supervisor edits a request in review and it leaves the list; withdrawing asks for a reason', async ({
  page,
}) => {
  const edited = await requestInReview('Bench broken in the plaza');
  const withdrawn = await requestInReview('Sent twice by mistake');
  await openSignedIn(page, lobby, '/maintenance', staff.supervisor);
  const panel = page.locator('section', { has: page.getByRole('heading', { name: 'Walk-in requests' }) });
  await expect(panel).toContainText('No case store is configured: requests are kept until one is');
  const row = page.getByTestId(`review-${edited}`);
  await expect(row).toContainText('The case store does not know its service');
  await expect(page.getByTestId('review-list')).not.toContainText('visitor.private@example.org');
  await expect(page.getByTestId('review-list')).not.toContainText('Bench broken');
  await expect(row).toContainText('@example.org');
  await expectNoViolations(page, 'the walk-in requests panel');

  await row.getByRole('button', { name: `Edit ${edited}` }).click();
  await expect(page.getByRole('heading', { name: `Edit ${edited}` })).toBeFocused();
  await expect(page.locator('#review-edit-description')).toHaveValue('Bench broken in the plaza');
  await expect(page.locator('#review-edit-address')).toHaveValue('1120 SW 5th Ave');
  await page.getByRole('button', { name: 'Save and send again' }).click();
  await expect(page.getByTestId('review-edit-problems')).toContainText('choose another one');
  await page.locator('#review-edit-service').selectOption('pothole');
  await page.locator('#review-edit-answer-road_position').selectOption('travel-lane');
  await page.locator('#review-edit-answer-size').selectOption('large');
  await expectNoViolations(page, 'the Edit form');
  await page.getByRole('button', { name: 'Save and send again' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${edited} corrected` })).toBeVisible();
  await expect(row).toHaveCount(0);
  const outbox = await hub.call('caseOutboxStatus', {});
  expect(outbox.review.map((r) => r.localReference)).toEqual([withdrawn]);
  expect(outbox.pending).toBe(1);

  const other = page.getByTestId(`review-${withdrawn}`);
  await other.getByRole('button', { name: `Withdraw ${withdrawn}` }).click();
  await expect(page.getByLabel('Reason for withdrawing')).toBeFocused();
  await page.getByRole('button', { name: 'Withdraw request' }).click();
  await expect(page.getByText('Give a reason for withdrawing')).toBeVisible();
  await expect(other).toBeVisible();
  await expectNoViolations(page, 'the Withdraw form with its error');
  await page.getByLabel('Reason for withdrawing').fill('Duplicate of another request');
  await page.getByRole('button', { name: 'Withdraw request' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${withdrawn} withdrawn` })).toBeVisible();
  await expect(other).toHaveCount(0);
  await expect(page.getByTestId('review-empty')).toBeVisible();
});

test('facilities see the walk-in requests panel without its actions', async ({ page }) => {
  const reference = await requestInReview('Bench wobbles');
  await openSignedIn(page, lobby, '/maintenance', staff.facilities);
  const row = page.getByTestId(`review-${reference}`);
  await expect(row).toContainText('The case store does not know its service');
  await expect(row.getByRole('button')).toHaveCount(0);
  await expect(page.getByText('Sending normally')).toBeVisible();
});
