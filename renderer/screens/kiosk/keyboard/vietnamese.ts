// Vietnamese typing: five tone keys (huyền, sắc, hỏi, ngã, nặng) put the tone on the word before the caret, on
// the vowel the modern rule gives (a vowel with a hat or horn first: ơ of ươ; else the last vowel before a final
// consonant; else the middle of three, the second of oa/oe/uy and the first of other pairs: hoà, thuỷ, mùa),
// as precomposed NFC text ("đương" + huyền → "đường"). The same tone again takes it off; letters typed after a
// tone move it where the longer word needs it ("thuý" + ê → "thuyế").
import type { Composer, Replacement } from './composer.js';

/** The tone keys' combining marks: huyền, sắc, hỏi, ngã, nặng. */
export const toneMarks = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
const isTone = (mark: string) => (toneMarks as readonly string[]).includes(mark);
/** Circumflex, breve and horn: a vowel carrying one takes the tone. */
const vowelMarks = /[\u0302\u0306\u031b]/;

interface Letter {
  base: string;
  marks: string;
}

/** The word's letters in decomposed form with its tone taken off, and that tone (if any). */
function lettersOf(word: string): { letters: Letter[]; tone: string | null } {
  const letters: Letter[] = [];
  let tone: string | null = null;
  for (const char of word.normalize('NFD')) {
    const letter = letters.at(-1);
    if (!/\p{M}/u.test(char) || !letter) letters.push({ base: char, marks: '' });
    else if (isTone(char)) tone = char;
    else letter.marks += char;
  }
  return { letters, tone };
}

/** Index of the letter that carries the tone, or -1 when the word has no vowel. */
export function toneIndex(word: string): number {
  const { letters } = lettersOf(word);
  const lower = letters.map((l) => l.base.toLowerCase()).join('');
  const isVowel = (i: number) => 'aeiouy'.includes(lower[i] ?? '-');
  let start = letters.findIndex((_, i) => isVowel(i));
  if (start < 0) return -1;
  // "qu" and "gi" (before another vowel) are consonants: quá, già.
  if ((lower.startsWith('qu') || lower.startsWith('gi')) && start === 1 && isVowel(2)) start = 2;
  let end = start;
  while (isVowel(end + 1)) end += 1;
  const nucleus = letters.slice(start, end + 1);
  const marked = nucleus.findLastIndex((l) => vowelMarks.test(l.marks));
  if (marked >= 0) return start + marked;
  if (end < letters.length - 1) return end;
  if (nucleus.length >= 3) return start + 1;
  if (nucleus.length === 2) return ['oa', 'oe', 'uy'].includes(lower.slice(start, end + 1)) ? end : start;
  return start;
}

/** The word with `tone` (a tone mark, or null for none) on the right vowel, in NFC; null if it has no vowel. */
export function withTone(word: string, tone: string | null): string | null {
  const at = toneIndex(word);
  if (at < 0) return null;
  return lettersOf(word)
    .letters.map((l, i) => l.base + l.marks + (i === at && tone ? tone : ''))
    .join('')
    .normalize('NFC');
}

export function typeVietnamese(before: string, key: string): Replacement {
  const word = /[\p{L}\p{M}]*$/u.exec(before)?.[0] ?? '';
  const { tone } = lettersOf(word);
  if (isTone(key)) {
    const toned = withTone(word, key === tone ? null : key);
    return toned === null ? { remove: 0, insert: '' } : { remove: word.length, insert: toned };
  }
  const toned = tone && /^\p{L}$/u.test(key) ? withTone(word + key, tone) : null;
  return toned === null ? { remove: 0, insert: key } : { remove: word.length, insert: toned };
}

export const vietnamese: Composer = { type: typeVietnamese };
