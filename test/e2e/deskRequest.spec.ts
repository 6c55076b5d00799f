// The desk files a walk-in service request by keyboard only (Chromium, real hub): for the visitor being served,
// the shortcut C opens the form, typing finds the service, the error summary leads to a missing answer without
// losing what was typed, the receipt shows the local reference, and "Complete visit: case created" completes the
// visit with that reference. Axe on the desk with the form showing its errors, and on the receipt.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { createHubClient } from '../../machines/contracts/index.js';
import { login } from '../support/hubAuth.js';
import { axeViolations } from './support/axe.js';
import { issueTicket, lobbyForTheseTests, openSignedIn, signInToCounter, staff } from './support/lobby.js';

const lobby = lobbyForTheseTests();

/** Presses Tab until `target` has focus (keyboard only), failing after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

async function expectNoViolations(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${where}`).toEqual([]);
}

test('the desk files a request for the served visitor by keyboard and completes the visit as case created', async ({
  page,
}) => {
  const number = await issueTicket(lobby, 'report-problem');
  await openSignedIn(page, lobby, '/desk', staff.desk);
  await signInToCounter(page, 'Counter 5');
  await expect(page.getByRole('heading', { name: 'File a request' })).toBeVisible();
  await expect(page.getByTestId('request-for')).toContainText('Not linked to a visit');
  await expect(page.locator('#call-next')).toBeFocused();
  await page.keyboard.press('n');
  await expect(page.getByTestId('current-ticket')).toHaveText(number);
  await page.keyboard.press('a');
  await expect(page.getByTestId('visitor-status')).toHaveText('Being served');
  await expect(page.getByTestId('request-for')).toContainText(`linked to the visit of ${number}`);

  const search = page.locator('#request-service-search');
  await page.keyboard.press('c');
  await expect(search).toBeFocused();
  await page.keyboard.type('pothole');
  await expect(page.locator('#request-service-count')).toHaveText('1 service matches');
  await page.keyboard.press('Enter');
  await expect(page.locator('#request-service')).toHaveValue('pothole');
  const description = page.locator('#request-description');
  await tabTo(page, description);
  await page.keyboard.type('Deep pothole by the bus stop');
  await expect(page.locator('#request-description-count')).toHaveText('28 of 3900 characters');
  await tabTo(page, page.locator('#request-contact-email'));
  await page.keyboard.type('visitor@');
  await tabTo(page, page.getByRole('button', { name: 'Submit request' }));
  await page.keyboard.press('Enter');

  const summary = page.getByTestId('request-problems');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Answer “Where in the road is the pothole?”');
  await expect(summary).toContainText('Answer “About how big is it?”');
  await expect(summary).toContainText('Enter an email address like name@example.org, or leave it empty');
  await expect(description).toHaveValue('Deep pothole by the bus stop');
  await expectNoViolations(page, 'the request form with errors');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const position = page.locator('#request-answer-road_position');
  await expect(position).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(position).not.toHaveValue('');
  const size = page.locator('#request-answer-size');
  await tabTo(page, size);
  await page.keyboard.press('ArrowDown');
  await expect(size).not.toHaveValue('');
  const email = page.locator('#request-contact-email');
  await tabTo(page, email);
  await page.keyboard.press('End');
  await page.keyboard.type('example.org');
  await expect(email).toHaveValue('visitor@example.org');
  await tabTo(page, page.getByRole('button', { name: 'Submit request' }));
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('request-status')).toHaveText(
    /^Request filed\. Reference R-[0-9A-Z]{4}-[0-9A-Z]{4}\.$/,
  );
  const reference = (await page.getByTestId('request-reference').textContent()) ?? '';
  const complete = page.getByRole('button', { name: `Complete visit: case created ${number}` });
  await expect(complete).toBeFocused();
  await expectNoViolations(page, 'the request receipt');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('desk-status')).toHaveText(`${number} completed.`);
  await expect(complete).toHaveCount(0);

  const cookie = await login(lobby.hub.url, staff.supervisor.username, staff.supervisor.password);
  const hub = createHubClient(lobby.hub.url, (url, init) => fetch(url, init), {
    headers: () => ({ cookie }),
  });
  const { ticket } = await hub.call('findVisit', { query: { q: number } });
  expect(ticket.status).toBe('completed');
  expect(ticket.transactions.at(-1)).toMatchObject({ outcomeId: 'case-created', outcomeDetail: reference });
  const outbox = await hub.call('caseOutboxStatus', {});
  expect(outbox.endpoint).toBeNull();
  expect(outbox.pending).toBe(1);

  await page.getByRole('button', { name: 'File another request' }).focus();
  await page.keyboard.press('Enter');
  await expect(search).toBeFocused();
  await expect(page.locator('#request-description')).toHaveValue('');
});
