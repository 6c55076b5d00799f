// The recorded speech bundled with the screens: every language's clip manifest (assets/sounds/speech/*.json,
// validated) and the URLs of its clip files; and which catalog message a text is, for clips named by message.

import { translator } from '../../machines/i18n/translate.js';
import { ClipManifest } from '../../machines/speech/clipManifest.js';
import { catalogs } from '../i18n/catalogs.js';

const manifestFiles = import.meta.glob<unknown>('../../assets/sounds/speech/*.json', {
  eager: true,
  import: 'default',
});
const clipFiles = import.meta.glob<string>('../../assets/sounds/speech/**/*.{opus,ogg,mp3,wav}', {
  eager: true,
  query: '?url',
  import: 'default',
});

export const clipManifests: Readonly<Record<string, ClipManifest>> = Object.fromEntries(
  Object.entries(manifestFiles).map(([path, json]) => {
    const parsed = ClipManifest.safeParse(json);
    if (!parsed.success) throw new Error(`${path} is not a clip manifest: ${parsed.error.message}`);
    return [parsed.data.language, parsed.data];
  }),
);

/** The URL of a clip named in a manifest (`es/welcome-title.opus`). */
export function clipUrl(file: string): string | undefined {
  return clipFiles[`../../assets/sounds/speech/${file}`];
}

const byLanguage = new Map<string, Map<string, string>>();

/** `namespace:key` of the catalog message without placeholders whose text in `lang` is `text`. */
export function messageKeyOf(lang: string, text: string): string | undefined {
  let texts = byLanguage.get(lang);
  if (!texts) {
    texts = new Map();
    for (const [namespace, catalog] of Object.entries(catalogs[lang] ?? {})) {
      const t = translator(catalogs, lang, namespace);
      for (const key of Object.keys(catalog)) {
        if (key.startsWith('@')) continue;
        try {
          texts.set(t(key), `${namespace}:${key}`);
        } catch {
          // A message with placeholders has no single text: recordings cannot say it whole.
        }
      }
    }
    byLanguage.set(lang, texts);
  }
  return texts.get(text);
}
