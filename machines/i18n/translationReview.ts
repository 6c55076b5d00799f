// Which translations a qualified translator has not reviewed yet: every catalog records it under `@review`
// ("source" for English, "reviewed" or "unreviewed" for the others); a catalog without the key counts as
// unreviewed, and so does a site language with no catalogs at all.
import type { Catalogs } from './translate.js';

export const reviewKey = '@review';

export interface LanguageReview {
  language: string;
  /** Namespaces of this language not yet reviewed (all of English's when the language has none). */
  unreviewed: string[];
  /** Namespaces English has that this language lacks (they show in English). */
  missing: string[];
}

/** The review state of each site language other than English, in the site's order. */
export function translationReview(catalogs: Catalogs, languages: readonly string[]): LanguageReview[] {
  const reference = Object.keys(catalogs.en ?? {}).sort();
  return languages
    .filter((language) => language !== 'en')
    .map((language) => {
      const own = catalogs[language] ?? {};
      const present = reference.filter((namespace) => own[namespace] !== undefined);
      return {
        language,
        unreviewed: present.filter((namespace) => own[namespace]?.[reviewKey] !== 'reviewed'),
        missing: reference.filter((namespace) => own[namespace] === undefined),
      };
    });
}
