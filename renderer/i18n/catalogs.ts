// Bundles every ICU catalog in assets/locales/<language>/<namespace>.json into the screens at build time.
import type { Catalog, Catalogs } from '../../machines/i18n/translate.js';

const files = import.meta.glob<Catalog>('../../assets/locales/*/*.json', { eager: true, import: 'default' });

function collect(): Catalogs {
  const out: Record<string, Record<string, Catalog>> = {};
  for (const [path, catalog] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match as unknown as [string, string, string];
    out[language] ??= {};
    out[language][namespace] = catalog;
  }
  return out;
}

export const catalogs: Catalogs = collect();
