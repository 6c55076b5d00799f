// Which translations still need a qualified translator: unreviewed and missing catalogs per site language, and
// the panel in maintenance that lists them from the bundled catalogs.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Catalogs } from '../../../../machines/i18n/translate.js';
import { translationReview } from '../../../../machines/i18n/translationReview.js';
import { TranslationsPanel } from '../../../../renderer/screens/maintenance/TranslationsPanel.js';

const catalogs: Catalogs = {
  en: {
    kiosk: { '@review': 'source', a: 'A' },
    ticket: { '@review': 'source', b: 'B' },
    display: { '@review': 'source', c: 'C' },
  },
  es: {
    kiosk: { '@review': 'reviewed', a: 'Á' },
    ticket: { '@review': 'unreviewed', b: 'B́' },
    display: { '@review': 'reviewed', c: 'Ć' },
  },
  vi: { kiosk: { a: 'Ạ' } },
};

describe('translationReview', () => {
  it('lists unreviewed and missing namespaces per language, English left out, in the site order', () => {
    expect(translationReview(catalogs, ['en', 'vi', 'es', 'so'])).toEqual([
      { language: 'vi', unreviewed: ['kiosk'], missing: ['display', 'ticket'] },
      { language: 'es', unreviewed: ['ticket'], missing: [] },
      { language: 'so', unreviewed: [], missing: ['display', 'kiosk', 'ticket'] },
    ]);
  });

  it('is empty when every catalog of every language is reviewed', () => {
    const reviewed: Catalogs = {
      ...catalogs,
      es: { ...catalogs.es, ticket: { '@review': 'reviewed', b: 'B' } },
    };
    expect(translationReview(reviewed, ['en', 'es'])).toEqual([
      { language: 'es', unreviewed: [], missing: [] },
    ]);
  });
});

describe('TranslationsPanel', () => {
  it('lists the shipped languages whose catalogs are not reviewed yet', () => {
    const html = renderToStaticMarkup(<TranslationsPanel languages={['en', 'es', 'zh-Hant', 'chk']} />);
    expect(html).toContain('data-testid="translations-es"');
    expect(html).toContain('data-testid="translations-zh-Hant"');
    expect(html).toContain('data-testid="translations-chk"');
    expect(html).not.toContain('data-testid="translations-en"');
    expect(html).toContain('Not yet reviewed');
  });
});
