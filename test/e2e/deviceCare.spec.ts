// Device care end to end (Chromium, real hub + kiosk agent + virtual TCP printer): facilities send a test print
// and see it done, preview a 58 mm printout, take the kiosk out of service and back; with the paper out the kiosk
// warns on its welcome screen and shows "remember this number", maintenance shows the fault, "Clear fault" after
// new paper makes it ready, and a desk finds the ticket by its number, calls it and has it reprinted as a copy.
import { expect, type Page, test } from '@playwright/test';
import { axeViolations } from './support/axe.js';
import {
  agentStatus,
  kioskName,
  lobbyForTheseTests,
  openSignedIn,
  signInToCounter,
  staff,
} from './support/lobby.js';

const lobby = lobbyForTheseTests();

/** The maintenance row actions for the kiosk (the only kiosk of this lobby). */
function kioskActions(page: Page) {
  return page.getByRole('group', { name: `Actions for ${kioskName}` });
}

async function expectNoViolations(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${where}`).toEqual([]);
}

test('facilities test-print a kiosk, preview a 58 mm printout, and take the kiosk out of service and back', async ({
  browser,
}) => {
  const maintenance = await (await browser.newContext()).newPage();
  await openSignedIn(maintenance, lobby, '/maintenance', staff.facilities);
  await expect(kioskActions(maintenance)).toBeVisible();

  const printed = lobby.printer.nextJob();
  await kioskActions(maintenance).getByRole('button', { name: 'Test print' }).click();
  const job = await printed;
  expect(job.text).toContain('Test print');
  expect(job.text).toContain(kioskName);
  await expect(maintenance.getByTestId('device-command-status')).toContainText(
    `Test print on ${kioskName}: done. Printed`,
    { timeout: 20_000 },
  );

  await maintenance.getByLabel('Printer model', { exact: true }).selectOption('epson-tm-p20ii');
  await maintenance.getByLabel('Language', { exact: true }).selectOption('es');
  await maintenance.getByRole('button', { name: 'Show preview' }).click();
  const preview = maintenance.getByTestId('print-preview-img');
  await expect(preview).toBeVisible({ timeout: 15_000 });
  await expect(preview).toHaveAttribute('alt', /Preview of the ticket printout in Español/);
  expect(await preview.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(384);
  await expectNoViolations(maintenance, 'maintenance with a preview and a command result');

  const kiosk = await (await browser.newContext()).newPage();
  await kiosk.goto(`${lobby.agent.url}/kiosk`);
  await expect(kiosk.getByRole('button', { name: 'Start', exact: true })).toBeVisible();

  const message = 'Please use the kiosk by the elevators.';
  await kioskActions(maintenance).getByRole('button', { name: 'Take out of service…' }).click();
  const form = maintenance.getByTestId('out-of-service-form');
  await form.getByLabel('Message for visitors').fill(message);
  await form.getByRole('button', { name: 'Take out of service' }).click();
  await expect(maintenance.getByTestId('devices-table')).toContainText(`Visitors see: “${message}”`);

  // The agent learns it on its next instructions poll; the welcome screen asks the agent when it opens.
  await expect
    .poll(async () => (await agentStatus(lobby)).outOfService?.message, { timeout: 20_000 })
    .toBe(message);
  await kiosk.reload();
  await expect(kiosk.getByTestId('closed-by-staff')).toContainText(message);
  await expect(kiosk.getByRole('button', { name: 'Start', exact: true })).toHaveCount(0);
  await expectNoViolations(kiosk, 'the kiosk closed by staff');

  await kioskActions(maintenance).getByRole('button', { name: 'Put back in service' }).click();
  await expect.poll(async () => (await agentStatus(lobby)).outOfService, { timeout: 20_000 }).toBeNull();
  await kiosk.reload();
  await expect(kiosk.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
});

test('paper out: the kiosk says so and shows the number to remember; cleared, the desk finds and reprints it', async ({
  browser,
}) => {
  lobby.printer.setPaper('out');
  const kiosk = await (await browser.newContext()).newPage();
  await kiosk.goto(`${lobby.agent.url}/kiosk`);
  await kiosk.getByRole('button', { name: 'Start', exact: true }).click();
  await kiosk.getByRole('button', { name: 'English' }).click();
  await kiosk.getByTestId('purpose-ticket').click();
  await kiosk.getByRole('button', { name: 'Utility bills' }).click();
  await kiosk.getByRole('button', { name: 'No, continue' }).click();
  await kiosk.getByRole('button', { name: 'Get my ticket' }).click();
  const remember = kiosk.getByTestId('remember-number');
  await expect(remember).toContainText('Please remember this number, or show this screen to staff.');
  const ticketNumber = (await kiosk.getByTestId('ticket-number').textContent())?.trim() ?? '';
  expect(ticketNumber).toMatch(/^[A-Z]+\d{3,}$/);
  await expectNoViolations(kiosk, 'the remember-your-number screen');

  await kiosk.getByRole('button', { name: 'Done' }).click();
  await expect(kiosk.getByTestId('printer-notice')).toContainText(
    'This kiosk cannot print right now. You will see your number on the screen.',
  );

  const maintenance = await (await browser.newContext()).newPage();
  await openSignedIn(maintenance, lobby, '/maintenance', staff.facilities);
  await expect(maintenance.getByTestId('devices-table')).toContainText(/paper/i, { timeout: 20_000 });

  lobby.printer.setPaper('ok');
  await kioskActions(maintenance).getByRole('button', { name: 'Clear fault' }).click();
  await expect(maintenance.getByTestId('device-command-status')).toContainText('Printer ready', {
    timeout: 20_000,
  });
  await expect
    .poll(async () => (await agentStatus(lobby)).printerHealth?.canPrint, { timeout: 20_000 })
    .toBe(true);

  const desk = await (await browser.newContext()).newPage();
  await openSignedIn(desk, lobby, '/desk', staff.desk);
  await signInToCounter(desk, 'Counter 2');
  await desk.getByTestId('desk-find').fill(ticketNumber.toLowerCase());
  await desk.getByTestId('desk-find').press('Enter');
  await expect(desk.getByTestId('desk-find-result')).toContainText(ticketNumber);
  await desk.getByRole('button', { name: 'Call this ticket' }).click();
  await expect(desk.getByTestId('current-ticket')).toHaveText(ticketNumber);

  const reprinted = lobby.printer.nextJob();
  await desk.getByTestId('desk-reprint').click();
  await expect(desk.getByText(`Sent to ${kioskName}: it will print shortly`)).toBeVisible();
  const copy = await reprinted;
  expect(copy.ticketNumber).toBe(ticketNumber);
  expect(copy.text).toContain('COPY');
});
