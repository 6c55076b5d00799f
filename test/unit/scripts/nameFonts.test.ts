// The small "Names" CJK faces cover every character the language screen shows in Chinese, Japanese and Korean,
// and each CJK stack lists its Names face before the full one (so the language screen never loads 8 MB).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCharacterMap } from '../../../printers/fonts/cmapReader.js';

const root = join(import.meta.dirname, '../../..');
const fontsCss = readFileSync(join(root, 'renderer/styles/fonts.css'), 'utf8');
const regions = { SC: 'zh-Hans', TC: 'zh-Hant', JP: 'ja', KR: 'ko' } as const;

function shownOnLanguageScreen(lang: string): string[] {
  const kiosk = JSON.parse(readFileSync(join(root, 'assets/locales', lang, 'kiosk.json'), 'utf8')) as Record<
    string,
    string
  >;
  const text = `${kiosk['language.endonym']}${kiosk['language.title']}`;
  return [...new Set(text)].filter((c) => c.trim() !== '');
}

describe('CJK Names faces', () => {
  for (const [region, lang] of Object.entries(regions)) {
    it(`${region} draws every character of the ${lang} language name and question`, () => {
      const face = new RegExp(
        `font-family: "L311 Sans CJK ${region} Names";\\s*src: url\\("/fonts/([^"]+)"\\)`,
      ).exec(fontsCss);
      expect(face, `fonts.css declares "L311 Sans CJK ${region} Names"`).not.toBeNull();
      const cmap = readCharacterMap(readFileSync(join(root, 'assets/fonts', face?.[1] ?? '')));
      const missing = shownOnLanguageScreen(lang).filter((c) => !cmap.has(c.codePointAt(0) ?? 0));
      expect(missing, 'rerun scripts/fonts/subset-names.py').toEqual([]);
    });

    it(`${region} lists its Names face before the full face`, () => {
      const stack = fontsCss.match(new RegExp(`"L311 Sans CJK ${region} Names", "L311 Sans CJK ${region}"`));
      expect(stack).not.toBeNull();
    });
  }
});
