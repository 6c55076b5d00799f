// The Lao, Khmer and Nepali pages converted from the xkb data (scripts/keyboards/xkbLayouts.ts): between their
// letters and Shift pages they hold every base consonant and vowel sign of the script's Unicode block (less the
// few letters the standard layout leaves out, named here), and only characters of that script.
import { describe, expect, it } from 'vitest';
import { layoutFor } from '../../../../../renderer/screens/kiosk/keyboard/layouts.js';

/** Code points `from`…`to` except `missing`, as characters. */
function block(from: number, to: number, missing: number[] = []): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
    .filter((code) => !missing.includes(code))
    .map((code) => String.fromCodePoint(code));
}

const scripts = [
  {
    lang: 'lo',
    script: /\p{scx=Lao}/u,
    // Consonants and vowel signs; less the block's gaps and the Pali letters and virama of Unicode 12.
    expected: [
      ...block(
        0x0e81,
        0x0eae,
        [
          0x0e83, 0x0e85, 0x0e86, 0x0e89, 0x0e8b, 0x0e8c, 0x0e8e, 0x0e8f, 0x0e90, 0x0e91, 0x0e92, 0x0e93,
        ].concat([0x0e98, 0x0ea0, 0x0ea4, 0x0ea6, 0x0ea8, 0x0ea9, 0x0eac]),
      ),
      ...block(0x0eb0, 0x0ebc, [0x0eba]),
      ...block(0x0ec0, 0x0ec4),
    ],
  },
  {
    lang: 'km',
    script: /\p{scx=Khmer}/u,
    // Consonants (less the obsolete ឝ and ឞ, on the layout's third level only) and dependent vowels.
    expected: [...block(0x1780, 0x17a2, [0x179d, 0x179e]), ...block(0x17b6, 0x17c5)],
  },
  {
    lang: 'ne',
    script: /\p{scx=Devanagari}/u,
    // Consonants (less the nukta letters ऩ ऱ ऴ and Marathi ळ), Nepali's independent vowels and vowel signs, and virama.
    expected: [
      ...block(0x0915, 0x0939, [0x0929, 0x0931, 0x0933, 0x0934]),
      ...block(0x0905, 0x0914, [0x090c, 0x090d, 0x090e, 0x0911, 0x0912]),
      ...block(0x093e, 0x094d, [0x0944, 0x0945, 0x0946, 0x0949, 0x094a]),
    ],
  },
];

describe('xkb-derived layouts', () => {
  it.each(scripts)('$lang has every base consonant and vowel of its script', ({ lang, expected }) => {
    const layout = layoutFor(lang);
    const keys = new Set([...layout.letters.flat(), ...(layout.shifted ?? []).flat()]);
    expect(expected.length).toBeGreaterThan(25);
    expect(expected.filter((char) => !keys.has(char))).toEqual([]);
  });

  it.each(scripts)(
    '$lang holds only its own script on the letters pages, with a Latin page',
    ({ lang, script }) => {
      const layout = layoutFor(lang);
      const foreign = [...layout.letters.flat(), ...(layout.shifted ?? []).flat()].filter(
        (key) => !script.test(key),
      );
      // The Lao layout's Shift page has the kip sign (₭), a currency sign of no one script.
      expect(foreign.filter((key) => key !== '₭')).toEqual([]);
      expect(layout.latin).toEqual(layoutFor('en').letters);
    },
  );
});
