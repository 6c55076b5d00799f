// Kiosk steps several specs share: start a visit in a language, and open "Find information".
import { expect, type Page } from '@playwright/test';
import type { Lobby } from './lobby.js';

/** Opens the kiosk and starts a visit in `language` (its button's own name), up to the purpose screen. */
export async function startVisit(page: Page, lobby: Lobby, language: string): Promise<void> {
  await page.goto(`${lobby.agent.url}/kiosk`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: language }).click();
  await expect(page.getByTestId('purpose-ticket')).toBeVisible();
}

/** Starts a visit in `language` and opens "Find information", up to its search box. */
export async function openInformation(page: Page, lobby: Lobby, language: string): Promise<void> {
  await startVisit(page, lobby, language);
  await page.getByTestId('purpose-information').click();
  await expect(page.getByTestId('info-search')).toBeVisible();
}
