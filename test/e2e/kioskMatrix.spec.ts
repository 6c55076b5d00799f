// Every kiosk screen × every kiosk language × every display mode (plain, large text, high contrast, seated, and
// large text with seated), at the kiosk's own size (1080 × 1920 portrait), in the real system: axe (WCAG 2.0–2.2
// A/AA) finds nothing, every control is at least 44 × 44 px, nothing is cut off or scrolls sideways, and in the
// seated layout every control sits in the reach band (or, on a screen too long for the band — a search, a form,
// the services, the closed notice, and any screen in large text — the page scrolls it into the band). Screens: welcome, language, purpose, the display options and help dialogs, Find information
// (browse, topic), the ticket steps (service, needs, interpreter, accessibility, confirm, the idle warning, a
// failed ticket and its retry, the ticket), Report a problem (category, each question, location, description
// with the on-screen keyboard, contact, review, receipt), a scanned ticket's status and the closed-by-staff screen.
// The walks run inside the page (one evaluate per stretch), two modes at a time, so the matrix stays fast.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import type { ScanResult } from '../../machines/contracts/kioskApi.js';
import { defaultModes, idleTimeoutsFor } from '../../machines/kioskFlow.js';
import { assetsDir } from '../../main/paths.js';
import { textDirection } from '../../renderer/i18n/direction.js';
import { testSiteConfig } from '../support/siteConfig.js';
import { injectAxe, type Mode, type Step, type Target, walk } from './support/kioskWalk.js';
import { lobbyForTheseTests } from './support/lobby.js';

// Two visits per language and mode: one ticket each, far more than the agent's default 5-then-1-per-4-s limit.
const lobby = lobbyForTheseTests({ caseStore: true, ticketLimit: '500/1' });

const kiosk = { width: 1080, height: 1920 };
test.use({ viewport: kiosk });

const site = testSiteConfig();
const languages = site.languages;
const modes: readonly Mode[] = ['plain', 'largeText', 'highContrast', 'seated', 'largeText+seated'];
const modeToggles = (mode: Mode): string[] => (mode === 'plain' ? [] : mode.split('+'));

const catalogs = new Map<string, Record<string, string>>();
const message = (language: string, namespace: string, key: string): string => {
  const file = join(assetsDir, 'locales', language, `${namespace}.json`);
  if (!catalogs.has(file)) catalogs.set(file, JSON.parse(readFileSync(file, 'utf8')));
  const text = catalogs.get(file)?.[key];
  if (typeof text !== 'string') throw new Error(`no ${language}/${namespace}:${key}`);
  return text;
};

const main = '.kiosk__main';
const primary = { css: `${main} .button--primary` };
const dialogClose = { css: 'dialog[open] .button--primary' };

/** Steps that open the display options, press the mode's toggles and close them. */
function displayToggles(mode: Mode): Step[] {
  return [
    { do: 'click', target: { css: '[data-testid="bar-display"]' } },
    ...modeToggles(mode).map(
      (toggle): Step => ({ do: 'click', target: { css: `[data-testid="mode-${toggle}"]` } }),
    ),
    { do: 'click', target: dialogClose },
  ];
}

/** From the welcome screen: starts a visit with the mode on (the display options, in English). */
function switchOn(mode: Mode): Step[] {
  if (mode === 'plain') return [{ do: 'click', target: { css: `${main} .button--start` } }];
  return displayToggles(mode);
}

/** The purpose screen in `language`, from welcome with the mode on; the language list checked in `language`. */
function toPurpose(mode: Mode, language: string, checkLanguage: boolean): Step[] {
  const k = (key: string) => message(language, 'kiosk', key);
  const choose: Step = { do: 'click', target: { css: `${main} button[lang="${language}"]` } };
  const purpose: Step = {
    do: 'check',
    screen: 'purpose',
    ready: { css: '[data-testid="purpose-ticket"]' },
    heading: k('purpose.title'),
    axe: !checkLanguage,
  };
  const list: Step = {
    do: 'check',
    screen: 'language',
    ready: { css: `${main} button[lang]` },
    heading: k('language.title'),
    axe: false,
  };
  const visitLanguage: Step = { do: 'language', lang: language, dir: textDirection(language) };
  if (!checkLanguage) return [...switchOn(mode), list, choose, purpose, visitLanguage];
  return [
    ...switchOn(mode),
    list,
    choose,
    purpose,
    visitLanguage,
    { do: 'click', target: { css: '[data-testid="bar-language"]' } },
    {
      do: 'check',
      screen: 'language',
      ready: { css: `${main} button[lang]` },
      heading: k('language.title'),
      axe: true,
    },
    choose,
  ];
}

