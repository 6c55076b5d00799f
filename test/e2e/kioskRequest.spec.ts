// End to end in Chromium: a visitor reports a pothole at the kiosk — language, "Report a problem", search,
// the service's questions, "here", a description typed on the on-screen keyboard, contact details, review,
// send — and the receipt shows the local reference; the printed receipt carries it and a QR code to the request's
// status page, which shows the city's case number once the hub has delivered the request to the (fake) Open311
// case store. Every new screen passes axe. Real hub, agent, printer and case-store protocol.
import { expect, type Page, test } from '@playwright/test';
import { questionPages, servicesByGroup } from '../../machines/caseRequestFlow.js';
import { type CaseAttribute, CaseCatalog } from '../../machines/contracts/caseRequests.js';
import { axeViolations } from './support/axe.js';
import { lobbyForTheseTests } from './support/lobby.js';

const lobby = lobbyForTheseTests({ caseStore: true });

async function expectNoViolations(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${where}`).toEqual([]);
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** Types on the on-screen keyboard, one key press per character (Space for spaces). */
async function typeOnScreen(page: Page, text: string): Promise<void> {
  const keyboard = page.getByRole('group', { name: 'On-screen keyboard' });
  for (const char of text) {
    const name = char === ' ' ? 'Space' : char;
    await keyboard.getByRole('button', { name, exact: true }).click();
  }
}

/** The catalog the kiosk shows (the agent's copy), so the walk follows whatever questions the service has. */
async function kioskCatalog(): Promise<CaseCatalog> {
  const res = await fetch(`${lobby.agent.url}/kiosk-api/getCaseCatalog`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  expect(res.ok).toBe(true);
  return CaseCatalog.parse(await res.json());
}

/** Answers one question on its screen: the first choice, a digit on the pad, a date, or a short text. */
async function answer(page: Page, attribute: CaseAttribute): Promise<void> {
  const first = attribute.values[0]?.name ?? '';
  switch (attribute.datatype) {
    case 'singlevaluelist':
    case 'multivaluelist':
      await page.getByText(first, { exact: true }).click();
      return;
    case 'number':
      await page
        .getByRole('group', { name: 'On-screen keyboard' })
        .getByRole('button', { name: '3', exact: true })
        .click();
      return;
    case 'datetime':
      await page.getByLabel('Year').selectOption(String(new Date().getUTCFullYear()));
      await page.getByLabel('Month').selectOption('01');
      await page.getByLabel('Day').selectOption('02');
      return;
    default:
      await page.getByRole('textbox', { name: attribute.description }).fill('Near the bus stop');
  }
}

/** Walks the service's question pages: required ones checked empty first (once), optional ones skipped. */
async function answerQuestions(page: Page, catalog: CaseCatalog, serviceCode: string): Promise<void> {
  let checkedRequired = false;
  for (const { attribute } of questionPages(catalog, serviceCode)) {
    if (attribute === null) {
      await expect(heading(page, 'Please note')).toBeVisible();
      await page.getByRole('button', { name: 'Continue' }).click();
      continue;
    }
    await expect(heading(page, attribute.description)).toBeVisible();
    if (!attribute.required) {
      await page.getByRole('button', { name: 'Skip this question' }).click();
      continue;
    }
    if (!checkedRequired) {
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByText('Answer this question to continue.').first()).toBeVisible();
      await expectNoViolations(page, 'question step with a problem');
      checkedRequired = true;
    }
    await answer(page, attribute);
    await page.getByRole('button', { name: 'Continue' }).click();
  }
}

test('a visitor reports a pothole and gets a reference', async ({ page }) => {
  const catalog = await kioskCatalog();
  const pothole = catalog.services.find((s) => s.code === 'pothole');
  expect(pothole, 'the catalog offers potholes').toBeDefined();
  const matches = servicesByGroup(catalog, 'en', 'pot').flatMap((g) => g.services).length;

  await page.goto(`${lobby.agent.url}/kiosk`);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(heading(page, 'What would you like to do?')).toBeVisible();
  await expectNoViolations(page, 'purpose step');
  await page.getByRole('button', { name: 'Report a problem or request a City service' }).click();

  await expect(heading(page, 'What is the problem about?')).toBeVisible();
  await expectNoViolations(page, 'category step');
  await page.getByLabel('Search', { exact: true }).click();
  await typeOnScreen(page, 'pot');
  await expect(page.getByLabel('Search', { exact: true })).toHaveValue('pot');
  await expect(page.getByRole('status')).toHaveText(matches === 1 ? '1 match' : `${matches} matches`);
  await page.getByLabel('Search', { exact: true }).fill('zzz');
  await expect(page.getByRole('status')).toContainText('Nothing matches');
  await expectNoViolations(page, 'category step with no match');
  await page.getByRole('button', { name: 'Clear the search' }).click();
  await page.getByRole('button', { name: pothole?.name ?? 'Pothole', exact: true }).click();
  await answerQuestions(page, catalog, 'pothole');

  await expect(heading(page, 'Where is the problem?')).toBeVisible();
  await expectNoViolations(page, 'location step');
  await page.getByRole('button', { name: /^Here, at or near/ }).click();

  await expect(heading(page, 'Tell us more')).toBeVisible();
  await page.getByLabel('Description').click();
  await page.getByRole('button', { name: 'Capital letters' }).click();
  await typeOnScreen(page, 'Deep hole');
  await expect(page.getByLabel('Description')).toHaveValue('Deep hole');
  await expectNoViolations(page, 'description step with the keyboard');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(heading(page, 'How can the City contact you?')).toBeVisible();
  await expect(page.getByText(/uses this only to contact you about this request/)).toBeVisible();
  await page.getByLabel('Email address').fill('not an email');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Type an email address like name@example.com.').first()).toBeVisible();
  await expectNoViolations(page, 'contact step with a problem');
  await page.getByLabel('Email address').fill('visitor@example.org');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(heading(page, 'Check your request')).toBeVisible();
  await expect(page.getByText('Deep hole')).toBeVisible();
  await expectNoViolations(page, 'review step');
  await page.getByRole('button', { name: 'Change More details' }).click();
  await expect(page.getByLabel('Description')).toHaveValue('Deep hole');
  await page.getByLabel('Description').fill('Deep hole by the bus stop');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page, 'Check your request')).toBeVisible();
  const printed = lobby.printer.nextJob();
  await page.getByRole('button', { name: 'Send my request' }).click();

  await expect(heading(page, 'Your request is saved')).toBeVisible();
  await expect(page.getByTestId('request-reference')).toHaveText(/^R-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const reference = (await page.getByTestId('request-reference').textContent()) ?? '';
  await expectNoViolations(page, 'request receipt');
  const receipt = await printed;
  expect(receipt.text).toContain(reference);
  const statusUrl = receipt.receipt.qrCodes[0] ?? '';
  expect(statusUrl).toMatch(/\/request\/[A-Za-z0-9_-]{22,64}$/);

  const caseStore = lobby.caseStore;
  if (!caseStore) throw new Error('this spec runs with the fake case store');
  await expect
    .poll(() => caseStore.cases.find((c) => c.description.includes(reference))?.serviceRequestId)
    .toBeDefined();
  const created = caseStore.cases.find((c) => c.description.includes(reference));
  expect(created?.contact.email).toBe('visitor@example.org');
  const statusPage = `${lobby.hub.url}/request/${statusUrl.split('/request/')[1]}`;
  await expect
    .poll(async () => (await fetch(statusPage)).text())
    .toContain(created?.serviceRequestId ?? 'no case');
  const status = await (await fetch(statusPage)).text();
  expect(status).toContain(reference);
  expect(status).not.toContain('visitor@example.org');
  expect(status).not.toContain('Deep hole');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
});
