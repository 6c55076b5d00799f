// The on-screen keyboard's text edits and layouts: insertion at the caret or over a selection within the field's
// maximum, deletion of whole code points, a composer's change before the caret, and a layout for every kiosk
// language whose keys are single characters (or named actions) in rows narrow enough for 44 px keys, and how a
// combining key is drawn.
import { describe, expect, it } from 'vitest';
import {
  deleteBackward,
  insertText,
  replaceBeforeCaret,
} from '../../../../../renderer/screens/kiosk/keyboard/editText.js';
import {
  digitPad,
  isCombining,
  keyFace,
  layoutFor,
  layouts,
} from '../../../../../renderer/screens/kiosk/keyboard/layouts.js';
import { catalogLanguages } from '../../../../../renderer/screens/kiosk/kioskText.js';

describe('insertText', () => {
  it('inserts at the caret and moves the caret after the text', () => {
    expect(insertText({ value: 'Deep hle', start: 6, end: 6 }, 'o')).toEqual({
      value: 'Deep hole',
      start: 7,
      end: 7,
    });
  });

  it('replaces a selection', () => {
    expect(insertText({ value: 'a big hole', start: 2, end: 5 }, 'deep')).toEqual({
      value: 'a deep hole',
      start: 6,
      end: 6,
    });
  });

  it('changes nothing when the field would pass its maximum length', () => {
    const full = { value: 'abc', start: 3, end: 3 };
    expect(insertText(full, 'd', 3)).toBe(full);
    expect(insertText({ value: 'abc', start: 1, end: 2 }, 'X', 3)).toEqual({
      value: 'aXc',
      start: 2,
      end: 2,
    });
  });
});

describe('deleteBackward', () => {
  it('deletes the character before the caret, and nothing at the start', () => {
    expect(deleteBackward({ value: 'hole', start: 4, end: 4 })).toEqual({ value: 'hol', start: 3, end: 3 });
    const start = { value: 'hole', start: 0, end: 0 };
    expect(deleteBackward(start)).toBe(start);
  });

  it('deletes a selection, and a character outside the basic plane as one', () => {
    expect(deleteBackward({ value: 'a big hole', start: 1, end: 5 })).toEqual({
      value: 'a hole',
      start: 1,
      end: 1,
    });
    const emoji = 'ok 👍';
    expect(deleteBackward({ value: emoji, start: emoji.length, end: emoji.length })).toEqual({
      value: 'ok ',
      start: 3,
      end: 3,
    });
  });
});

describe('replaceBeforeCaret', () => {
  it('replaces the text just before the caret, keeping what follows', () => {
    expect(replaceBeforeCaret({ value: 'ha x', start: 2, end: 2 }, { remove: 2, insert: '하' })).toEqual({
      value: '하 x',
      start: 1,
      end: 1,
    });
  });

  it('deletes a selection first, and keeps within the maximum length', () => {
    expect(replaceBeforeCaret({ value: 'abXY', start: 2, end: 4 }, { remove: 1, insert: 'B' })).toEqual({
      value: 'aB',
      start: 2,
      end: 2,
    });
    const full = { value: '한', start: 1, end: 1 };
    expect(replaceBeforeCaret(full, { remove: 1, insert: '하나' }, 1)).toBe(full);
  });
});

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
/** Arabic's lam-alef key types two letters, as on the Arabic PC keyboard. */
const twoLetterKeys = new Set(['لا']);

describe('layouts', () => {
  it('has its own layout for every kiosk language', () => {
    const languages = catalogLanguages();
    expect(languages.length).toBeGreaterThanOrEqual(17);
    for (const lang of languages) expect(layouts[lang.split('-')[0] ?? lang], lang).toBeDefined();
  });

  it('makes every key one character (grapheme) or a named action', () => {
    for (const [lang, layout] of Object.entries(layouts)) {
      const pages = [layout.letters, layout.symbols, layout.latin, layout.shifted, layout.alternate?.rows];
      for (const key of pages.flatMap((page) => page?.flat() ?? [])) {
        const single = [...graphemes.segment(key)].length === 1 || twoLetterKeys.has(key);
        expect(single || layout.named?.[key] !== undefined, `${lang} key ${key}`).toBe(true);
      }
    }
  });

  it('keeps rows to 12 keys, so each key stays wider than 44 px on the 1080 px portrait screen', () => {
    // A key is at least 3.5rem (56 px) wide with 0.5rem gaps: 12 keys take 760 px of the keyboard's width.
    for (const [lang, layout] of Object.entries(layouts)) {
      const pages = [layout.letters, layout.symbols, layout.latin, layout.shifted, layout.alternate?.rows];
      for (const row of pages.flatMap((page) => page ?? [])) expect(row.length, lang).toBeLessThanOrEqual(12);
    }
  });

  it('gives Spanish its ñ and accented vowels, and English plain QWERTY', () => {
    const spanish = layoutFor('es-MX').letters.flat();
    expect(spanish).toEqual(expect.arrayContaining(['ñ', 'á', 'é', 'í', 'ó', 'ú', 'ü']));
    expect(layoutFor('en').letters.flat()).not.toContain('ñ');
  });

  it('falls back to the English layout for a language without its own', () => {
    expect(layoutFor('xx')).toBe(layouts.en);
    expect(layoutFor('zh-Hant')).toBe(layouts.zh);
  });

  it('gives Tagalog its ñ, Vietnamese its vowels, đ and five named tone keys', () => {
    expect(layoutFor('tl').letters.flat()).toContain('ñ');
    const vi = layoutFor('vi');
    expect(vi.letters.flat()).toEqual(expect.arrayContaining(['ă', 'â', 'đ', 'ê', 'ô', 'ơ', 'ư']));
    expect(Object.values(vi.named ?? {})).toHaveLength(5);
  });

  it('has no key twice on a page, and a digit pad with every digit', () => {
    for (const layout of Object.values(layouts)) {
      for (const page of [
        layout.letters,
        layout.symbols,
        layout.shifted ?? [],
        layout.alternate?.rows ?? [],
      ]) {
        const keys = page.flat();
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
    expect(
      digitPad
        .flat()
        .filter((k) => /\d/.test(k))
        .sort(),
    ).toEqual([...'0123456789']);
  });
});

describe('keyFace', () => {
  it('draws Latin and Lao combining marks on a dotted circle, Devanagari and Khmer signs alone', () => {
    expect(keyFace('\u0300')).toBe('◌\u0300');
    expect(keyFace('\u0eb8')).toBe('◌\u0eb8');
    expect(keyFace('\u093f')).toBe('\u093f');
    expect(keyFace('\u17b7')).toBe('\u17b7');
    expect(keyFace('ກ')).toBe('ກ');
    expect(isCombining('ກ')).toBe(false);
  });
});
