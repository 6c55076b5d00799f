// Axe (WCAG 2.0–2.2 A/AA) reports zero violations on every staff and lobby screen, in the real system: sign-in
// (with its errors), the desk, the display and its set-up screen, and maintenance as an administrator. The kiosk's
// screens, in every language and display mode, are in kioskMatrix.spec.ts.
import { expect, type Page, test } from '@playwright/test';
import { axeViolations } from './support/axe.js';
import {
  enrolDisplay,
  issueTicket,
  kioskName,
  lobbyForTheseTests,
  openSignedIn,
  signInToCounter,
  staff,
} from './support/lobby.js';

const lobby = lobbyForTheseTests();

async function expectNoViolations(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${where}`).toEqual([]);
}

test('the sign-in screen passes axe, empty and with its errors', async ({ page }) => {
  await page.goto(`${lobby.hub.url}/desk`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectNoViolations(page, 'sign-in');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Enter your username' })).toBeVisible();
  await expectNoViolations(page, 'sign-in with blank fields');
  await page.getByLabel('Username', { exact: true }).fill(staff.desk.username);
  await page.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('The username or password is not right');
});

test('the desk passes axe in its main states: picker, open, called, serving with forms, break, signed out', async ({
  page,
}) => {
  await openSignedIn(page, lobby, '/desk', staff.desk);
  await expect(page.getByLabel('Counter', { exact: true })).toBeVisible();
  await expectNoViolations(page, 'desk counter picker');
  await signInToCounter(page, 'Counter 5');
  const housing = await issueTicket(lobby, 'housing');
  await expect(page.getByTestId('waiting-list')).toContainText(housing);
  await expect(page.getByTestId('next-preview')).toContainText('Next:');
  await expectNoViolations(page, 'desk open with the waiting list');
  await page.getByRole('button', { name: 'Call next' }).click();
  await expect(page.getByTestId('current-ticket')).toHaveText(/^H\d{3}$/);
  await expectNoViolations(page, 'desk with a visitor called');
  await page.getByRole('button', { name: 'Visitor arrived' }).click();
  await expect(page.getByTestId('visitor-status')).toHaveText('Being served');
  await page.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Case created in 311' });
  await page.getByRole('button', { name: 'Complete', exact: true }).click();
  await expect(page.getByTestId('desk-error')).toHaveText(
    'Enter the 311 case reference (up to 80 characters).',
  );
  await expectNoViolations(page, 'desk serving, with a Complete error');
  await page.getByRole('button', { name: 'Sign out of counter' }).click();
  await expect(page.getByRole('button', { name: 'Sign out and end visits' })).toBeVisible();
  await expectNoViolations(page, 'desk sign-out warning');
  await page.getByRole('button', { name: 'Stay signed in' }).click();
  await page.getByLabel('311 case reference').fill('C-2026-1183');
  await page.getByRole('button', { name: 'Complete', exact: true }).click();
  await expect(page.getByTestId('desk-status')).toContainText('completed');
  await page.getByRole('button', { name: 'Start break' }).click();
  await expect(page.getByRole('button', { name: 'Back from break' })).toBeVisible();
  await expectNoViolations(page, 'desk on a break');
  await page.getByRole('button', { name: 'Sign out of counter' }).click();
  await expect(page.getByRole('button', { name: 'Sign in to Counter 5' })).toBeVisible();
  await expectNoViolations(page, 'desk signed out of its counter');
});

test('the display set-up screen passes axe, empty and with a refused code', async ({ page }) => {
  await page.goto(`${lobby.hub.url}/display`);
  await expect(page.getByRole('heading', { level: 1, name: 'This display is not set up yet' })).toBeVisible();
  await expectNoViolations(page, 'display set-up');
  await page.getByLabel('Set-up code').fill('AAAA-AAAA');
  await page.getByRole('button', { name: 'Set up this display' }).click();
  await expect(page.getByRole('alert')).toContainText('That code does not work');
  await expectNoViolations(page, 'display set-up with a refused code');
});

test('the lobby display passes axe with a call on screen', async ({ page, context }) => {
  await enrolDisplay(context, lobby);
  await page.goto(`${lobby.hub.url}/display`);
  await expect(page.getByTestId('now-calling-ticket')).toHaveText(/^H\d{3}$/);
  await expectNoViolations(page, 'display');
});

test('maintenance passes axe for an administrator: devices, a new code, staff accounts and audit', async ({
  page,
}) => {
  await openSignedIn(page, lobby, '/maintenance', staff.admin);
  await expect(page.getByRole('heading', { level: 1, name: 'Maintenance' })).toBeVisible();
  await expect(page.getByText('Live updates: Connected')).toBeVisible();
  await expect(page.getByTestId('devices-table')).toBeVisible();
  await expect(page.getByTestId('staff-table')).toBeVisible();
  await expect(page.getByTestId('audit-table')).toBeVisible();
  await expectNoViolations(page, 'maintenance (administrator)');
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByRole('link', { name: /Enter a username/ })).toBeVisible();
  await page.getByRole('radio', { name: 'Lobby display' }).check();
  await page.getByLabel('Name', { exact: true }).fill('Side TV');
  await page.getByRole('button', { name: 'Create set-up code' }).click();
  await expect(page.getByTestId('enrolment-code')).toHaveText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await page.getByRole('button', { name: `Disable ${kioskName}` }).click();
  await expect(page.getByRole('button', { name: 'Yes, disable it' })).toBeFocused();
  await expectNoViolations(page, 'maintenance with form errors, a set-up code and a confirmation');
  await page.getByRole('button', { name: 'Cancel' }).click();
});

test('maintenance passes axe for a supervisor', async ({ page }) => {
  await openSignedIn(page, lobby, '/maintenance', staff.supervisor);
  await expect(page.getByRole('heading', { name: 'Queues', exact: true })).toBeVisible();
  await expectNoViolations(page, 'maintenance (supervisor)');
});

test('the desk refuses a facilities user plainly, and passes axe', async ({ page }) => {
  await openSignedIn(page, lobby, '/desk', staff.facilities);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access to the desk');
  await expect(page.getByRole('button', { name: 'Call next' })).toHaveCount(0);
  await expectNoViolations(page, 'desk without access');
});
