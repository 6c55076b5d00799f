// Raster lines: right-to-left placement for Arabic (with a Latin ticket number inside in reading order),
// wrapping by measured width (CJK anywhere, Lao and Khmer by grapheme cluster), and cropping around the anchor.
import { describe, expect, it } from 'vitest';
import {
  cropRaster,
  measureRasterText,
  type RasterImage,
  renderRasterLine,
} from '../../../../printers/raster/rasterText.js';
import { wrapRasterText } from '../../../../printers/raster/wrapRaster.js';

/** Leftmost and rightmost inked columns. */
function inkSpan(image: RasterImage): [number, number] {
  let min = image.width;
  let max = -1;
  image.dots.forEach((dot, i) => {
    if (!dot) return;
    min = Math.min(min, i % image.width);
    max = Math.max(max, i % image.width);
  });
  return [min, max];
}

/** Columns [from, to) of the image as strings of 0/1 per column (for comparing drawn runs). */
function columns(image: RasterImage, from: number, to: number): string[] {
  const out: string[] = [];
  for (let x = from; x < to; x += 1) {
    let column = '';
    for (let y = 0; y < image.height; y += 1) column += image.dots[y * image.width + x];
    out.push(column);
  }
  return out;
}

const arabic = { language: 'ar', size: 1, bold: false };

describe('Arabic raster lines', () => {
  it("start at the right edge when the line's alignment is 'left' (start)", () => {
    const image = renderRasterLine('أمامك 3 أشخاص', arabic, 'left', 512);
    const [min, max] = inkSpan(image);
    expect(max).toBeGreaterThan(500);
    expect(min).toBeGreaterThan(256);
    expect(image.anchor).toBe('right');
  });

  it('are centred when centred', () => {
    const image = renderRasterLine('أمامك 3 أشخاص', arabic, 'center', 512);
    const [min, max] = inkSpan(image);
    expect(Math.abs(min - (511 - max))).toBeLessThanOrEqual(3);
  });

  it('keep a Latin ticket number whole and in reading order at the end (left) of the line', () => {
    const mixed = renderRasterLine('رقمك A042', arabic, 'left', 512);
    const [mMin] = inkSpan(mixed);
    /** Dots that differ between the mixed line's left end and `text` drawn alone (sub-dot offsets differ). */
    const difference = (text: string) => {
      const alone = renderRasterLine(text, arabic, 'left', 512);
      const [min, max] = inkSpan(alone);
      const a = columns(alone, min, max + 1).join('');
      const b = columns(mixed, mMin, mMin + max - min + 1).join('');
      return [...a].filter((dot, i) => dot !== b[i]).length / a.split('1').length;
    };
    expect(difference('A042')).toBeLessThan(0.35);
    expect(difference('240A')).toBeGreaterThan(difference('A042') * 2);
  });

  it('crop to whole bytes on the side away from the anchor', () => {
    const image = renderRasterLine('أمامك 3 أشخاص', arabic, 'left', 512);
    const cropped = cropRaster(image);
    const [min] = inkSpan(image);
    expect(cropped.width).toBe(512 - 8 * Math.floor(min / 8));
    expect(columns(cropped, cropped.width - 40, cropped.width)).toEqual(columns(image, 472, 512));
  });
});

describe('wrapRasterText', () => {
  it('breaks Chinese between characters, every line fitting the paper', () => {
    const style = { language: 'zh-Hans', size: 2, bold: true };
    const text = '请在等候区就座。我们会在屏幕上叫您的号码。';
    const lines = wrapRasterText(text, style, 384);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(measureRasterText(line, style)).toBeLessThanOrEqual(384);
  });

  it('breaks Lao without spaces by grapheme cluster, never splitting a cluster', () => {
    const style = { language: 'lo', size: 2, bold: false };
    const text = 'ກະລຸນາລໍຖ້າຢູ່ບ່ອນນັ່ງພວກເຮົາຈະເອີ້ນເລກຂອງທ່ານ';
    const lines = wrapRasterText(text, style, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    const clusters = new Intl.Segmenter('lo', { granularity: 'grapheme' });
    const boundaries = new Set([...clusters.segment(text)].map((s) => s.index));
    let at = 0;
    for (const line of lines) {
      expect(boundaries.has(at)).toBe(true);
      expect(measureRasterText(line, style)).toBeLessThanOrEqual(200);
      at += line.length;
    }
  });

  it('breaks Khmer at its spaces when a word fits', () => {
    const style = { language: 'km', size: 1, bold: false };
    const lines = wrapRasterText('វិក្កយបត្រទឹក និងលូ', style, 150);
    expect(lines).toEqual(['វិក្កយបត្រទឹក', 'និងលូ']);
  });
});
