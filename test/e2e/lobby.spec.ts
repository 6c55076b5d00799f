// End to end in Chromium: a visitor takes a ticket at the enrolled kiosk, the printed bytes decode to the number
// on screen, a signed-in desk calls it and the enrolled lobby display shows it — real hub, agent, TCP printer.
import { expect, test } from '@playwright/test';
import { enrolDisplay, type Lobby, openSignedIn, staff, startLobby } from './support/lobby.js';

let lobby: Lobby;

test.beforeAll(async () => {
  lobby = await startLobby();
});

test.afterAll(async () => {
  await lobby?.stop();
});

test('a visitor takes a ticket, it prints, a desk calls it and the display shows it', async ({ browser }) => {
  const displayContext = await browser.newContext();
  await enrolDisplay(displayContext, lobby);
  const display = await displayContext.newPage();
  await display.goto(`${lobby.hub.url}/display`);
  await expect(display.getByRole('heading', { level: 2 })).toBeVisible();

  const kiosk = await browser.newPage();
  await kiosk.goto(`${lobby.agent.url}/kiosk`);
  await kiosk.getByRole('button', { name: 'Start', exact: true }).click();
  await kiosk.getByRole('button', { name: 'Español' }).click();
  await kiosk.getByRole('button', { name: 'Facturas de servicios públicos' }).click();
  await kiosk.getByRole('button', { name: 'No, continuar' }).click();
  const printed = lobby.printer.nextJob();
  await kiosk.getByRole('button', { name: 'Obtener mi número' }).click();
  const ticketNumber = (await kiosk.getByTestId('ticket-number').textContent())?.trim() ?? '';
  expect(ticketNumber).toMatch(/^A\d{3}$/);
  await expect(kiosk.locator('html')).toHaveAttribute('lang', 'es');

  const job = await printed;
  expect(job.ticketNumber).toBe(ticketNumber);
  expect(job.receipt.cuts).toBe(1);
  expect(job.receipt.qrCodes).toHaveLength(1);
  expect(job.receipt.qrCodes[0]).toMatch(/\/status\/[A-Za-z0-9_-]{22,64}$/);
  expect(job.text).toContain('públicos');
  expect(job.text).toContain('delante de usted');

  const desk = await browser.newPage();
  await openSignedIn(desk, lobby, '/desk', staff.desk);
  await desk.getByLabel('Counter', { exact: true }).selectOption({ label: 'Counter 2' });
  await desk.getByRole('button', { name: 'Start at this counter' }).click();
  await expect(desk.getByText(ticketNumber).first()).toBeVisible();
  await desk.getByRole('button', { name: 'Call next' }).click();
  await expect(desk.getByTestId('current-ticket')).toHaveText(ticketNumber);

  await expect(display.getByTestId('now-calling-ticket')).toHaveText(ticketNumber);
  await expect(display.getByTestId('now-calling-counter')).toContainText('2');
  await expect(display.getByTestId('recent-calls')).toContainText(ticketNumber);
  const displayText = await display.locator('body').textContent();
  expect(displayText).not.toMatch(/Utility|Facturas|Español|Spanish/);

  await desk.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Resolved at first contact' });
  await desk.getByRole('button', { name: 'Complete' }).click();
  await expect(desk.getByTestId('desk-status')).toContainText(`${ticketNumber} completed`);
});

test('two desks pressing Call next together never get the same visitor', async ({ browser }) => {
  const kiosk = await browser.newPage();
  const numbers: string[] = [];
  for (const service of ['Permits', 'Parking']) {
    await kiosk.goto(`${lobby.agent.url}/kiosk`);
    await kiosk.getByRole('button', { name: 'Start', exact: true }).click();
    await kiosk.getByRole('button', { name: 'English' }).click();
    await kiosk.getByRole('button', { name: service, exact: true }).click();
    await kiosk.getByRole('button', { name: 'No, continue' }).click();
    await kiosk.getByRole('button', { name: 'Get my ticket' }).click();
    numbers.push((await kiosk.getByTestId('ticket-number').textContent())?.trim() ?? '');
  }
  const desks = await Promise.all(
    ['Counter 4', 'Counter 5'].map(async (counter) => {
      const page = await browser.newPage();
      await openSignedIn(page, lobby, '/desk', counter === 'Counter 4' ? staff.desk : staff.supervisor);
      await page.getByLabel('Counter', { exact: true }).selectOption({ label: counter });
      await page.getByRole('button', { name: 'Start at this counter' }).click();
      await expect(page.getByRole('button', { name: 'Call next' })).toBeVisible();
      return page;
    }),
  );
  await Promise.all(desks.map((page) => page.getByRole('button', { name: 'Call next' }).click()));
  const called = await Promise.all(
    desks.map(async (page) => {
      await expect(page.getByTestId('current-ticket')).toHaveText(/^[A-Z]\d{3}$/);
      return (await page.getByTestId('current-ticket').textContent())?.trim() ?? '';
    }),
  );
  expect(new Set(called).size).toBe(2);
  expect([...called].sort()).toEqual([...numbers].sort());
});
