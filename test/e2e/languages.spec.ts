// Every kiosk language end to end (Chromium, real hub + kiosk agent + virtual TCP printer): each is offered by its
// own name with its own `lang`, the visit then runs in it (`lang`, right to left for Arabic) with axe clean on the
// purpose and confirm steps and its script drawn with the bundled font of that script (served by the agent: no
// request leaves it), and the ticket prints (decoded from the ESC/POS bytes) with the number on screen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { assetsDir } from '../../main/paths.js';
import { testSiteConfig } from '../support/siteConfig.js';
import { axeViolations } from './support/axe.js';
import { lobbyForTheseTests } from './support/lobby.js';

// One kiosk takes a ticket in each of 17 languages in about a minute: more than its default 5-then-1-per-4-s limit.
const lobby = lobbyForTheseTests({ ticketLimit: '20/1' });

const message = (language: string, namespace: string, key: string): string => {
  const catalog = JSON.parse(readFileSync(join(assetsDir, 'locales', language, `${namespace}.json`), 'utf8'));
  const text = catalog[key];
  if (typeof text !== 'string') throw new Error(`no ${language}/${namespace}:${key}`);
  return text;
};

const rightToLeft = new Set(['ar']);

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

test('a ticket in every kiosk language, named in its own script, laid out in its direction', async ({
  page,
}) => {
  const languages = testSiteConfig().languages;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(lobby.agent.url).origin) elsewhere.push(request.url());
  });
  expect(languages).toHaveLength(17);
  test.setTimeout(languages.length * 15_000);
  for (const language of languages) {
    await page.goto(`${lobby.agent.url}/kiosk`);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const button = page.getByRole('button', {
      name: message(language, 'kiosk', 'language.endonym'),
      exact: true,
    });
    await expect(button).toHaveAttribute('lang', language);
    await button.click();

    const kiosk = page.locator('.kiosk');
    await expect(kiosk).toHaveAttribute('lang', language);
    await expect(kiosk).toHaveAttribute('dir', rightToLeft.has(language) ? 'rtl' : 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      message(language, 'kiosk', 'purpose.title'),
    );
    expect(await axeViolations(page), `axe on the purpose step in ${language}`).toEqual([]);
    const loadedFaces = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, ''));
    });
    expect(loadedFaces, `bundled fonts loaded for ${language}`).toContain(faceFor[language] ?? 'L311 Sans');

    await page.getByTestId('purpose-ticket').click();
    await page.getByTestId('service-housing').click();
    await page.getByRole('button', { name: message(language, 'kiosk', 'needs.none'), exact: true }).click();
    const confirm = page.getByRole('button', {
      name: message(language, 'kiosk', 'confirm.submit'),
      exact: true,
    });
    await expect(confirm).toBeVisible();
    expect(await axeViolations(page), `axe on the confirm step in ${language}`).toEqual([]);

    const printed = lobby.printer.nextJob();
    await confirm.click();
    const number = (await page.getByTestId('ticket-number').textContent())?.trim() ?? '';
    expect(number, language).toMatch(/^H\d{3}$/);
    const job = await printed;
    expect(job.ticketNumber, language).toBe(number);
    expect(job.receipt.warnings, language).toEqual([]);
  }
  expect(elsewhere, 'requests to anywhere but the kiosk agent').toEqual([]);
});
