// Who gets in, end to end: the desk needs a sign-in (and so does its API), a desk user sees no staff admin or
// audit, "Sign out everywhere" ends the session in another browser, a display enrols once with a code, and a
// disabled kiosk can no longer issue tickets.
import { expect, test } from '@playwright/test';
import {
  kioskName,
  lobbyForTheseTests,
  openSignedIn,
  signInHere,
  signInToCounter,
  staff,
} from './support/lobby.js';

const lobby = lobbyForTheseTests();

test('the desk without a sign-in shows the sign-in page, and the API refuses', async ({ page }) => {
  await page.goto(`${lobby.hub.url}/desk`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Call next' })).toHaveCount(0);
  expect((await page.request.get(`${lobby.hub.url}/api/queue`)).status()).toBe(401);
  const call = await page.request.post(`${lobby.hub.url}/api/counters/counter-1/call-next`, {
    data: { requestId: '00000000-0000-4000-8000-000000000001' },
  });
  expect(call.status()).toBe(401);
});

test('a desk user sees no devices, staff accounts or audit, and the API refuses them', async ({ page }) => {
  await openSignedIn(page, lobby, '/maintenance', staff.desk);
  await expect(page.getByRole('heading', { name: 'Queues' })).toBeVisible();
  for (const heading of ['Devices', 'Staff accounts', 'Audit log']) {
    await expect(page.getByRole('heading', { name: heading })).toHaveCount(0);
  }
  await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveCount(0);
  for (const path of ['/api/staff', '/api/audit', '/api/audit/export', '/api/devices']) {
    expect((await page.request.get(`${lobby.hub.url}${path}`)).status(), path).toBe(403);
  }
});

test('"Sign out everywhere" ends the session in the other browser, which shows the sign-in screen', async ({
  browser,
}) => {
  const [here, there] = await Promise.all([browser.newPage(), browser.newPage()]);
  await openSignedIn(here, lobby, '/desk', staff.supervisor);
  await openSignedIn(there, lobby, '/desk', staff.supervisor);
  await signInToCounter(there, 'Counter 3');

  await here.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(here.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(there.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(there.getByText('Your session has ended. Sign in again to continue.')).toBeVisible();
  await expect(there.getByText('Sol Super')).toHaveCount(0);
  expect((await there.request.get(`${lobby.hub.url}/api/queue`)).status()).toBe(401);

  await signInHere(there, staff.supervisor);
  await expect(there.getByRole('button', { name: 'Call next' })).toBeVisible();
});

test('a display enrols with a code from maintenance, and the same code is refused the second time', async ({
  browser,
}) => {
  const admin = await browser.newPage();
  await openSignedIn(admin, lobby, '/maintenance', staff.facilities);
  await admin.getByRole('radio', { name: 'Lobby display' }).check();
  await admin.getByLabel('Name', { exact: true }).fill('Lobby TV by the lifts');
  await admin.getByRole('button', { name: 'Create set-up code' }).click();
  const code = (await admin.getByTestId('enrolment-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

  const tv = await browser.newPage();
  await tv.goto(`${lobby.hub.url}/display`);
  await expect(tv.getByRole('heading', { level: 1, name: 'This display is not set up yet' })).toBeVisible();
  await tv.getByLabel('Set-up code').fill(code.toLowerCase());
  await tv.getByRole('button', { name: 'Set up this display' }).click();
  await expect(tv.getByRole('heading', { level: 1, name: 'Now calling' })).toBeVisible();
  await tv.reload();
  await expect(tv.getByRole('heading', { level: 1, name: 'Now calling' })).toBeVisible();

  const second = await browser.newPage();
  await second.goto(`${lobby.hub.url}/display`);
  await second.getByLabel('Set-up code').fill(code);
  await second.getByRole('button', { name: 'Set up this display' }).click();
  await expect(second.getByRole('alert')).toContainText('That code does not work');
  await expect(second.getByRole('heading', { level: 1, name: 'Now calling' })).toHaveCount(0);

  await admin.getByRole('button', { name: 'Done' }).click();
  await admin.getByRole('button', { name: 'Refresh Devices' }).click();
  await expect(admin.getByTestId('devices-table')).toContainText('Lobby TV by the lifts');
});

test('a kiosk disabled in maintenance can no longer issue tickets', async ({ browser }) => {
  const admin = await browser.newPage();
  await openSignedIn(admin, lobby, '/maintenance', staff.admin);
  await admin.getByRole('button', { name: `Disable ${kioskName}` }).click();
  await admin.getByRole('button', { name: 'Yes, disable it' }).click();
  await expect(admin.getByRole('status').filter({ hasText: `${kioskName} is disabled.` })).toBeVisible();
  await expect(
    admin.getByTestId('devices-table').getByRole('row', { name: new RegExp(kioskName) }),
  ).toContainText('Disabled');

  const kiosk = await browser.newPage();
  await kiosk.goto(`${lobby.agent.url}/kiosk`);
  await expect(
    kiosk.getByRole('heading', { level: 1, name: 'This kiosk is not working right now' }),
  ).toBeVisible();
  await expect(kiosk.getByRole('button', { name: 'Start', exact: true })).toHaveCount(0);
  await expect(kiosk.getByTestId('ticket-number')).toHaveCount(0);
});
