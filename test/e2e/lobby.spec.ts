// End to end in Chromium: a visitor takes a ticket at the enrolled kiosk, the printed bytes decode to the number
// on screen, a signed-in desk calls it and the enrolled lobby display shows it; a full desk journey (sign in,
// call, arrive, transfer, the other counter completes it, walk-in, park/resume, notes, break, sign out) —
// real hub, agent, TCP printer.
import { expect, test } from '@playwright/test';
import {
  enrolDisplay,
  issueTicket,
  lobbyForTheseTests,
  openSignedIn,
  signInToCounter,
  staff,
} from './support/lobby.js';

const lobby = lobbyForTheseTests();

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
  await kiosk.getByTestId('purpose-ticket').click();
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
  await signInToCounter(desk, 'Counter 2');
  await expect(desk.getByText(ticketNumber).first()).toBeVisible();
  await desk.getByRole('button', { name: 'Call next' }).click();
  await expect(desk.getByTestId('current-ticket')).toHaveText(ticketNumber);

  await expect(display.getByTestId('now-calling-ticket')).toHaveText(ticketNumber);
  await expect(display.getByTestId('now-calling-counter')).toContainText('2');
  await expect(display.getByTestId('recent-calls')).toContainText(ticketNumber);
  const displayText = await display.locator('body').textContent();
  expect(displayText).not.toMatch(/Utility|Facturas|Español|Spanish/);

  await desk.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Resolved at first contact' });
  await desk.getByRole('button', { name: 'Complete', exact: true }).click();
  await expect(desk.getByTestId('desk-status')).toContainText(`${ticketNumber} completed`);
  await desk.getByRole('button', { name: 'Sign out of counter' }).click();
  await expect(desk.getByTestId('counter-status')).toHaveText(
    'Counter 2 is closed. Sign in to call visitors.',
  );
});

