// The on-screen keyboard's pages per language: Russian, Ukrainian and Arabic letters with a Latin page (Arabic
// without Shift), English, Spanish and Romanian without one (their letters are Latin already), and the digit pad
// with no page keys at all; Vietnamese tone keys and Japanese kana marks named from the catalog, combining signs
// drawn on a dotted circle, a "more letters" Shift for Lao, Khmer, Nepali and Korean, and a katakana page.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { layoutFor } from '../../../../../renderer/screens/kiosk/keyboard/layouts.js';
import { OnScreenKeyboard } from '../../../../../renderer/screens/kiosk/keyboard/OnScreenKeyboard.js';
import { KioskTextContext, kioskText } from '../../../../../renderer/screens/kiosk/kioskText.js';

function keyboardIn(lang: string, mode: 'text' | 'digits' = 'text'): string {
  return renderToStaticMarkup(
    <KioskTextContext.Provider value={kioskText(lang)}>
      <OnScreenKeyboard mode={mode} />
    </KioskTextContext.Provider>,
  );
}

describe('OnScreenKeyboard', () => {
  it('offers Russian letters first and a Latin page', () => {
    const html = keyboardIn('ru');
    expect(html).toContain('>й<');
    expect(html).not.toContain('>q<');
    expect(html).toContain('Латиница (ABC)');
    expect(html).toContain('Цифры и символы');
  });

  it('offers no Latin page where the letters are Latin already', () => {
    for (const lang of ['en', 'es']) {
      const html = keyboardIn(lang);
      expect(html).toContain('>q<');
      expect(html).not.toContain('(ABC)');
    }
  });

  it('keeps only the digits and Delete on the digit pad', () => {
    const html = keyboardIn('ru', 'digits');
    expect(html).toContain('>7<');
    expect(html).not.toContain('Латиница');
    expect(html).not.toContain('Цифры и символы');
    expect(html).toContain('Удалить');
  });

  it('gives Ukrainian its own letters, Romanian its diacritics, Arabic its letters without a Shift key', () => {
    const uk = keyboardIn('uk');
    expect(uk).toContain('>ї<');
    expect(uk).toContain('>ґ<');
    expect(uk).toContain('(ABC)');
    const ro = keyboardIn('ro');
    expect(ro).toContain('>ș<');
    expect(ro).toContain('>ț<');
    expect(ro).not.toContain('(ABC)');
    const ar = keyboardIn('ar');
    expect(ar).toContain('>ض<');
    expect(ar).toContain('(ABC)');
    expect(ar).not.toContain('aria-pressed');
    expect(keyboardIn('en')).toContain('aria-pressed');
  });

  it('keeps the key rows left to right, as on a physical keyboard, in a right-to-left language', () => {
    expect(keyboardIn('ar')).toMatch(/class="keyboard__row" dir="ltr"/);
  });

  it('gives the Latin page the English letters', () => {
    expect(layoutFor('ru').latin).toEqual(layoutFor('en').letters);
    expect(layoutFor('en').latin).toBeUndefined();
  });
});

describe('OnScreenKeyboard in the composing and xkb languages', () => {
  it('names Vietnamese tone keys from the catalog and draws them on a dotted circle', () => {
    const html = keyboardIn('vi');
    expect(html).toContain('aria-label="Dấu huyền"');
    expect(html).toContain('aria-label="Dấu nặng"');
    expect(html).toContain('>◌\u0300<');
    expect(html).toContain('>ơ<');
  });

  it('gives Lao, Khmer and Nepali a "more letters" Shift, a Latin page and named combining signs', () => {
    const lo = keyboardIn('lo');
    expect(lo).toContain('>ກ<');
    expect(lo).toContain('ຕົວອັກສອນເພີ່ມເຕີມ');
    expect(lo).toContain('(ABC)');
    expect(lo).toMatch(/aria-label="[^"]*\u0eb8"[^>]*>◌\u0eb8</);
    expect(keyboardIn('km')).toContain('>ក<');
    expect(keyboardIn('ne')).toContain('>क<');
  });

  it('gives Korean its jamo, Japanese a kana grid with named marks and a katakana page', () => {
    const ko = keyboardIn('ko');
    expect(ko).toContain('>ㅂ<');
    expect(ko).toContain('다른 글자');
    const ja = keyboardIn('ja');
    expect(ja).toContain('>あ<');
    expect(ja).toContain('aria-label="濁点"');
    expect(ja).toContain('aria-label="小さい文字"');
    expect(ja).toContain('カタカナ');
    expect(ja).not.toContain('aria-pressed');
  });
});
