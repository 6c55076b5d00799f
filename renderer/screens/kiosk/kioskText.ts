// The kiosk's words in one language: translators for the `kiosk`, `services`, `request` and `info` catalogs,
// shared by context.
import { createContext, useContext } from 'react';
import { type Translate, translator } from '../../../machines/i18n/translate.js';
import { catalogs } from '../../i18n/catalogs.js';
import { textDirection } from '../../i18n/direction.js';

export interface KioskText {
  /** BCP 47 tag of the language the screen is in. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The `kiosk` namespace. */
  t: Translate;
  /** The `services` namespace: `<serviceId>.name` and `<serviceId>.hint`. */
  service: Translate;
  /** The `request` namespace: the "Report a problem" screens and the on-screen keyboard. */
  request: Translate;
  /** The `info` namespace: Find information, notices and closing early. */
  info: Translate;
}

export function kioskText(lang: string): KioskText {
  return {
    lang,
    dir: textDirection(lang),
    t: translator(catalogs, lang, 'kiosk'),
    service: translator(catalogs, lang, 'services'),
    request: translator(catalogs, lang, 'request'),
    info: translator(catalogs, lang, 'info'),
  };
}

/** A language's own name in its own language ("Español"), for language buttons. */
export function endonym(lang: string): string {
  return translator(catalogs, lang, 'kiosk')('language.endonym');
}

/** Languages that have kiosk words, reference language first (for screens shown before a setup loads). */
export function catalogLanguages(): string[] {
  return Object.keys(catalogs)
    .filter((lang) => catalogs[lang]?.kiosk !== undefined)
    .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

export const KioskTextContext = createContext<KioskText | null>(null);

export function useText(): KioskText {
  const text = useContext(KioskTextContext);
  if (!text) throw new Error('useText must be used inside KioskTextContext');
  return text;
}
