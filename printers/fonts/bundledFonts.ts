// The Noto fonts shipped in assets/fonts: registered with the canvas under private aliases at first use, and
// checked character by character against each file's own cmap so that nothing falls back to a system font.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { GlobalFonts } from '@napi-rs/canvas';
import { assetsDir } from '../../main/paths.js';
import { type CharacterMap, readCharacterMap } from './cmapReader.js';
import { isInvisible, type Script, scriptOf, scriptsOf } from './scripts.js';

export interface BundledFont {
  file: string;
  /** Canvas family name; prefixed so it can never match a font installed on the machine. */
  alias: string;
}

/** Found through main/paths.ts, which also knows where the Electron bundle keeps the assets. */
const fontsDir = join(assetsDir, 'fonts');

function font(file: string, alias: string): BundledFont {
  return { file, alias: `L311 ${alias}` };
}

type HanRegion = 'SC' | 'TC' | 'JP' | 'KR';
type FaceKey = Exclude<Script, 'han'> | `han-${HanRegion}`;

/** Regular and bold faces per script; CJK ships Regular only, so bold CJK lines print in Regular. */
const faces: Readonly<Record<FaceKey, { regular: BundledFont; bold: BundledFont }>> = {
  latin: { regular: font('NotoSans-Regular.ttf', 'Sans'), bold: font('NotoSans-Bold.ttf', 'Sans Bold') },
  arabic: {
    regular: font('NotoSansArabic-Regular.ttf', 'Sans Arabic'),
    bold: font('NotoSansArabic-Bold.ttf', 'Sans Arabic Bold'),
  },
  devanagari: {
    regular: font('NotoSansDevanagari-Regular.ttf', 'Sans Devanagari'),
    bold: font('NotoSansDevanagari-Bold.ttf', 'Sans Devanagari Bold'),
  },
  khmer: {
    regular: font('NotoSansKhmer-Regular.ttf', 'Sans Khmer'),
    bold: font('NotoSansKhmer-Bold.ttf', 'Sans Khmer Bold'),
  },
  lao: {
    regular: font('NotoSansLao-Regular.ttf', 'Sans Lao'),
    bold: font('NotoSansLao-Bold.ttf', 'Sans Lao Bold'),
  },
  'han-SC': hanFaces('SC'),
  'han-TC': hanFaces('TC'),
  'han-JP': hanFaces('JP'),
  'han-KR': hanFaces('KR'),
};

function hanFaces(region: HanRegion): { regular: BundledFont; bold: BundledFont } {
  const regular = font(`NotoSansCJK${region}-Regular-subset.otf.br`, `Sans CJK ${region}`);
  return { regular, bold: regular };
}

/** Every bundled font file, once. */
export const bundledFonts: readonly BundledFont[] = [
  ...new Map(
    Object.values(faces)
      .flatMap((f) => [f.regular, f.bold])
      .map((f) => [f.file, f]),
  ).values(),
];

/** Han characters take the face of the language's region (Chinese forms differ by region). */
function hanRegion(language: string): HanRegion {
  const lower = language.toLowerCase();
  if (lower === 'ja' || lower.startsWith('ja-')) return 'JP';
  if (lower === 'ko' || lower.startsWith('ko-')) return 'KR';
  if (/^zh-(hant|tw|hk|mo)/.test(lower)) return 'TC';
  return 'SC';
}

export class MissingGlyphError extends Error {
  override name = 'MissingGlyphError';
  constructor(
    readonly codePoint: number,
    readonly language: string,
    readonly script: Script,
    readonly fonts: readonly string[],
  ) {
    const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
    super(`No bundled font has U+${hex} (${script} script, language ${language}); tried ${fonts.join(', ')}`);
  }
}

const maps = new Map<string, CharacterMap>();
let registered = false;

/** A bundled font file's bytes; `.br` files (the large CJK subsets) are Brotli-compressed in the repository. */
function fontBytes(file: string): Buffer {
  const bytes = readFileSync(join(fontsDir, file));
  return file.endsWith('.br') ? brotliDecompressSync(bytes) : bytes;
}

function characterMap(f: BundledFont): CharacterMap {
  let map = maps.get(f.file);
  if (!map) {
    map = readCharacterMap(fontBytes(f.file));
    maps.set(f.file, map);
  }
  return map;
}

/**
 * Registers every bundled font with the canvas (once) from its bytes, read with Node's fs so that it also works
 * from inside an Electron asar archive; throws if a file is missing or unreadable.
 */
export function registerBundledFonts(): void {
  if (registered) return;
  for (const f of bundledFonts) {
    if (!GlobalFonts.register(fontBytes(f.file), f.alias)) {
      throw new Error(`Could not register bundled font ${join(fontsDir, f.file)}`);
    }
  }
  registered = true;
}

/** The script a language is written in (Latin for those printed through code pages). */
export function languageScript(language: string): Script {
  const base = language.toLowerCase().split('-')[0] ?? '';
  const byLanguage: Readonly<Record<string, Script>> = {
    ar: 'arabic',
    fa: 'arabic',
    ur: 'arabic',
    ne: 'devanagari',
    hi: 'devanagari',
    mr: 'devanagari',
    km: 'khmer',
    lo: 'lao',
    zh: 'han',
    ja: 'han',
    ko: 'han',
  };
  return byLanguage[base] ?? 'latin';
}

function faceKey(script: Script, language: string): FaceKey {
  return script === 'han' ? `han-${hanRegion(language)}` : script;
}

/**
 * The fonts a line is drawn with, in fallback order: the language's own face first (so digits and Latin
 * letters inside a line keep one look), then faces of other scripts in the line, then Noto Sans.
 */
export function fontsForLine(text: string, language: string, bold: boolean): BundledFont[] {
  const keys = [languageScript(language), ...scriptsOf(text), 'latin' as const].map((s) =>
    faceKey(s, language),
  );
  return [...new Set(keys)].map((key) => (bold ? faces[key].bold : faces[key].regular));
}

/** Throws MissingGlyphError for the first visible character none of `fonts` has. */
export function assertCovered(text: string, language: string, fonts: readonly BundledFont[]): void {
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (isInvisible(codePoint)) continue;
    if (fonts.some((f) => characterMap(f).has(codePoint))) continue;
    throw new MissingGlyphError(
      codePoint,
      language,
      scriptOf(codePoint),
      fonts.map((f) => f.file),
    );
  }
}

/** The cmap of one bundled font file (for tests and diagnostics). */
export function bundledCharacterMap(file: string): CharacterMap {
  const f = bundledFonts.find((b) => b.file === file);
  if (!f) throw new Error(`${file} is not a bundled font`);
  return characterMap(f);
}
