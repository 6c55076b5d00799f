// Every word a kiosk prints, in every site language, can be printed: it fits the common code pages or every
// character has a glyph in the bundled fonts (ticket and referral catalogs, service names, information topics on
// referral slips, walk-in service names on request receipts). At the kiosk a missing glyph fails the print, so a
// translation with one must fail here first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../../main/hub/loadConfig.js';
import { loadCatalogs } from '../../../main/localesFromDisk.js';
import { assetsDir } from '../../../main/paths.js';
import { assertCovered, fontsForLine } from '../../../printers/fonts/bundledFonts.js';
import { fitsCodePages } from '../../../printers/fonts/scripts.js';

const site = loadSiteConfig(join(assetsDir, 'site', 'portland-building.json'));
const catalogs = loadCatalogs();
const readJson = (name: string) => JSON.parse(readFileSync(join(assetsDir, 'site', name), 'utf8'));

interface Texts {
  title: string;
  summary: string;
  placeName: string;
  addressLines: string[];
  hoursNote: string;
}
const topics = readJson('info-topics.json').topics as { id: string; texts: Record<string, Texts> }[];
const caseServices = readJson('case-services.json').services as {
  code: string;
  translations?: Record<string, { name: string }>;
}[];

/** The printed strings of one language, each with where it comes from. */
function printedTexts(language: string): [string, string][] {
  const out: [string, string][] = [];
  for (const namespace of ['ticket', 'referral']) {
    for (const [key, text] of Object.entries(catalogs[language]?.[namespace] ?? {}))
      out.push([`${namespace}:${key}`, text]);
  }
  for (const service of site.services) {
    const name = catalogs[language]?.services?.[`${service.id}.name`];
    if (name) out.push([`services:${service.id}.name`, name]);
  }
  for (const topic of topics) {
    const texts = topic.texts[language];
    if (!texts) continue;
    for (const [field, value] of Object.entries(texts)) {
      if (field === 'keywords' || field === 'basedOn') continue;
      for (const line of [value].flat()) out.push([`topic ${topic.id}.${field}`, String(line)]);
    }
  }
  for (const service of caseServices) {
    const name = service.translations?.[language]?.name;
    if (name) out.push([`case service ${service.code}`, name]);
  }
  return out;
}

/** The first string that neither fits the code pages nor is covered by the bundled fonts, or null. */
function unprintable(language: string): string | null {
  for (const [where, text] of printedTexts(language)) {
    if (fitsCodePages(text)) continue;
    for (const bold of [false, true]) {
      try {
        assertCovered(text, language, fontsForLine(text, language, bold));
      } catch (error) {
        return `${where}: ${(error as Error).message}`;
      }
    }
  }
  return null;
}

describe('printed text in every site language', () => {
  it('covers every site language with ticket and referral catalogs', () => {
    for (const language of site.languages) {
      expect(catalogs[language]?.ticket, language).toBeDefined();
      expect(catalogs[language]?.referral, language).toBeDefined();
    }
  });

  it.each(site.languages)('%s prints with the code pages or the bundled fonts', (language) => {
    expect(printedTexts(language).length).toBeGreaterThan(20);
    expect(unprintable(language)).toBeNull();
  });
});
