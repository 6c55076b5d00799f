// How an answer reads on the review screen: list keys as their names, a date in the visitor's language.
import { type LocalText, valueName } from '../../../../machines/caseRequestFlow.js';
import type { CaseAttribute } from '../../../../machines/contracts/caseRequests.js';

/** A `YYYY-MM-DD` date in the language's long form (read as a calendar date: no time zone shift). */
export function dateText(value: string, lang: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const date = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The answer as the visitor reads it, or null when the question was not answered. */
export function answerText(
  attribute: CaseAttribute,
  value: string | string[] | undefined,
  lang: string,
): LocalText[] | null {
  if (value === undefined || (Array.isArray(value) ? value.length === 0 : value.trim() === '')) return null;
  const keys = Array.isArray(value) ? value : [value];
  if (attribute.datatype === 'singlevaluelist' || attribute.datatype === 'multivaluelist') {
    return keys.map((key) => {
      const option = attribute.values.find((v) => v.key === key);
      return option ? valueName(option, lang) : { text: key, lang };
    });
  }
  if (attribute.datatype === 'datetime') return [{ text: dateText(keys.join(''), lang), lang }];
  return [{ text: keys.join(''), lang }];
}
