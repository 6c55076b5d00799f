// ICU MessageFormat translation over in-memory catalogs: one pure function used by screens and the agent.
import { IntlMessageFormat } from 'intl-messageformat';

/** One namespace of one language: flat keys to ICU message strings. */
export type Catalog = Readonly<Record<string, string>>;

/** All catalogs: language → namespace → catalog, e.g. catalogs.es.kiosk['welcome.title']. */
export type Catalogs = Readonly<Record<string, Readonly<Record<string, Catalog>>>>;

export type MessageValues = Record<string, string | number | Date>;

export type Translate = (key: string, values?: MessageValues) => string;

const cache = new Map<string, IntlMessageFormat>();

/**
 * Returns a translator for one language and namespace. A key missing from the language falls back to
 * `fallbackLanguage` (English); a key missing everywhere throws, so a gap fails tests instead of showing a key.
 */
export function translator(
  catalogs: Catalogs,
  language: string,
  namespace: string,
  fallbackLanguage = 'en',
): Translate {
  return (key, values) => {
    const own = catalogs[language]?.[namespace]?.[key];
    const source = own ?? catalogs[fallbackLanguage]?.[namespace]?.[key];
    if (source === undefined) throw new Error(`missing message ${namespace}:${key}`);
    const locale = own === undefined ? fallbackLanguage : language;
    const cacheKey = `${locale}\u0000${source}`;
    let format = cache.get(cacheKey);
    if (!format) {
      format = new IntlMessageFormat(source, locale);
      cache.set(cacheKey, format);
    }
    return String(format.format(values));
  };
}
