// On-screen keyboard layouts, as data: a letters page per language (en: QWERTY; es: with ñ and accented vowels;
// ro: with ă â î ș ț; ru and uk: ЙЦУКЕН; ar: the Arabic PC layout; the last three with a Latin page), a shared
// digits-and-punctuation page, and a digit pad for numbers. Other languages use English's Latin layout (their
// scripts need an input method the kiosk does not have yet).

export interface KeyboardLayout {
  /** Rows of letter keys (lower case; Shift gives the upper case). */
  letters: readonly (readonly string[])[];
  /** Rows of digit and punctuation keys. */
  symbols: readonly (readonly string[])[];
  /** A non-Latin layout's Latin letters page (for names such as TriMet and web addresses). */
  latin?: readonly (readonly string[])[];
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

export const layouts: Readonly<Record<string, KeyboardLayout>> = {
  en: { letters: qwerty, symbols: latinSymbols },
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

/** The digit pad of number questions. */
export const digitPad = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
  ['-', '0', '.'],
] as const;

/** The layout for a language tag (`es-MX` uses `es`); languages without one use English's Latin layout. */
export function layoutFor(lang: string): KeyboardLayout {
  return layouts[lang.split('-')[0] ?? lang] ?? (layouts.en as KeyboardLayout);
}
