// The information-visit figures end to end (Chromium, real hub + kiosk agent + virtual TCP printer, a lobby of its
// own so no other visit counts): a scripted set of kiosk visits in three languages (topics opened, slips printed,
// one ending in a ticket) shows as exactly those figures on the supervisor's maintenance screen.
import { expect, type Page, test } from '@playwright/test';
import { axeViolations } from './support/axe.js';
import { openInformation } from './support/kioskVisit.js';
import { lobbyForTheseTests, openSignedIn, staff } from './support/lobby.js';

const lobby = lobbyForTheseTests();

/** One scripted visit: open each topic in turn, print on those listed, and end with a ticket or Done. */
async function visit(
  page: Page,
  language: string,
  steps: { topics: string[]; print: string[]; end: 'ticket' | 'done' },
): Promise<void> {
  await openInformation(page, lobby, language);
  for (const topicId of steps.topics) {
    const last = topicId === steps.topics.at(-1);
    await page.getByTestId(`info-topic-${topicId}`).click();
    await expect(page.getByTestId('topic-details')).toBeVisible();
    if (steps.print.includes(topicId)) {
      const printed = lobby.printer.nextJob();
      await page.getByTestId('info-print').click();
      await printed;
      await expect(page.getByTestId('info-printed')).toBeVisible();
      // The printed screen offers Talk and Done too; its Back returns to the topic.
      if (!last) await page.locator('button.button--back').click();
    }
    if (!last) await page.getByTestId('info-back').click();
  }
  if (steps.end === 'ticket') {
    await page.getByTestId('info-talk').click();
  } else {
    await page.getByTestId('info-done').click();
    await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  }
}

test('the information-visit figures match a scripted set of visits', async ({ browser }) => {
  const kiosk = await (await browser.newContext()).newPage();
  const script = [
    { language: 'English', topics: ['211info', 'food-help'], print: ['food-help'], end: 'done' },
    { language: 'English', topics: ['trimet'], print: [], end: 'done' },
    { language: 'Español', topics: ['water-bill-help'], print: [], end: 'ticket' },
    { language: 'Русский', topics: ['211info'], print: ['211info'], end: 'done' },
  ] as const;
  for (const { language, ...steps } of script) {
    await visit(kiosk, language, { topics: [...steps.topics], print: [...steps.print], end: steps.end });
    if (steps.end === 'ticket') {
      await kiosk.getByRole('button', { name: 'No, continuar' }).click();
      const ticket = lobby.printer.nextJob();
      await kiosk.getByRole('button', { name: 'Obtener mi número' }).click();
      await expect(kiosk.getByTestId('ticket-number')).toBeVisible();
      await ticket;
    }
  }

  const maintenance = await (await browser.newContext()).newPage();
  await openSignedIn(maintenance, lobby, '/maintenance', staff.supervisor);
  const panel = maintenance.getByTestId('info-report-panel');
  // The kiosk agent sends the visits on in the background; ask again until all four have arrived.
  await expect(async () => {
    await panel.getByRole('button', { name: 'Show figures' }).click();
    await expect(panel.getByTestId('info-report-total')).toContainText(/All languages\s*4\s*2\s*1$/, {
      timeout: 1_000,
    });
  }).toPass({ timeout: 30_000 });
  await expect(panel.getByTestId('info-language-en')).toContainText(/2\s*1\s*0$/);
  await expect(panel.getByTestId('info-language-es')).toContainText(/1\s*0\s*1$/);
  await expect(panel.getByTestId('info-language-ru')).toContainText(/1\s*1\s*0$/);
  await expect(panel.getByTestId('info-topic-211info-en')).toContainText(/1\s*0\s*0$/);
  await expect(panel.getByTestId('info-topic-211info-ru')).toContainText(/1\s*1\s*0$/);
  await expect(panel.getByTestId('info-topic-food-help-en')).toContainText(/1\s*1\s*0$/);
  await expect(panel.getByTestId('info-topic-water-bill-help-es')).toContainText(/1\s*0\s*1$/);
  await expect(panel.getByTestId('info-topic-trimet-en')).toContainText(/1\s*0\s*0$/);
  expect(await axeViolations(maintenance), 'axe violations on the information figures').toEqual([]);
});