/** Help and display options over the purpose screen, Find information, and the ticket steps up to confirm. */
function ticketVisit(mode: Mode, language: string): Step[] {
  const k = (key: string) => message(language, 'kiosk', key);
  const choice = (n: number) => ({ css: `${main} .choices > li:nth-child(${n}) .button--choice` });
  const screen = (name: string, title: string, ready: Target = { css: main }, aaa = false): Step => ({
    do: 'check',
    screen: name,
    ready,
    heading: title,
    axe: true,
    aaa,
  });
  return [
    ...toPurpose(mode, language, true),
    screen('purpose', k('purpose.title'), { css: '[data-testid="purpose-ticket"]' }),
    { do: 'click', target: { css: '[data-testid="bar-help"]' } },
    screen('help dialog', k('help.title'), dialogClose),
    { do: 'click', target: dialogClose },
    { do: 'click', target: { css: '[data-testid="bar-display"]' } },
    screen('display options dialog', k('modes.title'), dialogClose),
    { do: 'click', target: dialogClose },
    { do: 'click', target: { css: '[data-testid="purpose-information"]' } },
    screen('information: browse', message(language, 'info', 'browse.title'), {
      css: '[data-testid="info-search"]',
    }),
    { do: 'click', target: { css: '[data-testid^="info-topic-"]' } },
    { do: 'check', screen: 'information: topic', ready: { css: '[data-testid="topic-details"]' }, axe: true },
    { do: 'click', target: { css: '[data-testid="info-back"]' } },
    { do: 'click', target: { css: `[data-testid="info-browse"] .button--back` } },
    { do: 'click', target: { css: '[data-testid="purpose-ticket"]' } },
    screen('service', k('service.title'), { css: '[data-testid="service-housing"]' }, true),
    { do: 'click', target: { css: '[data-testid="service-housing"]' } },
    screen('needs', k('needs.title')),
    { do: 'click', target: choice(1) },
    screen('interpreter', k('interpreter.title')),
    { do: 'click', target: choice(1) },
    {
      do: 'check',
      screen: 'needs, an interpreter chosen',
      ready: { css: main },
      heading: k('needs.title'),
      axe: true,
    },
    { do: 'click', target: choice(2) },
    screen('accessibility', k('accessibility.title')),
    { do: 'click', target: choice(1) },
    { do: 'check', screen: 'accessibility, one chosen', ready: { css: '[aria-pressed="true"]' }, axe: true },
    { do: 'click', target: primary },
    { do: 'check', screen: 'needs, both chosen', ready: { css: main }, heading: k('needs.title'), axe: true },
    { do: 'click', target: { css: `${main} .button--primary`, text: k('needs.continue') } },
    screen(
      'confirm',
      k('confirm.title'),
      { css: `${main} .button--primary`, text: k('confirm.submit') },
      true,
    ),
  ];
}

/** From confirm: the idle warning is up; extend, get a ticket (the first try fails, Try again gets it). */
function ticketEnd(language: string): Step[] {
  const k = (key: string) => message(language, 'kiosk', key);
  return [
    { do: 'check', screen: 'idle warning', ready: dialogClose, heading: k('idle.title'), axe: true },
    { do: 'click', target: dialogClose },
    { do: 'click', target: { css: `${main} .button--primary`, text: k('confirm.submit') } },
    { do: 'check', screen: 'ticket failed', ready: { css: '[data-testid="issue-failed"]' }, axe: true },
    { do: 'click', target: primary },
    { do: 'check', screen: 'ticket', ready: { css: '[data-testid="ticket-number"]' }, axe: true },
  ];
}

/** Done on the ticket or receipt: back at welcome with every mode off. */
const done: Step[] = [
  { do: 'click', target: primary },
  { do: 'wait', target: { css: `${main} .button--start` } },
  { do: 'reset' },
];

