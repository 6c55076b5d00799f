// On-screen keyboard layouts, as data: a letters page per kiosk language (en, so, chk: QWERTY; es, tl: with ñ;
// es also accented vowels; ro: ă â î ș ț; vi: its vowels, đ and tone keys; ru and uk: ЙЦУКЕН; ar: the Arabic PC
// layout; lo, km, ne: their standard layouts from the xkb data, Shift giving more letters; ko: Dubeolsik; ja: a
// kana grid with a katakana page; zh: Latin letters for pinyin, there being no input method), a shared
// digits-and-punctuation page, and a digit pad for numbers. Non-Latin letters come with a Latin page.
import type { Composer } from './composer.js';
import { hangul } from './hangul.js';
import { dakutenKey, handakutenKey, kana, smallKey, toKatakana } from './kana.js';
import { toneMarks, vietnamese } from './vietnamese.js';
import { xkbLayouts } from './xkbLayouts.js';

type Rows = readonly (readonly string[])[];

export interface KeyboardLayout {
  /** Rows of letter keys (lower case; Shift gives the upper case). */
  letters: Rows;
  /** Rows of digit and punctuation keys. */
  symbols: Rows;
  /** A non-Latin layout's Latin letters page (for names such as TriMet and web addresses). */
  latin?: Rows;
  /** A script without capitals: what Shift shows instead ("More letters"), as on the physical keyboard. */
  shifted?: Rows;
  /** A second letters page of the language (Japanese katakana) and the `kiosk` catalog keys naming the pages. */
  alternate?: { rows: Rows; name: string; lettersName: string };
  /** Keys that are actions rather than characters, with the `kiosk` catalog key of their accessible name. */
  named?: Readonly<Record<string, string>>;
  /** How keys change the text before the caret, where they do more than add a character. */
  composer?: Composer;
}

const qwerty = [
  ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
  ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l'],
  ['z', 'x', 'c', 'v', 'b', 'n', 'm', ',', '.', '@'],
] as const;

const latinSymbols = [
  ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
  ['-', '/', ':', ';', '(', ')', '$', '&', '#', '"'],
  ['.', ',', '?', '!', "'", '%', '+', '=', '_', '@'],
] as const;

/** Vietnamese tone keys: huyền, sắc, hỏi, ngã, nặng. */
const toneNames = ['huyen', 'sac', 'hoi', 'nga', 'nang'];

const hiragana = [
  ['あ', 'か', 'さ', 'た', 'な', 'は', 'ま', 'や', 'ら', 'わ'],
  ['い', 'き', 'し', 'ち', 'に', 'ひ', 'み', '「', 'り', 'を'],
  ['う', 'く', 'す', 'つ', 'ぬ', 'ふ', 'む', 'ゆ', 'る', 'ん'],
  ['え', 'け', 'せ', 'て', 'ね', 'へ', 'め', '」', 'れ', 'ー'],
  ['お', 'こ', 'そ', 'と', 'の', 'ほ', 'も', 'よ', 'ろ', '、'],
  [dakutenKey, handakutenKey, smallKey, '。', '？', '！'],
];

const dubeolsik = [
  ['ㅂ', 'ㅈ', 'ㄷ', 'ㄱ', 'ㅅ', 'ㅛ', 'ㅕ', 'ㅑ', 'ㅐ', 'ㅔ'],
  ['ㅁ', 'ㄴ', 'ㅇ', 'ㄹ', 'ㅎ', 'ㅗ', 'ㅓ', 'ㅏ', 'ㅣ'],
  ['ㅋ', 'ㅌ', 'ㅊ', 'ㅍ', 'ㅠ', 'ㅜ', 'ㅡ', ',', '.', '@'],
];

const withXkb = (lang: keyof typeof xkbLayouts, extra: readonly string[]): KeyboardLayout => ({
  ...xkbLayouts[lang],
  symbols: [...latinSymbols, extra],
  latin: qwerty,
});

