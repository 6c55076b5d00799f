// A hub outage end to end (Chromium, real hub + kiosk agent + virtual TCP printer): with the hub killed, the desk
// says at once that the connection is lost and keeps its list, and a visitor still gets a printed number from the
// kiosk's lease without any alarming wording; when the hub is back on the same database, the kiosk hands the
// ticket over and the desk lists it after the ticket issued before the outage (arrival order).
import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.js';
import {
  agentStatus,
  issueTicket,
  lobbyForTheseTests,
  openSignedIn,
  signInToCounter,
  staff,
} from './support/lobby.js';

const lobby = lobbyForTheseTests();

test('the hub goes down: the kiosk still prints a number; back up, the desk lists it in arrival order', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  await expect
    .poll(async () => (await agentStatus(lobby)).connectivity?.leases.length ?? 0, { timeout: 30_000 })
    .toBeGreaterThan(0);
  const desk = await (await browser.newContext()).newPage();
  await openSignedIn(desk, lobby, '/desk', staff.desk);
  await signInToCounter(desk, 'Counter 2');
  const before = await issueTicket(lobby, 'utility-bills');
  await expect(desk.getByTestId('waiting-list')).toContainText(before);

  const kiosk = await (await browser.newContext()).newPage();
  await kiosk.goto(`${lobby.agent.url}/kiosk`);
  let offlineNumber = '';
  await lobby.outage(async () => {
    await expect(desk.getByTestId('desk-stream-lost')).toContainText('Connection to the hub lost');
    await expect(desk.getByTestId('waiting-list')).toContainText(before);

    await kiosk.getByRole('button', { name: 'Start', exact: true }).click();
    await kiosk.getByRole('button', { name: 'English' }).click();
    await kiosk.getByTestId('purpose-ticket').click();
    await kiosk.getByRole('button', { name: 'Utility bills' }).click();
    await kiosk.getByRole('button', { name: 'No, continue' }).click();
    const printed = lobby.printer.nextJob();
    await kiosk.getByRole('button', { name: 'Get my ticket' }).click();
    const number = kiosk.getByTestId('ticket-number');
    await expect(number).toBeVisible();
    offlineNumber = (await number.textContent())?.trim() ?? '';
    // The shipped site keeps 900–999 of each queue for kiosks' offline leases.
    expect(offlineNumber).toMatch(/^A9\d\d$/);
    expect((await printed).ticketNumber).toBe(offlineNumber);
    await expect(kiosk.locator('[data-offline="true"]')).toHaveCount(1);
    await expect(kiosk.getByText(/offline|connection/i)).toHaveCount(0);
    expect(await axeViolations(kiosk), 'axe violations on the offline ticket screen').toEqual([]);
  });

  // The banner is a live region that stays in the page, empty once a fresh snapshot has arrived.
  await expect(desk.getByTestId('desk-stream-lost')).toBeEmpty({ timeout: 30_000 });
  const waiting = desk.getByTestId('waiting-list');
  await expect(waiting).toContainText(offlineNumber, { timeout: 30_000 });
  const text = (await waiting.textContent()) ?? '';
  expect(text.indexOf(before)).toBeLessThan(text.indexOf(offlineNumber));
  await expect.poll(async () => (await agentStatus(lobby)).connectivity?.pendingHandOver).toBe(0);
});
