// The information-topics panel's strings (the `contentAdmin` catalog) and how it names languages.
import { translator } from '../../../../machines/i18n/translate.js';
import { catalogs } from '../../../i18n/catalogs.js';

export const t = translator(catalogs, 'en', 'contentAdmin');

const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** English name of a language tag, e.g. "es" → "Spanish". */
export function languageName(tag: string): string {
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
