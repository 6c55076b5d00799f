// Find information end to end (Chromium, real hub + kiosk agent + virtual TCP printer): a Russian-speaking visitor
// searches the topics on the Russian on-screen keyboard (and its Latin page), opens one, prints a referral slip
// (decoded from the printed ESC/POS bytes: Russian text, address, phone, a QR code to the web page) and then
// talks to someone, which gives a ticket for the topic's desk without asking the language again.
import { expect, type Page, test } from '@playwright/test';
import { axeViolations } from './support/axe.js';
import { openInformation } from './support/kioskVisit.js';
import { lobbyForTheseTests } from './support/lobby.js';

const lobby = lobbyForTheseTests();

/** Types on the on-screen keyboard (its group has the label `keyboardLabel` in the visitor's language). */
async function typeOnScreen(page: Page, keyboardLabel: string, text: string): Promise<void> {
  const keyboard = page.getByRole('group', { name: keyboardLabel });
  for (const char of text) await keyboard.getByRole('button', { name: char, exact: true }).click();
}

test('a Russian topic search, a printed referral slip and "Talk to someone" giving a ticket', async ({
  browser,
}) => {
  const kiosk = await (await browser.newContext()).newPage();
  await openInformation(kiosk, lobby, 'Русский');
  await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText('Найти информацию');
  await kiosk.getByTestId('info-search').click();
  const keyboard = 'Экранная клавиатура';
  // Latin names (TriMet) are typed on the Russian keyboard's Latin page.
  await kiosk.getByRole('button', { name: 'Латиница (ABC)' }).click();
  await typeOnScreen(kiosk, keyboard, 'trimet');
  await expect(kiosk.getByTestId('info-topic-trimet')).toBeVisible();
  await kiosk.getByRole('button', { name: 'Очистить поиск' }).click();
  await kiosk.getByRole('button', { name: 'Буквы', exact: true }).click();
  await typeOnScreen(kiosk, keyboard, 'вода');
  await expect(kiosk.getByTestId('info-search')).toHaveValue('вода');
  await expect(kiosk.getByTestId('info-found')).toContainText(/Найден/);
  const topic = kiosk.getByTestId('info-topic-water-bill-help');
  await expect(topic).toContainText('Счета за воду');
  await expect(kiosk.getByTestId('info-topic-trimet')).toHaveCount(0);
  expect(await axeViolations(kiosk), 'axe violations on Russian search results').toEqual([]);

  await topic.click();
  const details = kiosk.getByTestId('topic-details');
  await expect(details).toContainText('503-823-7770');
  await expect(details).toContainText('1120 SW 5th Ave');
  await expect(kiosk.getByTestId('topic-in-english')).toHaveCount(0);
  expect(await axeViolations(kiosk), 'axe violations on a Russian topic').toEqual([]);

  const printed = lobby.printer.nextJob();
  await kiosk.getByTestId('info-print').click();
  const slip = await printed;
  expect(slip.receipt.cuts).toBe(1);
  expect(slip.receipt.qrCodes).toEqual(['https://www.portland.gov/water']);
  expect(slip.text).toContain('Счета за воду');
  expect(slip.text).toContain('1120 SW 5th Ave');
  expect(slip.text).toContain('503-823-7770');
  expect(slip.text).toContain('Часы работы');
  await expect(kiosk.getByTestId('info-printed')).toBeVisible();

  await kiosk.getByTestId('info-talk').click();
  // The needs question comes next: the language is not asked again, and the ticket is for the topic's desk.
  await expect(kiosk.locator('html')).toHaveAttribute('lang', 'ru');
  await kiosk.getByRole('button', { name: 'Нет, продолжить' }).click();
  await expect(kiosk.getByText('Коммунальные счета').first()).toBeVisible();
  const ticket = lobby.printer.nextJob();
  await kiosk.getByRole('button', { name: 'Получить номерок' }).click();
  const number = (await kiosk.getByTestId('ticket-number').textContent())?.trim() ?? '';
  expect(number).toMatch(/^A\d{3}$/);
  expect((await ticket).ticketNumber).toBe(number);
});
