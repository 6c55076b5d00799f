// The ticket catalogs: the same keys in every language, and every message is valid ICU that formats.
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../../main/localesFromDisk.js';

const catalogs = loadCatalogs();
const languages = Object.keys(catalogs).filter((language) => catalogs[language]?.ticket !== undefined);
const sampleValues = { count: 2, date: 'D', time: 'T', mode: 'phone', language: 'L' };

describe('ticket catalogs', () => {
  it('exist for English and Spanish', () => {
    expect(languages).toEqual(expect.arrayContaining(['en', 'es']));
  });

  it.each(languages)('%s has exactly the English keys', (language) => {
    expect(Object.keys(catalogs[language]?.ticket ?? {}).sort()).toEqual(
      Object.keys(catalogs.en?.ticket ?? {}).sort(),
    );
  });

  it.each(languages)('every %s message formats without leaving ICU syntax behind', (language) => {
    for (const [key, message] of Object.entries(catalogs[language]?.ticket ?? {})) {
      const text = String(new IntlMessageFormat(message, language).format(sampleValues));
      expect(text, key).not.toMatch(/[{}]/);
      expect(text.length, key).toBeGreaterThan(0);
    }
  });
});
