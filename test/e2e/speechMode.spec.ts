// The audio guide, keypad only (Chromium, real hub + kiosk agent + virtual TCP printer, a fake Web Speech API
// installed before the page loads): the guide's key starts it, arrows and Enter choose Spanish and walk to a
// printed ticket, and at each step the fake engine shows what was said and in which language — titles, choices,
// the selected one, the ticket number character by character and what to do next. A key interrupts speech,
// Repeat says the screen again, Help and Back work, volume changes and is back to default after the visit (Playwright's clock), and
// the idle warning waits twice as long while the guide is on. Prints the languages Chromium here cannot speak.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { ClipManifest } from '../../machines/speech/clipManifest.js';
import { spellOut } from '../../machines/speech/utterance.js';
import { speechGaps } from '../../machines/speech/voiceChoice.js';
import { assetsDir } from '../../main/paths.js';
import { type FakeSpeechControl, installFakeSpeech, type SpokenRecord } from '../fakes/fakeSpeech.js';
import { testSiteConfig } from '../support/siteConfig.js';
import { lobbyForTheseTests } from './support/lobby.js';

const lobby = lobbyForTheseTests();

const message = (language: string, key: string): string => {
  const catalog = JSON.parse(readFileSync(join(assetsDir, 'locales', language, 'kiosk.json'), 'utf8'));
  const text = catalog[key];
  if (typeof text !== 'string') throw new Error(`no ${language}/kiosk:${key}`);
  return text;
};

