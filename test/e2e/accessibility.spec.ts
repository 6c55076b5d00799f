// Axe (WCAG 2.0–2.2 A/AA) reports zero violations on every screen and every kiosk step, in the real system.
import { expect, type Page, test } from '@playwright/test';
import { axeViolations } from './support/axe.js';
import { type Lobby, startLobby } from './support/lobby.js';

let lobby: Lobby;

test.beforeAll(async () => {
  lobby = await startLobby();
});

test.afterAll(async () => {
  await lobby?.stop();
});

async function expectNoViolations(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${where}`).toEqual([]);
}

test('every kiosk step passes axe, in English and Spanish', async ({ page }) => {
  for (const [language, names] of [
    ['English', { service: 'Housing and renting', none: 'No, continue', confirm: 'Get my ticket' }],
    ['Español', { service: 'Vivienda y alquiler', none: 'No, continuar', confirm: 'Obtener mi número' }],
  ] as const) {
    await page.goto(`${lobby.agent.url}/kiosk`);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expectNoViolations(page, 'kiosk language step');
    await page.getByRole('button', { name: language }).click();
    await expectNoViolations(page, `kiosk service step (${language})`);
    await page.getByRole('button', { name: names.service }).click();
    await expectNoViolations(page, `kiosk needs step (${language})`);
    await page.getByRole('button', { name: names.none }).click();
    await expectNoViolations(page, `kiosk confirm step (${language})`);
    await page.getByRole('button', { name: names.confirm }).click();
    await expect(page.getByTestId('ticket-number')).toHaveText(/^H\d{3}$/);
    await expectNoViolations(page, `kiosk ticket step (${language})`);
  }
});

test('the kiosk welcome screen passes axe', async ({ page }) => {
  await page.goto(`${lobby.agent.url}/kiosk`);
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expectNoViolations(page, 'kiosk welcome');
});

test('the desk passes axe before and after calling a visitor', async ({ page }) => {
  await page.goto(`${lobby.hub.url}/desk`);
  await expect(page.getByLabel('Counter', { exact: true })).toBeVisible();
  await expectNoViolations(page, 'desk counter picker');
  await page.getByLabel('Counter', { exact: true }).selectOption({ label: 'Counter 1' });
  await page.getByRole('button', { name: 'Start at this counter' }).click();
  await expect(page.getByRole('button', { name: 'Call next' })).toBeVisible();
  await expectNoViolations(page, 'desk waiting list');
  await page.getByRole('button', { name: 'Call next' }).click();
  await expect(page.getByTestId('current-ticket')).toHaveText(/^H\d{3}$/);
  await expectNoViolations(page, 'desk serving a visitor');
});

test('the lobby display passes axe with a call on screen', async ({ page }) => {
  await page.goto(`${lobby.hub.url}/display`);
  await expect(page.getByTestId('now-calling-ticket')).toHaveText(/^H\d{3}$/);
  await expectNoViolations(page, 'display');
});

test('the maintenance screen passes axe', async ({ page }) => {
  await page.goto(`${lobby.hub.url}/maintenance`);
  await expect(page.getByRole('heading', { level: 1, name: 'Maintenance' })).toBeVisible();
  await expect(page.getByText('Connected')).toBeVisible();
  await expectNoViolations(page, 'maintenance');
});
