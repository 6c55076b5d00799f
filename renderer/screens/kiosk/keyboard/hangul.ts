// Hangul 2-set (Dubeolsik) typing: compatibility jamo keys compose into precomposed syllable blocks at the caret
// (ㅎ ㅏ ㄴ → 한, and a vowel after a final takes it as its initial: 한 + ㅏ → 하나); Delete takes off the last
// jamo (한 → 하 → ㅎ). Works on the text itself, so it needs no state between key presses.
import type { Composer, Replacement } from './composer.js';

const initials = [...'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'];
const medials = [...'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ'];
const finals = ['', ...'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'];
/** Two jamo typed one after the other that make one: compound vowels and compound finals. */
const compounds: Readonly<Record<string, string>> = {
  ㅗㅏ: 'ㅘ',
  ㅗㅐ: 'ㅙ',
  ㅗㅣ: 'ㅚ',
  ㅜㅓ: 'ㅝ',
  ㅜㅔ: 'ㅞ',
  ㅜㅣ: 'ㅟ',
  ㅡㅣ: 'ㅢ',
  ㄱㅅ: 'ㄳ',
  ㄴㅈ: 'ㄵ',
  ㄴㅎ: 'ㄶ',
  ㄹㄱ: 'ㄺ',
  ㄹㅁ: 'ㄻ',
  ㄹㅂ: 'ㄼ',
  ㄹㅅ: 'ㄽ',
  ㄹㅌ: 'ㄾ',
  ㄹㅍ: 'ㄿ',
  ㄹㅎ: 'ㅀ',
  ㅂㅅ: 'ㅄ',
};
const parts = new Map(Object.entries(compounds).map(([pair, jamo]) => [jamo, [...pair] as [string, string]]));

const first = 0xac00;
const last = 0xd7a3;

interface Syllable {
  initial: string;
  medial: string;
  final: string;
}

function syllableOf(char: string): Syllable | null {
  const code = char.codePointAt(0) ?? 0;
  if (char.length !== 1 || code < first || code > last) return null;
  const index = code - first;
  return {
    initial: initials[Math.floor(index / 588)] ?? '',
    medial: medials[Math.floor(index / 28) % 21] ?? '',
    final: finals[index % 28] ?? '',
  };
}

function block({ initial, medial, final }: Syllable): string {
  return String.fromCodePoint(
    first + (initials.indexOf(initial) * 21 + medials.indexOf(medial)) * 28 + finals.indexOf(final),
  );
}

const isVowel = (jamo: string) => medials.includes(jamo);
const replaceLast = (insert: string): Replacement => ({ remove: 1, insert });

/** Adds one jamo to the text before the caret. */
export function typeJamo(before: string, jamo: string): Replacement {
  const previous = before.slice(-1);
  const syllable = syllableOf(previous);
  const plain = { remove: 0, insert: jamo };
  if (!isVowel(jamo)) {
    if (!finals.includes(jamo)) return plain;
    if (syllable && syllable.final === '') return replaceLast(block({ ...syllable, final: jamo }));
    const compound = syllable && compounds[syllable.final + jamo];
    if (syllable && compound) return replaceLast(block({ ...syllable, final: compound }));
    return plain;
  }
  if (initials.includes(previous)) return replaceLast(block({ initial: previous, medial: jamo, final: '' }));
  if (!syllable) return compounds[previous + jamo] ? replaceLast(compounds[previous + jamo] ?? '') : plain;
  if (syllable.final === '') {
    const compound = compounds[syllable.medial + jamo];
    return compound ? replaceLast(block({ ...syllable, medial: compound })) : plain;
  }
  // A vowel after a final: the final (or a compound final's second part) starts the next syllable.
  const [kept, moved] = parts.get(syllable.final) ?? ['', syllable.final];
  if (!initials.includes(moved)) return plain;
  return replaceLast(
    block({ ...syllable, final: kept }) + block({ initial: moved, medial: jamo, final: '' }),
  );
}

/** Takes the last jamo off the syllable (or compound vowel) before the caret; null when it is not Hangul. */
export function eraseJamo(before: string): Replacement | null {
  const previous = before.slice(-1);
  const syllable = syllableOf(previous);
  if (!syllable) {
    const compound = parts.get(previous);
    return compound && isVowel(previous) ? replaceLast(compound[0]) : null;
  }
  if (syllable.final !== '')
    return replaceLast(block({ ...syllable, final: parts.get(syllable.final)?.[0] ?? '' }));
  const medial = parts.get(syllable.medial);
  return replaceLast(medial ? block({ ...syllable, medial: medial[0] }) : syllable.initial);
}

export const hangul: Composer = { type: typeJamo, erase: eraseJamo };