const fill = (template: string, values: Record<string, number>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

const voices = [
  { name: 'Fake English', lang: 'en-US' },
  { name: 'Fake Spanish', lang: 'es-US' },
];

type Said = Pick<SpokenRecord, 'text' | 'lang'>;

declare global {
  interface Window {
    __fakeSpeech: FakeSpeechControl;
  }
}

/** Everything said since the `from`-th utterance. */
const spokenSince = (page: Page, from: number) =>
  page.evaluate((n) => window.__fakeSpeech.spoken.slice(n), from);
const spokenCount = (page: Page) => page.evaluate(() => window.__fakeSpeech.spoken.length);
const said = (records: SpokenRecord[]): Said[] => records.map(({ text, lang }) => ({ text, lang }));

/** Presses a key and waits until the guide has said something for it; returns what it said. */
async function pressAndHear(page: Page, key: string): Promise<SpokenRecord[]> {
  const before = await spokenCount(page);
  await page.keyboard.press(key);
  await expect.poll(() => spokenCount(page)).toBeGreaterThan(before);
  return spokenSince(page, before);
}

/** Arrows down until the focused choice's text is `name` (at most `max` presses); returns what was said for it. */
async function arrowTo(page: Page, name: string, max = 25): Promise<SpokenRecord[]> {
  for (let presses = 0; presses < max; presses += 1) {
    const heard = await pressAndHear(page, 'ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused.startsWith(name)) return heard;
  }
  throw new Error(`"${name}" never took focus`);
}

/** The guide switches on once the kiosk has its setup (the welcome screen); before that it refuses. */
const welcomeShown = (page: Page) =>
  expect(page.getByRole('button', { name: message('en', 'welcome.start'), exact: true })).toBeVisible();

test.beforeEach(async ({ page }) => {
  await page.addInitScript(installFakeSpeech, { voices, voicesLoadLater: true });
});

test('a keypad-only visit in Spanish, spoken from start to printed ticket', async ({ page }) => {
  const { ticketShownSeconds } = testSiteConfig().kiosk;
  await page.clock.install();
  await page.goto(`${lobby.agent.url}/kiosk`);
  await welcomeShown(page);
  const toggle = page.getByTestId('speech-toggle');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toHaveText(message('en', 'speech.toggle'));

  // The guide's key (keypad *) starts it: it says so, the keys, then the language question in every language.
  const start = await pressAndHear(page, 'NumpadMultiply');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(async () => said(await spokenSince(page, 0)))
    .toContainEqual({ text: 'Español', lang: 'es' });
  const opening = await spokenSince(page, 0);
  expect(start[0]).toMatchObject({ text: message('en', 'speech.on'), lang: 'en', volume: 0.6 });
  expect(said(opening)).toContainEqual({ text: message('en', 'speech.keys'), lang: 'en' });
  expect(said(opening)).toContainEqual({ text: message('es', 'language.title'), lang: 'es' });
  // Languages without a voice here (and no clips yet) are left out, never read by another language's voice.
  expect(opening.map((u) => [u.lang, u.voice])).not.toContainEqual(['vi', expect.anything()]);
  expect(opening.every((u) => u.voice === (u.lang === 'es' ? 'Fake Spanish' : 'Fake English'))).toBe(true);

  // The current language is said as selected; then Spanish, in Spanish, with its place in the list.
  expect(said(await arrowTo(page, 'English'))).toEqual([
    { text: 'English', lang: 'en' },
    { text: message('en', 'common.selected'), lang: 'en' },
    { text: fill(message('en', 'speech.position'), { index: 2, count: 18 }), lang: 'en' },
  ]);
  expect(said(await arrowTo(page, 'Español'))[0]).toEqual({ text: 'Español', lang: 'es' });

  // Enter chooses: the next question and its choices, in Spanish.
  const purpose = said(await pressAndHear(page, 'Enter'));
  await expect(page.locator('.kiosk')).toHaveAttribute('lang', 'es');
  expect(purpose[0]).toEqual({ text: message('es', 'purpose.title'), lang: 'es' });
  expect(purpose).toContainEqual({ text: message('es', 'purpose.ticket'), lang: 'es' });

  // Any key interrupts: the engine is cancelled while it is still speaking.
  await page.evaluate(() => window.__fakeSpeech.setAutoEnd(false));
  await pressAndHear(page, 'Numpad5');
  const cancels = await page.evaluate(() => window.__fakeSpeech.cancels);
  const repeated = said(await pressAndHear(page, 'Numpad5'));
  expect(await page.evaluate(() => window.__fakeSpeech.cancels)).toBeGreaterThan(cancels);
  // Repeat says the screen again from its title.
  expect(repeated[0]).toEqual({ text: message('es', 'purpose.title'), lang: 'es' });
  await page.evaluate(() => window.__fakeSpeech.setAutoEnd(true));

  // Volume up: said at the new level, and later speech keeps it.
  const louder = await pressAndHear(page, 'NumpadAdd');
  expect(louder).toEqual([
    expect.objectContaining({
      text: fill(message('es', 'speech.volume'), { level: 7, max: 10 }),
      volume: 0.7,
    }),
  ]);

  // Help (keypad /): the help dialog's words, then the keys; Escape closes it.
  const help = said(await pressAndHear(page, 'NumpadDivide'));
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(help[0]).toEqual({ text: message('es', 'help.title'), lang: 'es' });
  expect(help.at(-1)).toEqual({ text: message('es', 'speech.keys'), lang: 'es' });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await arrowTo(page, message('es', 'purpose.ticket'));
  const service = said(await pressAndHear(page, 'Enter'));
  expect(service[0]).toEqual({ text: message('es', 'service.title'), lang: 'es' });
  // Back (Backspace) returns to the previous question, said again; Enter goes forward once more.
  expect(said(await pressAndHear(page, 'Backspace'))[0]).toEqual({
    text: message('es', 'purpose.title'),
    lang: 'es',
  });
  await arrowTo(page, message('es', 'purpose.ticket'));
  await pressAndHear(page, 'Enter');
  await arrowTo(page, 'Vivienda');
  const needs = await pressAndHear(page, 'Enter');
  expect(said(needs)[0]).toEqual({ text: message('es', 'needs.title'), lang: 'es' });
  expect(needs.every((u) => u.volume === 0.7)).toBe(true);
  await arrowTo(page, message('es', 'needs.none'));
  await pressAndHear(page, 'Enter');
  await arrowTo(page, message('es', 'confirm.submit'));

  const printed = lobby.printer.nextJob();
  const ticket = said(await pressAndHear(page, 'Enter'));
  const number = (await page.getByTestId('ticket-number').textContent())?.trim() ?? '';
  expect(number).toMatch(/^H\d{3}$/);
  await expect
    .poll(async () => said(await spokenSince(page, 0)))
    .toContainEqual({
      text: message('es', 'ticket.next'),
      lang: 'es',
    });
  const whole = said(await spokenSince(page, 0));
  expect(whole).toContainEqual({ text: message('es', 'ticket.title'), lang: 'es' });
  expect(whole).toContainEqual({ text: spellOut(number), lang: 'es' });
  expect(spellOut(number)).toBe([...number].join(', '));
  expect(ticket.length).toBeGreaterThan(0);
  expect((await printed).ticketNumber).toBe(number);

  // The visit ends (back to welcome): the guide is off, and the next visitor starts at the default volume.
  const saidForVisit = await spokenCount(page);
  await page.clock.runFor((ticketShownSeconds + 1) * 1000);
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await spokenCount(page), 'nothing said to the next visitor').toBe(saidForVisit);
  const next = await pressAndHear(page, 'F2');
  expect(next[0]).toMatchObject({ text: message('en', 'speech.on'), lang: 'en', volume: 0.6 });
});

test('the idle warning waits twice as long with the guide on, is spoken, and the reset turns it off', async ({
  page,
  context,
}) => {
  const { idleWarningSeconds, idleGraceSeconds } = testSiteConfig().kiosk;
  await page.clock.install();
  await page.goto(`${lobby.agent.url}/kiosk`);
  await welcomeShown(page);
  const toggle = page.getByTestId('speech-toggle');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await pressAndHear(page, 'NumpadSubtract');

  const warning = page.getByRole('alertdialog');
  await page.clock.runFor(idleWarningSeconds * 1000 + 1000);
  await expect(warning).toHaveCount(0);
  const before = await spokenCount(page);
  await page.clock.runFor(idleWarningSeconds * 1000);
  await expect(warning).toBeVisible();
  await expect
    .poll(async () => said(await spokenSince(page, before)))
    .toContainEqual({
      text: message('en', 'idle.title'),
      lang: 'en',
    });
  await page.clock.runFor(idleGraceSeconds * 2 * 1000);
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const next = await pressAndHear(page, 'NumpadMultiply');
  expect(next[0]).toMatchObject({ volume: 0.6 });

  // The gap list: site languages with neither a voice in this Chromium nor recorded clips (printed, not failed).
  const plain = await context.newPage();
  await plain.goto(`${lobby.agent.url}/kiosk`);
  const platformVoices = await plain.evaluate(() =>
    typeof speechSynthesis === 'undefined'
      ? []
      : speechSynthesis
          .getVoices()
          .map((v) => ({ name: v.name, lang: v.lang, localService: v.localService })),
  );
  const manifests = Object.fromEntries(
    testSiteConfig().languages.map((lang) => [
      lang,
      ClipManifest.parse(
        JSON.parse(readFileSync(join(assetsDir, 'sounds', 'speech', `${lang}.json`), 'utf8')),
      ),
    ]),
  );
  const gaps = speechGaps(testSiteConfig().languages, platformVoices, manifests);
  console.info(
    `speech gaps in this Chromium (${platformVoices.length} voices, no recorded clips yet): ${gaps.join(', ') || 'none'}`,
  );
  expect(await plain.evaluate(() => '__fakeSpeech' in window), 'measured without the fake').toBe(false);
});
