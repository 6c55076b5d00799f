// The display options dialog: one toggle button per display mode showing its state, in every site language.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultModes } from '../../../../machines/kioskFlow.js';
import { AccessModesDialog } from '../../../../renderer/screens/kiosk/AccessModesDialog.js';
import { KioskTextContext, kioskText } from '../../../../renderer/screens/kiosk/kioskText.js';
import { portlandSetup } from '../../machines/kioskFlow/fixtures.js';

const noop = () => {};

function render(language: string, modes = defaultModes()): string {
  return renderToStaticMarkup(
    <KioskTextContext.Provider value={kioskText(language)}>
      <AccessModesDialog modes={modes} send={noop} onClose={noop} />
    </KioskTextContext.Provider>,
  );
}

describe('AccessModesDialog', () => {
  it('shows large text, high contrast and seated as toggles, pressed only when on', () => {
    const html = render('en', { ...defaultModes(), highContrast: true });
    expect(html).toContain('role="dialog"');
    expect(html).toMatch(/aria-pressed="false"[^>]*data-testid="mode-largeText"/);
    expect(html).toMatch(/aria-pressed="true"[^>]*data-testid="mode-highContrast"/);
    expect(html).toMatch(/aria-pressed="false"[^>]*data-testid="mode-seated"/);
    expect(html).not.toContain('mode-audio');
    expect(html).toContain('>Large text</span>');
    expect(html).toContain('>Done</button>');
  });

  it.each(portlandSetup().site.languages)('is worded in %s', (language) => {
    const text = kioskText(language);
    const html = render(language);
    for (const key of [
      'modes.title',
      'modes.largeText',
      'modes.highContrast',
      'modes.seated',
      'modes.close',
    ]) {
      expect(html).toContain(text.t(key).replace(/&/g, '&amp;'));
    }
  });
});
