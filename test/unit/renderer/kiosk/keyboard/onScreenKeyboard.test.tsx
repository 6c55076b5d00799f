// The on-screen keyboard's pages per language: Russian, Ukrainian and Arabic letters with a Latin page (Arabic
// without Shift), English, Spanish and Romanian without one (their letters are Latin already), and the digit pad
// with no page keys at all.
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
