// The on-screen keyboard's text edits and layouts: insertion at the caret or over a selection within the field's
// maximum, deletion of whole code points, and a layout per language with a Latin fallback.
import { describe, expect, it } from 'vitest';
import { deleteBackward, insertText } from '../../../../../renderer/screens/kiosk/keyboard/editText.js';
import { digitPad, layoutFor, layouts } from '../../../../../renderer/screens/kiosk/keyboard/layouts.js';

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

describe('layouts', () => {
  it('gives Spanish its ñ and accented vowels, and English plain QWERTY', () => {
    const spanish = layoutFor('es-MX').letters.flat();
    expect(spanish).toEqual(expect.arrayContaining(['ñ', 'á', 'é', 'í', 'ó', 'ú', 'ü']));
    expect(layoutFor('en').letters.flat()).not.toContain('ñ');
  });

  it('falls back to the English layout for a language without its own', () => {
    expect(layoutFor('vi')).toBe(layouts.en);
  });

  it('has no key twice on a page, and a digit pad with every digit', () => {
    for (const layout of Object.values(layouts)) {
      for (const page of [layout.letters, layout.symbols]) {
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
