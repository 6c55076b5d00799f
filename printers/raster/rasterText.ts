// Draws one line of text with the bundled fonts into a 1-bit image the width of the paper (for GS v 0), and
// wraps text for such lines by measuring it with the same fonts.
import { type Canvas, createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import {
  assertCovered,
  type BundledFont,
  fontsForLine,
  languageScript,
  registerBundledFonts,
} from '../fonts/bundledFonts.js';
import { isRightToLeft } from '../fonts/scripts.js';

/**
 * Font A is 12x24 dots: a raster line is 24 dots tall per magnification step, like its text neighbours;
 * Khmer and Lao stack marks above and below the letter, so their lines get 32.
 */
export function rasterLineHeight(style: RasterStyle): number {
  const script = languageScript(style.language);
  return (script === 'khmer' || script === 'lao' ? 32 : 24) * style.size;
}

export interface RasterStyle {
  language: string;
  size: number;
  bold: boolean;
}

/** A thresholded line: one byte per dot, 1 = black, rows top to bottom. */
export interface RasterImage {
  width: number;
  height: number;
  dots: Uint8Array;
  /** Where the line's ink is anchored on the paper (for ESC a when the image is cropped). */
  anchor: 'left' | 'center' | 'right';
}

/** Tall samples per script (stacked marks, descenders) that set a font size at which every line fits. */
const probes: Readonly<Record<string, string>> = {
  latin: 'ẪỹgjpÖ',
  arabic: 'لكجي',
  devanagari: 'किर्ूँ',
  khmer: 'ក្សៀ',
  lao: 'ປູ່ເຖິ່ງ',
  han: '永国',
};

/** Han probes per language: each face's subset covers its own (Korean ships Hangul without hanja). */
const hanProbes: Readonly<Record<string, string>> = { ja: '永あ', ko: '한글', 'zh-Hant': '永國' };

/** Latin inside a line of another script: digits and capitals, without Vietnamese stacked accents. */
const latinInside = 'Hgjpy';

const canvases = new Map<string, { canvas: Canvas; ctx: SKRSContext2D }>();

function context(width: number, height: number): SKRSContext2D {
  const key = `${width}x${height}`;
  let entry = canvases.get(key);
  if (!entry) {
    const canvas = createCanvas(width, height);
    entry = { canvas, ctx: canvas.getContext('2d') };
    canvases.set(key, entry);
  }
  return entry.ctx;
}

function fontSpec(fonts: readonly BundledFont[], px: number): string {
  return `${px}px ${fonts.map((f) => `"${f.alias}"`).join(', ')}`;
}

const metrics = new Map<string, { px: number; baseline: number }>();

/**
 * Font size and baseline for lines of `height` dots in a language, fitted to the ink of tall samples of the
 * language's script and Latin, so every line of a ticket in that language has the same size.
 */
function lineMetrics(style: RasterStyle, height: number): { px: number; baseline: number } {
  const key = `${style.language}:${style.bold}:${height}`;
  const known = metrics.get(key);
  if (known) return known;
  const script = languageScript(style.language);
  const own = script === 'han' ? (hanProbes[style.language] ?? probes.han) : probes[script];
  const samples = script === 'latin' ? [probes.latin ?? ''] : [own ?? '', latinInside];
  const fonts = fontsForLine(samples.join(''), style.language, style.bold);
  // A probe drawn with a system font would make the size depend on the machine.
  for (const sample of samples) assertCovered(sample, style.language, fonts);
  const ctx = context(8, 8);
  ctx.font = fontSpec(fonts, 100);
  let ascent = 0;
  let descent = 0;
  for (const sample of samples) {
    const m = ctx.measureText(sample);
    ascent = Math.max(ascent, m.actualBoundingBoxAscent);
    descent = Math.max(descent, m.actualBoundingBoxDescent);
  }
  const px = Math.min(Math.floor(height * 0.92), Math.floor(((height - 2) * 100) / (ascent + descent)));
  const ink = ((ascent + descent) * px) / 100;
  const result = { px, baseline: Math.round((height - ink) / 2 + (ascent * px) / 100) };
  metrics.set(key, result);
  return result;
}

function prepare(
  text: string,
  style: RasterStyle,
  height: number,
): { fonts: BundledFont[]; px: number; baseline: number } {
  registerBundledFonts();
  const fonts = fontsForLine(text, style.language, style.bold);
  assertCovered(text, style.language, fonts);
  return { fonts, ...lineMetrics(style, height) };
}

/** Width in dots of `text` drawn as a raster line in `style`. */
export function measureRasterText(text: string, style: RasterStyle): number {
  const { fonts, px } = prepare(text, style, rasterLineHeight(style));
  const ctx = context(8, 8);
  ctx.font = fontSpec(fonts, px);
  ctx.direction = isRightToLeft(text) ? 'rtl' : 'ltr';
  return ctx.measureText(text).width;
}

/**
 * Draws `text` on a white line `widthDots` wide and rasterLineHeight tall, thresholded to 1 bit. For right-to-left
 * lines 'left' means the start of the line, which is the right edge. Throws MissingGlyphError when a visible
 * character is in none of the line's bundled fonts.
 */
export function renderRasterLine(
  text: string,
  style: RasterStyle,
  align: 'left' | 'center',
  widthDots: number,
): RasterImage {
  const height = rasterLineHeight(style);
  const { fonts, px, baseline } = prepare(text, style, height);
  const ctx = context(widthDots, height);
  const rtl = isRightToLeft(text);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, widthDots, height);
  ctx.fillStyle = '#000';
  ctx.font = fontSpec(fonts, px);
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textBaseline = 'alphabetic';
  if (align === 'center') {
    ctx.textAlign = 'center';
    ctx.fillText(text, widthDots / 2, baseline);
  } else {
    ctx.textAlign = rtl ? 'right' : 'left';
    ctx.fillText(text, rtl ? widthDots : 0, baseline);
  }
  const rgba = ctx.getImageData(0, 0, widthDots, height).data;
  const dots = new Uint8Array(widthDots * height);
  for (let i = 0; i < dots.length; i += 1) dots[i] = (rgba[i * 4] ?? 255) < 128 ? 1 : 0;
  const anchor = align === 'center' ? 'center' : rtl ? 'right' : 'left';
  return { width: widthDots, height, dots, anchor };
}

/**
 * The image without blank byte columns away from its anchor (ESC a puts it back in place): a centred line
 * loses the same whole bytes on both sides, a left-anchored one its right margin, a right-anchored one its left.
 */
export function cropRaster(image: RasterImage): RasterImage {
  const { width, height, dots, anchor } = image;
  let min = width;
  let max = -1;
  for (let i = 0; i < dots.length; i += 1) {
    if (!dots[i]) continue;
    const x = i % width;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (max < 0) return { width: 8, height, dots: new Uint8Array(8 * height), anchor };
  const leftBytes = Math.floor(min / 8);
  const rightBytes = Math.floor((width - 1 - max) / 8);
  const both = Math.min(leftBytes, rightBytes);
  const [left, right] =
    anchor === 'center' ? [both, both] : anchor === 'left' ? [0, rightBytes] : [leftBytes, 0];
  const cropped = width - 8 * (left + right);
  const out = new Uint8Array(cropped * height);
  for (let y = 0; y < height; y += 1) {
    out.set(dots.subarray(y * width + 8 * left, y * width + 8 * left + cropped), y * cropped);
  }
  return { width: cropped, height, dots: out, anchor };
}
