// The catalog's visitor-facing text in the visitor's language: the translation when the catalog has one, else
// the case store's English, with the language it is in (screens mark English text with `lang="en"`).
import type { z } from 'zod';
import type { AttributeValue, CaseAttribute, CaseService } from '../contracts/caseRequests.js';

/** The language the case store itself writes in. */
export const CATALOG_LANGUAGE = 'en';

export interface LocalText {
  text: string;
  /** The language `text` is in. */
  lang: string;
}

type Value = z.infer<typeof AttributeValue>;

const english = (text: string): LocalText => ({ text, lang: CATALOG_LANGUAGE });

export function serviceName(service: CaseService, language: string): LocalText {
  const own = service.translations[language]?.name;
  return own ? { text: own, lang: language } : english(service.name);
}

export function serviceDescription(service: CaseService, language: string): LocalText {
  const own = service.translations[language]?.description;
  return own ? { text: own, lang: language } : english(service.description);
}

export function questionText(attribute: CaseAttribute, language: string): LocalText {
  const own = attribute.translations[language]?.description;
  return own ? { text: own, lang: language } : english(attribute.description);
}

/** The attribute's hint (Open311 `datatype_description`); empty text when it has none. */
export function questionHint(attribute: CaseAttribute, language: string): LocalText {
  const own = attribute.translations[language]?.datatypeDescription;
  return own ? { text: own, lang: language } : english(attribute.datatypeDescription);
}

export function valueName(value: Value, language: string): LocalText {
  const own = value.translations[language];
  return own ? { text: own, lang: language } : english(value.name);
}
