// The xkb converter behind the Lao, Khmer and Nepali keyboards: reads only the "basic" layout, orders keys as the
// physical rows, keeps the script's characters and drops ASCII, joiners and unassigned code points; and the
// committed layouts match the xkb data when the machine has it.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { xkbLayouts } from '../../../renderer/screens/kiosk/keyboard/xkbLayouts.js';
import { basicKeys, page } from '../../../scripts/keyboards/xkbSymbols.js';

const sample = `
partial xkb_symbols "other" {
    key <AD01> { [ 0x1000e81 ] };
};
default partial alphanumeric_keys
xkb_symbols "basic" {
    key <AB01> { [ 0x1000e9c,  0x10020ad ] };
    key <AD02> { [ 0x1000ec4,  0x1000ed0 ] };
    key <AD01> { [ 0x1000ebb ] };
    key <AE01> { [ 0x1000ea2,  exclam ] };
    key <AE02> { [ 0x100200D,  0x10017fb ] };
    key <BKSL> { [ 0x1000edc ] };
    key <AC01> { [ 0x1000ebb,  0x1000ea2 ] };
};
partial xkb_symbols "stea" {
    key <AD03> { [ 0x1000e82 ] };
};`;

describe('xkb symbols conversion', () => {
  it('reads the basic layout in physical row order, each character once', () => {
    const keys = basicKeys(sample);
    expect(page(keys, 0)).toEqual([['ຢ'], ['ົ', 'ໄ'], ['ໜ'], ['ຜ']]);
    expect(page(keys, 1)).toEqual([['໐'], ['ຢ'], ['₭']]);
  });

  it('names a file with no basic layout', () => {
    expect(() => basicKeys('xkb_symbols "olpc" { };')).toThrow(/no "basic" layout/);
  });

  const symbols = '/usr/share/X11/xkb/symbols';
  const haveXkb = existsSync(`${symbols}/la`);
  if (!haveXkb) console.info(`xkb data check skipped: ${symbols} absent (apt-get install xkb-data)`);
  it.skipIf(!haveXkb)('matches the committed layouts to the xkb data', () => {
    for (const [lang, file] of [
      ['lo', 'la'],
      ['km', 'kh'],
      ['ne', 'np'],
    ] as const) {
      const keys = basicKeys(readFileSync(`${symbols}/${file}`, 'utf8'));
      expect({ letters: page(keys, 0), shifted: page(keys, 1) }, lang).toEqual(xkbLayouts[lang]);
    }
  });
});
