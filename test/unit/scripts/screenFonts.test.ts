// The screens' fonts: every bundled font reaches the screens' public folder, the CJK subsets decompressed to real
// OpenType files, and a second run leaves files that are up to date alone.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assetsDir } from '../../../main/paths.js';
import { copyScreenFonts } from '../../../scripts/screenFonts.js';

const fontsDir = join(assetsDir, 'fonts');
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'lobby311-fonts-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('copyScreenFonts', () => {
  it('writes every TrueType font and Names face as is and every CJK subset decompressed', () => {
    const out = tempDir();
    const written = copyScreenFonts(fontsDir, out);
    expect(written).toHaveLength(18);
    expect(written).toContain('NotoSansCJKKR-Names.otf');
    expect(written).toContain('NotoSansCJKTC-Regular-subset.otf');
    for (const file of written.filter((f) => f.endsWith('.otf'))) {
      expect(readFileSync(join(out, file)).subarray(0, 4).toString('latin1'), file).toBe('OTTO');
    }
    const lao = 'NotoSansLao-Regular.ttf';
    expect(readFileSync(join(out, lao)).equals(readFileSync(join(fontsDir, lao)))).toBe(true);
  });

  it('leaves an up-to-date copy alone on the next build', () => {
    const out = tempDir();
    copyScreenFonts(fontsDir, out);
    const file = join(out, 'NotoSansCJKKR-Regular-subset.otf');
    const before = statSync(file).mtimeMs;
    copyScreenFonts(fontsDir, out);
    expect(statSync(file).mtimeMs).toBe(before);
  });
});