export const layouts: Readonly<Record<string, KeyboardLayout>> = {
  en: { letters: qwerty, symbols: latinSymbols },
  so: { letters: qwerty, symbols: latinSymbols },
  chk: { letters: qwerty, symbols: latinSymbols },
  tl: {
    letters: [qwerty[0], [...qwerty[1], 'ñ'], qwerty[2]],
    symbols: latinSymbols,
  },
  vi: {
    letters: [...qwerty, ['ă', 'â', 'đ', 'ê', 'ô', 'ơ', 'ư'], toneMarks],
    symbols: [...latinSymbols, ['₫', '“', '”']],
    named: Object.fromEntries(toneMarks.map((mark, i) => [mark, `keyboard.tone.${toneNames[i]}`])),
    composer: vietnamese,
  },
  lo: withXkb('lo', ['₭']),
  km: withXkb('km', ['៛', '«', '»']),
  ne: withXkb('ne', ['।', '॥', 'रु']),
  ko: {
    letters: dubeolsik,
    shifted: [['ㅃ', 'ㅉ', 'ㄸ', 'ㄲ', 'ㅆ', 'ㅛ', 'ㅕ', 'ㅑ', 'ㅒ', 'ㅖ'], ...dubeolsik.slice(1)],
    symbols: [...latinSymbols, ['₩', '~', '·']],
    latin: qwerty,
    composer: hangul,
  },
  ja: {
    letters: hiragana,
    alternate: {
      rows: hiragana.map((row) => row.map(toKatakana)),
      name: 'keyboard.katakana',
      lettersName: 'keyboard.hiragana',
    },
    symbols: [...latinSymbols, ['・', '〜', '￥', '（', '）']],
    latin: qwerty,
    named: {
      [dakutenKey]: 'keyboard.dakuten',
      [handakutenKey]: 'keyboard.handakuten',
      [smallKey]: 'keyboard.smallKana',
    },
    composer: kana,
  },
  zh: {
    letters: qwerty,
    symbols: [...latinSymbols, ['，', '。', '？', '！', '、', '：', '“', '”']],
  },
  es: {
    letters: [
      ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
      ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'ñ'],
      ['z', 'x', 'c', 'v', 'b', 'n', 'm', ',', '.', '@'],
      ['á', 'é', 'í', 'ó', 'ú', 'ü'],
    ],
    symbols: [...latinSymbols, ['¿', '¡', '«', '»', '€']],
  },
  ru: {
    letters: [
      ['й', 'ц', 'у', 'к', 'е', 'н', 'г', 'ш', 'щ', 'з', 'х', 'ъ'],
      ['ф', 'ы', 'в', 'а', 'п', 'р', 'о', 'л', 'д', 'ж', 'э'],
      ['я', 'ч', 'с', 'м', 'и', 'т', 'ь', 'б', 'ю', 'ё'],
      [',', '.', '@', '-'],
    ],
    symbols: [...latinSymbols, ['«', '»', '№', '—']],
    latin: qwerty,
  },
  uk: {
    letters: [
      ['й', 'ц', 'у', 'к', 'е', 'н', 'г', 'ш', 'щ', 'з', 'х', 'ї'],
      ['ф', 'і', 'в', 'а', 'п', 'р', 'о', 'л', 'д', 'ж', 'є'],
      ['я', 'ч', 'с', 'м', 'и', 'т', 'ь', 'б', 'ю', 'ґ', '’'],
      [',', '.', '@', '-'],
    ],
    symbols: [...latinSymbols, ['«', '»', '№', '—']],
    latin: qwerty,
  },
  ro: {
    letters: [...qwerty, ['ă', 'â', 'î', 'ș', 'ț']],
    symbols: [...latinSymbols, ['„', '”', '€']],
  },
  ar: {
    letters: [
      ['ض', 'ص', 'ث', 'ق', 'ف', 'غ', 'ع', 'ه', 'خ', 'ح', 'ج', 'د'],
      ['ش', 'س', 'ي', 'ب', 'ل', 'ا', 'ت', 'ن', 'م', 'ك', 'ط'],
      ['ئ', 'ء', 'ؤ', 'ر', 'لا', 'ى', 'ة', 'و', 'ز', 'ظ', 'ذ'],
      ['أ', 'إ', 'آ', '،', '.', '؟', '@', '-'],
    ],
    symbols: [...latinSymbols, ['،', '؛', '؟', '«', '»']],
    latin: qwerty,
  },
};

/** Whether a page's letters have capitals (Arabic has none: no Shift key then). */
export function hasCapitals(rows: KeyboardLayout['letters'], lang: string): boolean {
  return rows.some((row) => row.some((key) => key.toLocaleUpperCase(lang) !== key));
}

/** Whether a key is a lone combining mark (a tone, vowel sign or virama joining the letter before it). */
export const isCombining = (key: string) => /^\p{M}$/u.test(key);

/**
 * What a key shows: a combining mark on a dotted circle (◌́), except in Devanagari and Khmer, which show the sign
 * alone: their font faces' unicode-range has no ◌, so Chromium would draw a ◌ + sign cluster as a missing glyph.
 */
export function keyFace(key: string): string {
  return isCombining(key) && !/\p{scx=Devanagari}|\p{scx=Khmer}/u.test(key) ? `\u25cc${key}` : key;
}

/** The digit pad of number questions. */
export const digitPad = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
  ['-', '0', '.'],
] as const;

/** The layout for a language tag (`es-MX` uses `es`, `zh-Hant` `zh`); others use English's Latin layout. */
export function layoutFor(lang: string): KeyboardLayout {
  return layouts[lang.split('-')[0] ?? lang] ?? (layouts.en as KeyboardLayout);
}
