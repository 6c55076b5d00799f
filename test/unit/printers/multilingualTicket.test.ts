// Tickets in every kiosk language on 80 mm and 58 mm paper: Latin and Cyrillic fields print as code page text,
// fields in other scripts as GS v 0 rasters no wider than the paper, nothing else is rastered, and jobs stay small.
import { describe, expect, it } from 'vitest';
import { MissingGlyphError } from '../../../printers/fonts/bundledFonts.js';
import { printable } from '../../../printers/layoutLines.js';
import { paperForModel } from '../../../printers/paperProfiles.js';
import { codePageTable } from '../../../printers/preview/escposCodepages.js';
import { encodeTicket, ticketLines } from '../../../printers/ticketLayout.js';
import { decodeEscPos } from '../../fakes/escposDecoder.js';
import { codePageLanguages, kioskLanguages, samplePrintData } from '../../fixtures/printSamples.js';

/** Epson code pages in the restricted candidate list (ESC t numbers). */
const commonPages = [0, 2, 14, 16, 17, 18, 19, 45, 46];
const printableChars = new Set(commonPages.flatMap((n) => [...(codePageTable(n)?.high ?? '')]));
/** Whether the decoder's own code page tables can print `text` (independent of the encoder's choice). */
const decoderCanPrint = (text: string) =>
  [...printable(text)].every((c) => (c >= ' ' && c <= '~') || printableChars.has(c));
const squash = (text: string) => printable(text).replace(/\s+/g, '');

describe.each(['epson-tm-t88vi', 'epson-tm-t20iii', 'epson-tm-p20ii'])('on %s', (printerModel) => {
  const paper = paperForModel(printerModel);
  const widthDots = paper.widthDots ?? 0;

  describe.each(kioskLanguages)('in %s', (language) => {
    const data = samplePrintData(language);
    const bytes = encodeTicket(data, paper);
    const receipt = decodeEscPos(bytes, { columns: paper.columns });
    const fields = [
      data.siteName,
      data.ticketNumber,
      data.serviceName,
      data.issuedAtText,
      data.peopleAheadText,
      data.message,
      data.interpreterText ?? '',
    ];

    it('decodes strictly, with one cut, the QR code and only common code pages', () => {
      expect(receipt.warnings).toEqual([]);
      expect(receipt.cuts).toBe(1);
      expect(receipt.qrCodes).toEqual([data.qrUrl]);
      for (const c of receipt.commands.filter((c) => c.name === 'ESC t'))
        expect(commonPages).toContain(c.params[0]);
      for (const line of receipt.lines) expect(line.columns).toBeLessThanOrEqual(paper.columns);
    });

    it('prints code-page fields as text and rasters only the fields that need it', () => {
      const printed = receipt.lines.map((l) => l.text.replace(/\s+/g, '')).join('');
      const rasterFields = fields.filter((f) => !decoderCanPrint(f));
      for (const field of fields.filter(decoderCanPrint)) expect(printed, field).toContain(squash(field));
      const textFields = new Set(fields.filter(decoderCanPrint).map(printable));
      const rasterLines = ticketLines(data, paper).filter(
        (l) =>
          l.kind === 'text' &&
          !textFields.has(l.text) &&
          rasterFields.some((f) => f.replace(/\s+/g, '').includes(l.text.replace(/\s+/g, ''))),
      );
      expect(receipt.rasters.length).toBe(rasterLines.length);
      expect(rasterFields.length === 0).toBe(codePageLanguages.includes(language));
      if (rasterFields.length > 0) expect(receipt.rasters.length).toBeGreaterThanOrEqual(rasterFields.length);
    });

    it('sends rasters as GS v 0 no wider than the paper, 24 or 32 dots per size step', () => {
      expect(receipt.commands.filter((c) => c.name === 'GS v 0').length).toBe(receipt.rasters.length);
      expect(receipt.commands.some((c) => c.name === 'ESC *')).toBe(false);
      for (const raster of receipt.rasters) {
        expect(raster.width).toBeLessThanOrEqual(widthDots);
        expect(raster.width % 8).toBe(0);
        expect([24, 32, 48, 64]).toContain(raster.height);
      }
    });

    it('stays under 12 KB', () => {
      expect(bytes.length).toBeLessThan(12 * 1024);
    });
  });
});

describe('a character no bundled font has', () => {
  it('fails the print with MissingGlyphError naming the code point, language and font', () => {
    const data = { ...samplePrintData('vi'), message: 'Xin chào 😀' };
    expect(() => encodeTicket(data)).toThrow(MissingGlyphError);
    expect(() => encodeTicket(data)).toThrow(/U\+1F600.*language vi.*NotoSans-Regular\.ttf/);
  });

  it('also when the line is a Tibetan word in a Nepali ticket', () => {
    const data = { ...samplePrintData('ne'), interpreterText: 'दोभाषे: བོད་ཡིག' };
    expect(() => encodeTicket(data)).toThrow(/U\+0F56.*language ne.*NotoSansDevanagari-Bold\.ttf/);
  });
});

describe('a reprint', () => {
  it('prints the copy line under the site name', () => {
    const data = { ...samplePrintData('es'), copyText: 'COPY — reprinted 10:42' };
    const lines = decodeEscPos(encodeTicket(data)).lines.map((l) => l.text);
    expect(lines.slice(0, 2)).toEqual(['Portland Building 311', 'COPY — reprinted 10:42']);
    expect(decodeEscPos(encodeTicket(samplePrintData('es'))).lines[1]?.text).not.toMatch(/COPY/);
  });
});