test('a desk journey: call, arrive, transfer to the front of another service, walk-in, park, break, sign out', async ({
  browser,
}) => {
  const deskA = await browser.newPage();
  await openSignedIn(deskA, lobby, '/desk', staff.desk);
  await signInToCounter(deskA, 'Counter 1');
  const first = await issueTicket(lobby, 'utility-bills', {
    interpreter: { mode: 'phone', language: 'vi' },
    accessibility: ['wheelchair'],
  });
  await expect(deskA.getByTestId('next-preview')).toContainText(`Next: ${first}`);
  await expect(deskA.getByTestId('next-preview')).toContainText('Accessibility priority head start');

  await deskA.getByRole('button', { name: 'Call next' }).click();
  await expect(deskA.getByTestId('current-ticket')).toHaveText(first);
  await expect(deskA.getByTestId('current-ticket')).toBeFocused();
  await expect(deskA.getByTestId('visitor-needs')).toContainText('Interpreter: phone, Vietnamese');
  await expect(deskA.getByTestId('visitor-needs')).toContainText('Wheelchair access');
  await expect(deskA.getByTestId('call-count')).toHaveText('Called 1 of 3 times');
  await deskA.getByRole('button', { name: 'Visitor arrived' }).click();
  await expect(deskA.getByTestId('visitor-status')).toHaveText('Being served');

  await deskA.locator('#transfer-service').selectOption({ label: 'Building and development permits' });
  await deskA.locator('#transfer-placement-front').check();
  await deskA.getByRole('button', { name: 'Transfer', exact: true }).click();
  await expect(deskA.getByTestId('desk-status')).toHaveText(`${first} transferred.`);
  await expect(deskA.getByText('No one is called to this counter. Press Call next.')).toBeVisible();

  const deskB = await browser.newPage();
  await openSignedIn(deskB, lobby, '/desk', staff.supervisor);
  await signInToCounter(deskB, 'Counter 3');
  await expect(deskB.getByTestId('waiting-list')).toContainText(first);
  await expect(deskB.getByTestId('waiting-list')).toContainText('At the front');
  await expect(deskB.getByRole('button', { name: 'Call next' })).toBeFocused();
  await deskB.keyboard.press('n');
  await expect(deskB.getByTestId('current-ticket')).toHaveText(first);
  await deskB.keyboard.press('a');
  await expect(deskB.getByTestId('visitor-status')).toHaveText('Being served');
  await deskB.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Referred to a bureau' });
  await deskB.getByRole('button', { name: 'Complete', exact: true }).click();
  await expect(deskB.getByTestId('desk-error')).toHaveText('Choose the bureau you referred the visitor to.');
  await expect(deskB.getByLabel('Bureau referred to')).toBeFocused();
  await deskB.getByLabel('Bureau referred to').selectOption({ label: 'Portland Water Bureau' });
  await deskB.getByRole('button', { name: 'Complete', exact: true }).click();
  await expect(deskB.getByTestId('desk-status')).toHaveText(`${first} completed.`);

  await deskA.locator('#walkin-service').selectOption({ label: 'Utility bills (water, sewer, stormwater)' });
  await deskA.getByRole('button', { name: 'Start serving walk-in' }).click();
  await expect(deskA.getByTestId('current-ticket')).toHaveText(/^A\d{3}$/);
  const walkIn = (await deskA.getByTestId('current-ticket').textContent())?.trim() ?? '';
  await expect(deskA.getByTestId('visitor-status')).toHaveText('Being served');

  await deskA.getByRole('button', { name: 'Sign out of counter' }).click();
  await expect(deskA.getByText(`You are serving ${walkIn}: signing out ends that visit.`)).toBeVisible();
  await deskA.getByRole('button', { name: 'Stay signed in' }).click();

  await deskA.getByLabel('Add a note').fill('Brought last month’s bill');
  await deskA.getByRole('button', { name: 'Add note' }).click();
  await expect(deskA.getByTestId('visit-notes')).toContainText('Brought last month’s bill');

  await deskA.getByRole('button', { name: 'Park', exact: true }).click();
  await expect(deskA.getByTestId('parked-list')).toContainText(walkIn);
  await deskA.getByRole('button', { name: `Resume ${walkIn}` }).click();
  await expect(deskA.getByTestId('current-ticket')).toHaveText(walkIn);
  await deskA.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Resolved at first contact' });
  await deskA.getByRole('button', { name: 'Complete', exact: true }).click();
  await expect(deskA.getByTestId('desk-status')).toHaveText(`${walkIn} completed.`);

  await deskA.getByLabel('Break reason').selectOption({ label: 'Meal' });
  await deskA.getByRole('button', { name: 'Start break' }).click();
  await expect(deskA.getByTestId('counter-status')).toHaveText('Counter 1 is on a break (Meal).');
  await expect(deskA.getByRole('button', { name: 'Back from break' })).toBeFocused();
  await deskA.getByRole('button', { name: 'Back from break' }).click();
  await expect(deskA.getByTestId('counter-status')).toHaveText('Counter 1 is open. You are signed in.');
  await deskA.getByRole('button', { name: 'Sign out of counter' }).click();
  await expect(deskA.getByTestId('counter-status')).toHaveText(
    'Counter 1 is closed. Sign in to call visitors.',
  );
  await deskB.getByRole('button', { name: 'Sign out of counter' }).click();
  await expect(deskB.getByTestId('counter-status')).toHaveText(
    'Counter 3 is closed. Sign in to call visitors.',
  );
});

test('two desks pressing Call next together never get the same visitor', async ({ browser }) => {
  const kiosk = await browser.newPage();
  const numbers: string[] = [];
  for (const service of ['Permits', 'Parking']) {
    await kiosk.goto(`${lobby.agent.url}/kiosk`);
    await kiosk.getByRole('button', { name: 'Start', exact: true }).click();
    await kiosk.getByRole('button', { name: 'English' }).click();
    await kiosk.getByTestId('purpose-ticket').click();
    await kiosk.getByRole('button', { name: service, exact: true }).click();
    await kiosk.getByRole('button', { name: 'No, continue' }).click();
    await kiosk.getByRole('button', { name: 'Get my ticket' }).click();
    numbers.push((await kiosk.getByTestId('ticket-number').textContent())?.trim() ?? '');
  }
  const desks = await Promise.all(
    ['Counter 4', 'Counter 6'].map(async (counter) => {
      const page = await browser.newPage();
      await openSignedIn(page, lobby, '/desk', counter === 'Counter 4' ? staff.desk : staff.supervisor);
      await signInToCounter(page, counter);
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