/** Report a problem, from purpose to the receipt and back to welcome. */
function requestVisit(mode: Mode, language: string): Step[] {
  const r = (key: string) => message(language, 'request', key);
  const screen = (name: string, state: string, title: string): Step => ({
    do: 'check',
    screen: name,
    ready: { css: `[data-testid="request-${state}"]` },
    heading: title,
    axe: true,
  });
  return [
    ...toPurpose(mode, language, false),
    { do: 'click', target: { css: '[data-testid="purpose-request"]' } },
    screen('request: category', 'category', r('category.title')),
    { do: 'click', target: { css: `${main} .choices .button--choice` } },
    { do: 'questions', axe: true },
    screen('request: location', 'location', r('location.title')),
    { do: 'click', target: { css: `${main} .choices .button--choice` } },
    { do: 'focus', target: { css: `${main} textarea` } },
    { do: 'click', target: { css: `${main} textarea` } },
    screen('request: description, with the keyboard', 'description', r('description.title')),
    { do: 'fill', target: { css: `${main} textarea` }, value: 'Deep hole' },
    { do: 'click', target: { css: `${main} form button[type="submit"]` } },
    screen('request: contact', 'contact', r('contact.title')),
    { do: 'click', target: { css: `${main} form .button--secondary` } },
    screen('request: review', 'review', r('review.title')),
    { do: 'click', target: { css: `${main} .button--primary` } },
    {
      do: 'check',
      screen: 'request: receipt',
      ready: { css: '[data-testid="request-reference"]' },
      axe: true,
    },
    ...done,
  ];
}

/** Ticket numbers shown, and requests the kiosk made anywhere but its agent. */
const tickets: string[] = [];
const elsewhere: string[] = [];

/** A kiosk page at the kiosk's size with axe in it, whose first ticket attempt per request fails (no agent). */
async function kioskPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ viewport: kiosk })).newPage();
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(lobby.agent.url).origin) elsewhere.push(request.url());
  });
  const failedOnce = new Set<string>();
  await page.route('**/kiosk-api/takeTicket', async (route) => {
    const { requestId } = route.request().postDataJSON() as { requestId: string };
    if (failedOnce.has(requestId)) return route.continue();
    failedOnce.add(requestId);
    return route.abort('connectionrefused');
  });
  await page.clock.install();
  await page.goto(`${lobby.agent.url}/kiosk`);
  await expect(page.locator(`${main} .button--start`)).toBeVisible();
  await injectAxe(page);
  return page;
}

/** How long the kiosk waits without input before it asks "Do you need more time?", in `mode`. */
function warningMs(mode: Mode): number {
  const on = Object.fromEntries(modeToggles(mode).map((toggle) => [toggle, true]));
  return idleTimeoutsFor({ ...defaultModes(), ...on }, site.kiosk).warningSeconds * 1000;
}

/** `KIOSK_MATRIX=full`: axe on every screen in every language and mode (about two and a half times as long). */
const fullAxe = process.env.KIOSK_MATRIX === 'full';

/**
 * Which screens axe runs on, by default: each screen in each language in one of the five modes, turn about
 * (all pairs: every screen × language, every screen × mode in three or four languages, every language × mode on
 * a fifth of the screens). The size, reach and overflow checks run on every screen in every language and mode.
 */
function axeShare(mode: Mode, language: string, walks: Step[][]): Step[][] {
  if (fullAxe) return walks;
  const turn = languages.indexOf(language) + modes.length - modes.indexOf(mode);
  let screen = 0;
  return walks.map((steps) =>
    steps.map((step) => {
      if ((step.do !== 'check' && step.do !== 'questions') || !step.axe) return step;
      screen += 1;
      return { ...step, axe: (screen + turn) % modes.length === 0 };
    }),
  );
}

async function everyLanguageIn(browser: Browser, mode: Mode): Promise<string[]> {
  const page = await kioskPage(browser);
  const failures: string[] = [];
  for (const language of languages) {
    const where = `${mode}, ${language}`;
    const [visit = [], end = [], request = []] = axeShare(mode, language, [
      ticketVisit(mode, language),
      ticketEnd(language),
      requestVisit(mode, language),
    ]);
    failures.push(...(await walk(page, where, mode, visit)));
    await page.clock.runFor(warningMs(mode));
    failures.push(...(await walk(page, where, mode, end)));
    tickets.push((await page.getByTestId('ticket-number').textContent()) ?? '');
    if (mode === 'plain') failures.push(...(await bundledFont(page, language)));
    failures.push(...(await walk(page, where, mode, [...done, ...request])));
  }
  await page.context().close();
  return failures;
}

/** The bundled face a language's script is drawn with (fonts.css); Latin and Cyrillic use L311 Sans. */
const faceFor: Readonly<Record<string, string>> = {
  ar: 'L311 Sans Arabic',
  ne: 'L311 Sans Devanagari',
  km: 'L311 Sans Khmer',
  lo: 'L311 Sans Lao',
  'zh-Hans': 'L311 Sans CJK SC',
  'zh-Hant': 'L311 Sans CJK TC',
  ja: 'L311 Sans CJK JP',
  ko: 'L311 Sans CJK KR',
};

