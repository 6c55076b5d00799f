// The on-screen keyboard in two composing languages, in Chromium at the kiosk's 1080 × 1920 portrait size: in
// Vietnamese "đương" + the huyền tone key gives "đường" in the category search; in Korean jamo compose into
// syllables ("도로") and Delete takes off one jamo. Every key stays at least 44 × 44 CSS px.
import { expect, type Page, test } from '@playwright/test';
import { startVisit } from './support/kioskVisit.js';
import { lobbyForTheseTests } from './support/lobby.js';

const lobby = lobbyForTheseTests({ caseStore: true });
test.use({ viewport: { width: 1080, height: 1920 } });

/** Opens "Report a problem" in `language` and focuses its search box; returns the on-screen keyboard. */
async function searchKeyboard(page: Page, language: string, keyboardName: string) {
  await startVisit(page, lobby, language);
  await page.getByTestId('purpose-request').click();
  await page.locator('#category-search').click();
  const keyboard = page.getByRole('group', { name: keyboardName });
  await expect(keyboard).toBeVisible();
  return keyboard;
}

/** Presses the keys with these accessible names, in order. */
async function press(keyboard: ReturnType<Page['getByRole']>, names: string[]): Promise<void> {
  for (const name of names) await keyboard.getByRole('button', { name, exact: true }).click();
}

/** The smallest width and height among the keyboard's keys. */
async function smallestKey(page: Page): Promise<{ width: number; height: number }> {
  return page.locator('.keyboard__key').evaluateAll((keys) => ({
    width: Math.min(...keys.map((key) => key.getBoundingClientRect().width)),
    height: Math.min(...keys.map((key) => key.getBoundingClientRect().height)),
  }));
}

test('Vietnamese tone keys and Korean jamo compose in the search box, with keys of 44 px or more', async ({
  page,
}) => {
  const search = page.locator('#category-search');
  const vi = await searchKeyboard(page, 'Tiếng Việt', 'Bàn phím trên màn hình');
  await press(vi, ['đ', 'ư', 'ơ', 'n', 'g', 'Dấu huyền']);
  await expect(search).toHaveValue('đường');
  const viKeys = await smallestKey(page);
  expect(viKeys.width).toBeGreaterThanOrEqual(44);
  expect(viKeys.height).toBeGreaterThanOrEqual(44);

  const ko = await searchKeyboard(page, '한국어', '화면 키보드');
  await press(ko, ['ㄷ', 'ㅗ', 'ㄹ', 'ㅗ']);
  await expect(search).toHaveValue('도로');
  await press(ko, ['지우기']);
  await expect(search).toHaveValue('도ㄹ');
  const koKeys = await smallestKey(page);
  expect(koKeys.width).toBeGreaterThanOrEqual(44);
  expect(koKeys.height).toBeGreaterThanOrEqual(44);
});
