// The facilities test page: heading, kiosk, model, time, a full-width rule, every language's sample (as text
// or as a raster when code pages cannot print it) and the QR code "test", on every paper width.
import { describe, expect, it } from 'vitest';
import { fitsCodePages } from '../../../printers/fonts/scripts.js';
import { printable } from '../../../printers/layoutLines.js';
import { paperForModel } from '../../../printers/paperProfiles.js';
import { renderPreview } from '../../../printers/preview/renderPreview.js';
import { encodeTestPage, testPageSamples } from '../../../printers/testPageLayout.js';
import { decodeEscPos } from '../../fakes/escposDecoder.js';
import { kioskLanguages } from '../../fixtures/printSamples.js';

const data = {
  kioskName: 'Lobby kiosk 2',
  printerModel: 'Epson TM-T88VI',
  printedAtText: 'Nov 26, 2026, 10:42 AM',
  samples: testPageSamples,
};

describe('testPageSamples', () => {
  it('has one sample per kiosk language', () => {
    expect(testPageSamples.map((s) => s.language)).toEqual([...kioskLanguages]);
  });
});

describe.each(['epson-tm-t88vi', 'epson-tm-t20iii', 'epson-tm-p20ii'])('encodeTestPage on %s', (model) => {
  const paper = paperForModel(model);
  const bytes = encodeTestPage(data, paper);
  const receipt = decodeEscPos(bytes, { columns: paper.columns });
  const texts = receipt.lines.map((l) => l.text);

  it('prints the heading, kiosk, model, time and a rule the width of the paper', () => {
    expect(receipt.warnings).toEqual([]);
    expect(texts.slice(0, 4)).toEqual(['Test print', data.kioskName, data.printerModel, data.printedAtText]);
    expect(receipt.lines[0]?.size).toEqual({ width: 2, height: 2 });
    expect(texts[4]).toBe('-'.repeat(paper.columns));
  });

  it('prints every sample: Latin and Cyrillic as text, the others as one raster line each', () => {
    const asText = testPageSamples.filter((s) => fitsCodePages(printable(s.text)));
    for (const sample of asText) expect(texts).toContain(printable(sample.text));
    expect(receipt.rasters.length).toBe(testPageSamples.length - asText.length);
    expect(asText.map((s) => s.language).sort()).toEqual(['chk', 'en', 'es', 'ro', 'ru', 'so', 'tl', 'uk']);
  });

  it('ends with the QR code "test" and a cut', () => {
    expect(receipt.qrCodes).toEqual(['test']);
    expect(receipt.items.at(-1)).toMatchObject({ kind: 'cut' });
  });

  it('previews with its raster lines counted', () => {
    const preview = renderPreview(bytes, paper.widthDots ?? 0);
    expect(preview.widthDots).toBe(paper.widthDots);
    expect(preview.rasterLines).toBe(receipt.rasters.length);
    expect(preview.heightDots).toBeGreaterThan(24 * testPageSamples.length);
    expect(Array.from(preview.png.slice(1, 4))).toEqual([0x50, 0x4e, 0x47]);
  });
});