/** The language's script was drawn with the bundled font of that script (served by the agent). */
async function bundledFont(page: Page, language: string): Promise<string[]> {
  const face = faceFor[language] ?? 'L311 Sans';
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, ''));
  });
  return loaded.includes(face)
    ? []
    : [`${language}: the bundled ${face} is not loaded (${loaded.join(', ')})`];
}

test('every kiosk screen in every language and every mode: axe clean, big targets, in reach, nothing cut off', async ({
  browser,
}) => {
  test.setTimeout(fullAxe ? 900_000 : 240_000);
  expect(languages).toHaveLength(17);
  // Two walks at a time: the machine has two cores.
  const queue = [...modes];
  const failures: string[] = [];
  const worker = async () => {
    for (let mode = queue.shift(); mode; mode = queue.shift()) {
      failures.push(...(await everyLanguageIn(browser, mode)));
    }
  };
  await Promise.all([worker(), worker()]);
  expect(failures).toEqual([]);
  expect(elsewhere, 'requests to anywhere but the kiosk agent').toEqual([]);
  // Every ticket and receipt printed; each ticket with the number its visitor saw, without a warning.
  const jobs = await Promise.all([...tickets, ...tickets].map(() => lobby.printer.nextJob()));
  const printed = jobs.filter((job) => /^[A-Z]\d{3}$/.test(job.ticketNumber ?? ''));
  expect(printed.map((job) => job.ticketNumber).sort()).toEqual([...tickets].sort());
  expect(printed.flatMap((job) => job.receipt.warnings)).toEqual([]);
});

test('the welcome, scanned-ticket and closed-by-staff screens in every mode', async ({ page }) => {
  const scan: ScanResult = {
    kind: 'ticket',
    seq: 1,
    status: {
      number: 'H123',
      serviceId: 'housing',
      status: 'waiting',
      peopleAhead: 2,
      estimatedWait: null,
      counterName: null,
    },
  };
  let scanned = false;
  let scanNow = () => {};
  const welcomed = new Promise<void>((resolve) => {
    scanNow = resolve;
  });
  // No scanner here: the first long poll answers with one scan once welcome shows, the others go to the agent.
  await page.route('**/kiosk-api/waitForScan', async (route) => {
    if (scanned) return route.continue();
    scanned = true;
    await welcomed;
    return route.fulfill({ json: { scan } });
  });
  // Closed by staff: the agent's status says so (deviceCare.spec.ts takes the kiosk out of service for real).
  let closed = false;
  await page.route('**/kiosk-api/getStatus', async (route) => {
    const response = await route.fetch();
    const status = await response.json();
    const outOfService = {
      message: 'Please use the kiosk by the elevators.',
      since: new Date().toISOString(),
    };
    return route.fulfill({ response, json: closed ? { ...status, outOfService } : status });
  });
  await page.goto(`${lobby.agent.url}/kiosk`);
  await expect(page.locator(`${main} .button--start`)).toBeVisible();
  scanNow();
  await expect(page.getByTestId('scan-status')).toBeVisible();
  await injectAxe(page);
  const failures: string[] = [];
  // Each mode on (the display options work on these screens too), the screen checked, the mode off again.
  for (const mode of modes) {
    failures.push(
      ...(await walk(page, mode, mode, [
        ...displayToggles(mode),
        { do: 'check', screen: 'scanned ticket', ready: { css: '[data-testid="scan-status"]' }, axe: true },
        ...displayToggles(mode),
      ])),
    );
  }
  await page.getByRole('button', { name: message('en', 'kiosk', 'scan.done') }).click();
  failures.push(
    ...(await walk(page, 'plain', 'plain', [
      { do: 'check', screen: 'welcome', ready: { css: `${main} .button--start` }, axe: true },
    ])),
  );
  closed = true;
  await page.reload();
  await expect(page.getByTestId('closed-by-staff')).toBeVisible();
  await injectAxe(page);
  for (const mode of modes) {
    failures.push(
      ...(await walk(page, mode, mode, [
        ...displayToggles(mode),
        {
          do: 'check',
          screen: 'closed by staff',
          ready: { css: '[data-testid="closed-by-staff"]' },
          axe: true,
        },
        ...displayToggles(mode),
      ])),
    );
  }
  expect(failures).toEqual([]);
});
