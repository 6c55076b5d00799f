// The cmap reader against every bundled font (a known character each, and one it must not have), and the
// MissingGlyphError for characters no bundled font has.
import { describe, expect, it } from 'vitest';
import {
  assertCovered,
  bundledCharacterMap,
  bundledFonts,
  fontsForLine,
  MissingGlyphError,
} from '../../../../printers/fonts/bundledFonts.js';
import { FontFormatError, readCharacterMap } from '../../../../printers/fonts/cmapReader.js';

const known: Readonly<Record<string, [string, string]>> = {
  'NotoSans-Regular.ttf': ['ệ', '中'],
  'NotoSans-Bold.ttf': ['Ж', 'ع'],
  'NotoSansArabic-Regular.ttf': ['ع', 'ກ'],
  'NotoSansArabic-Bold.ttf': ['ش', '中'],
  'NotoSansDevanagari-Regular.ttf': ['क', 'ក'],
  'NotoSansDevanagari-Bold.ttf': ['न', 'ع'],
  'NotoSansKhmer-Regular.ttf': ['ក', 'क'],
  'NotoSansKhmer-Bold.ttf': ['ខ', 'ກ'],
  'NotoSansLao-Regular.ttf': ['ກ', 'ក'],
  'NotoSansLao-Bold.ttf': ['ລ', 'A'],
  'NotoSansCJKSC-Regular-subset.otf.br': ['号', '號'],
  'NotoSansCJKTC-Regular-subset.otf.br': ['號', '号'],
  'NotoSansCJKJP-Regular-subset.otf.br': ['券', '한'],
  'NotoSansCJKKR-Regular-subset.otf.br': ['한', 'ກ'],
};

describe('readCharacterMap', () => {
  it('knows every bundled font', () => {
    expect(bundledFonts.map((f) => f.file).sort()).toEqual(Object.keys(known).sort());
  });

  it.each(Object.entries(known))('%s has %s and not %s', (file, [has, hasNot]) => {
    const map = bundledCharacterMap(file);
    expect(map.has(has.codePointAt(0) ?? 0)).toBe(true);
    expect(map.has(hasNot.codePointAt(0) ?? 0)).toBe(false);
    expect(map.has(0x1f600)).toBe(false);
  });

  it('reads the CJK subsets (CFF, format 4) to the repertoire the subset script defines', () => {
    expect(bundledCharacterMap('NotoSansCJKKR-Regular-subset.otf.br').size).toBeGreaterThan(2350);
    expect(bundledCharacterMap('NotoSansCJKSC-Regular-subset.otf.br').size).toBeGreaterThan(6763);
  });

  it('refuses collections and files that are not fonts', () => {
    expect(() => readCharacterMap(new TextEncoder().encode('ttcf\0\0\0\0'))).toThrow(FontFormatError);
    expect(() => readCharacterMap(new TextEncoder().encode('not a font'))).toThrow(/not a TrueType/);
  });
});

describe('assertCovered', () => {
  it('passes a Lao line with spaces and a ZWJ', () => {
    expect(() => assertCovered('ບັດຄິວ 42\u200d', 'lo', fontsForLine('ບັດຄິວ 42', 'lo', false))).not.toThrow();
  });

  it.each([
    [0x1f600, 'en'],
    [0x0f40, 'ne'],
    [0x9f98, 'ko'],
  ])('throws MissingGlyphError for U+%s in %s', (codePoint, language) => {
    const text = `a${String.fromCodePoint(codePoint)}`;
    const error = (() => {
      try {
        assertCovered(text, language, fontsForLine(text, language, false));
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(MissingGlyphError);
    expect(error).toMatchObject({ codePoint, language });
  });
});
