// Every ICU catalog in assets/locales: every visitor namespace in every language, the same keys and
// placeholders as English, and the plural categories each language needs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  isPluralElement,
  isSelectElement,
  isTagElement,
  type MessageFormatElement,
  parse,
  TYPE,
} from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { reviewKey } from '../../../machines/i18n/translationReview.js';

const localesDir = join(import.meta.dirname, '../../../assets/locales');
const referenceLanguage = 'en';

const languages = readdirSync(localesDir).sort();
/**
 * Staff screens (desk, maintenance and its panels, sign-in) are English-first: a language may leave them out,
 * but a staff catalog it does carry must be complete. Everything a visitor sees must exist in every language.
 */
/** A translation's review status: `reviewed` only once a qualified translator has checked it. */
const reviewStatuses = ['reviewed', 'unreviewed'];
const staffNamespaces = new Set([
  'auth',
  'desk',
  'maintenance',
  'contentAdmin',
  'infoReport',
  'noticesAdmin',
]);
const namespacesOf = (language: string) =>
  readdirSync(join(localesDir, language))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
const readCatalog = (language: string, namespace: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(localesDir, language, `${namespace}.json`), 'utf8'));

/** Parses one message, naming it when it is not valid ICU (intl-messageformat would throw at runtime). */
function parseMessage(where: string, message: unknown): MessageFormatElement[] {
  if (typeof message !== 'string') throw new Error(`${where} is not a string`);
  try {
    return parse(message);
  } catch (error) {
    throw new Error(`${where} is not valid ICU: ${(error as Error).message}`);
  }
}

/** A plural problem found in one message: the argument and what is wrong with its categories. */
interface PluralIssue {
  argument: string;
  missing: string[];
  unknown: string[];
}

/** Placeholder name → kind (argument, number, plural, select, tag, …) used anywhere in a message. */
function placeholders(
  elements: MessageFormatElement[],
  out = new Map<string, string>(),
): Map<string, string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    out.set(element.value, TYPE[element.type]);
    if (isPluralElement(element) || isSelectElement(element)) {
      for (const option of Object.values(element.options)) placeholders(option.value, out);
    }
    if (isTagElement(element)) placeholders(element.children, out);
  }
  return out;
}

function pluralIssues(elements: MessageFormatElement[], language: string, out: PluralIssue[] = []) {
  for (const element of elements) {
    if (isPluralElement(element)) {
      const needed = new Intl.PluralRules(language, { type: element.pluralType }).resolvedOptions()
        .pluralCategories as string[];
      const categories = Object.keys(element.options).filter((key) => !key.startsWith('='));
      const missing = needed.filter((category) => !categories.includes(category));
      const unknown = categories.filter((category) => !needed.includes(category));
      if (missing.length > 0 || unknown.length > 0) out.push({ argument: element.value, missing, unknown });
    }
    if (isPluralElement(element) || isSelectElement(element)) {
      for (const option of Object.values(element.options)) pluralIssues(option.value, language, out);
    }
    if (isTagElement(element)) pluralIssues(element.children, language, out);
  }
  return out;
}

describe('locale catalogs', () => {
  it('has the reference language and at least one other', () => {
    expect(languages).toContain(referenceLanguage);
    expect(languages.length).toBeGreaterThan(1);
  });

  it.each(languages)('%s has every visitor-facing namespace of the reference language', (language) => {
    const visitorNamespaces = namespacesOf(referenceLanguage).filter((name) => !staffNamespaces.has(name));
    expect(namespacesOf(language)).toEqual(expect.arrayContaining(visitorNamespaces));
  });

  it.each(languages)('%s has no namespace the reference language lacks', (language) => {
    expect(namespacesOf(referenceLanguage)).toEqual(expect.arrayContaining(namespacesOf(language)));
  });

  const pairs = languages.flatMap((language) =>
    namespacesOf(language).map((namespace) => [language, namespace] as const),
  );

  it.each(pairs)('%s/%s has the same keys as the reference language', (language, namespace) => {
    const keys = Object.keys(readCatalog(language, namespace)).sort();
    expect(keys).toEqual(Object.keys(readCatalog(referenceLanguage, namespace)).sort());
  });

  it.each(pairs)('%s/%s has valid ICU messages with the same placeholders', (language, namespace) => {
    const reference = readCatalog(referenceLanguage, namespace);
    for (const [key, message] of Object.entries(readCatalog(language, namespace))) {
      const own = placeholders(parseMessage(`${language}/${namespace}:${key}`, message));
      const expected = placeholders(
        parseMessage(`${referenceLanguage}/${namespace}:${key}`, reference[key] ?? ''),
      );
      expect(Object.fromEntries(own), `${language} ${namespace}:${key}`).toEqual(
        Object.fromEntries(expected),
      );
    }
  });

  it.each(pairs)('%s/%s records whether a qualified translator reviewed it', (language, namespace) => {
    const status = readCatalog(language, namespace)[reviewKey];
    if (language === referenceLanguage) expect(status).toBe('source');
    else expect(reviewStatuses).toContain(status);
  });

  it.each(pairs)('%s/%s uses exactly the plural categories the language needs', (language, namespace) => {
    const issues = Object.entries(readCatalog(language, namespace)).flatMap(([key, message]) =>
      pluralIssues(parseMessage(`${language}/${namespace}:${key}`, message), language).map((issue) => ({
        key,
        ...issue,
      })),
    );
    expect(issues).toEqual([]);
  });
});
