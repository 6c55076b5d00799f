// Loads the ICU catalogs from assets/locales/<language>/<namespace>.json on disk (Node side).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, Catalogs } from '../machines/i18n/translate.js';
import { assetsDir } from './paths.js';

export function loadCatalogs(dir = join(assetsDir, 'locales')): Catalogs {
  const out: Record<string, Record<string, Catalog>> = {};
  for (const language of readdirSync(dir)) {
    out[language] = {};
    for (const file of readdirSync(join(dir, language))) {
      if (!file.endsWith('.json')) continue;
      out[language][file.slice(0, -5)] = JSON.parse(
        readFileSync(join(dir, language, file), 'utf8'),
      ) as Catalog;
    }
  }
  return out;
}
