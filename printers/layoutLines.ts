// Shared building blocks of every printed layout: the line model, wrapping helpers, and the ESC/POS encoding
// (text through printer code pages; lines those cannot encode as raster images drawn with bundled fonts).
import ReceiptPrinterEncoder, {
  type ReceiptPrinterEncoderOptions,
} from '@point-of-sale/receipt-printer-encoder';
import { codePageFor, fitsCodePages } from './fonts/scripts.js';
import { printerModelProfiles } from './paperProfiles.js';
import { cropRaster, measureRasterText, renderRasterLine } from './raster/rasterText.js';
import { wrapRasterText } from './raster/wrapRaster.js';
import { wrapText } from './wrapText.js';

export interface PaperProfile {
  columns: 32 | 42 | 48;
  printerModel: string;
  /** Printable dots per line (raster lines are this wide); default: the model's profile, else 12 per column. */
  widthDots?: number;
}

type EncoderModel = NonNullable<ReceiptPrinterEncoderOptions['printerModel']>;
type Codepage = NonNullable<ReceiptPrinterEncoderOptions['codepageCandidates']>[number];

/**
 * Code pages common to Epson-class printers, tried in this order for each character. Without a list the
 * encoder may pick rarer tables (PC853 for Romanian, PC857 for the euro sign) that clones often lack.
 * `fonts/scripts.ts` lists the same pages by ESC t number to decide which lines need a raster.
 */
const codepageCandidates: Codepage[] = [
  'cp437',
  'cp858',
  'cp852',
  'windows1252',
  'cp866',
  'windows1250',
  'windows1251',
  'cp737',
];

/** 80 mm roll on an Epson TM-T88VI: 42 columns in font A, 512 dots. */
export const defaultPaper: PaperProfile = { columns: 42, printerModel: 'epson-tm-t88vi', widthDots: 512 };

export type Align = 'left' | 'center';

/**
 * One element of a printed layout, top to bottom. A text line that code pages cannot print is sent as a
 * raster image drawn in `language`'s bundled font (for right-to-left scripts 'left' means the line's start).
 */
export type TicketLine =
  | {
      kind: 'text';
      text: string;
      size: number;
      bold: boolean;
      align: Align;
      language?: string;
      /** Set by textLines for every line of a paragraph code pages cannot print, so it keeps one look. */
      raster?: boolean;
    }
  | { kind: 'rule' }
  | { kind: 'qr'; data: string }
  | { kind: 'feed'; lines: number };

/** Printable dots per line of `paper`. */
export function widthDotsOf(paper: PaperProfile): number {
  const profile = printerModelProfiles.find((p) => p.printerModel === paper.printerModel);
  return paper.widthDots ?? profile?.widthDots ?? paper.columns * 12;
}

/**
 * Romanian ș ț (comma below) exist in no Epson code page; the cedilla forms ş ţ do, and are the usual
 * printed substitute.
 */
export function printable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u0219/g, '\u015F')
    .replace(/\u0218/g, '\u015E')
    .replace(/\u021B/g, '\u0163')
    .replace(/\u021A/g, '\u0162');
}

/** Whether a text line goes out as a raster image rather than code page text. */
export function needsRaster(
  line: { text: string; size: number; raster?: boolean },
  paper: PaperProfile,
): boolean {
  return (
    line.raster === true || !fitsCodePages(line.text) || [...line.text].length * line.size > paper.columns
  );
}

/**
 * `text` wrapped to the paper at magnification `size`: by columns when code pages can print it, otherwise by
 * measured width in the language's bundled font (long words are broken, never cut off).
 */
export function textLines(
  text: string,
  paper: PaperProfile,
  size: number,
  bold: boolean,
  align: Align,
  language = 'en',
): TicketLine[] {
  const codePageText = printable(text);
  const raster = !fitsCodePages(codePageText);
  const wrapped = raster
    ? wrapRasterText(text.normalize('NFC'), { language, size, bold }, widthDotsOf(paper))
    : wrapText(codePageText, Math.floor(paper.columns / size));
  return wrapped.map((line) => ({ kind: 'text' as const, text: line, size, bold, align, language, raster }));
}

/** A numbered list item with a hanging indent: "1. first line" then "   continued". */
export function listItemLines(
  marker: string,
  text: string,
  paper: PaperProfile,
  language = 'en',
): TicketLine[] {
  const codePageText = printable(text);
  const raster = !fitsCodePages(codePageText);
  const line = (t: string) => ({
    kind: 'text' as const,
    text: t,
    size: 1,
    bold: false,
    align: 'left' as const,
    language,
    raster,
  });
  if (!raster) {
    const indent = [...marker].length + 1;
    return wrapText(codePageText, paper.columns - indent).map((l, i) =>
      line(`${i === 0 ? `${marker} ` : ' '.repeat(indent)}${l}`),
    );
  }
  const style = { language, size: 1, bold: false };
  const spaces = Math.ceil(measureRasterText(`${marker} `, style) / measureRasterText(' ', style));
  const indentDots = measureRasterText(' '.repeat(spaces), style);
  return wrapRasterText(text.normalize('NFC'), style, widthDotsOf(paper) - indentDots).map((l, i) =>
    line(`${i === 0 ? `${marker} ` : ' '.repeat(spaces)}${l}`),
  );
}

/** The raster as the encoder's image input: opaque black and white RGBA (the encoder reads the red channel). */
function imageInput(raster: { width: number; height: number; dots: Uint8Array }) {
  const data = new Uint8ClampedArray(raster.width * raster.height * 4).fill(255);
  raster.dots.forEach((dot, i) => {
    if (dot) data.fill(0, i * 4, i * 4 + 3);
  });
  return { data, width: raster.width, height: raster.height };
}

/**
 * Encodes laid-out lines: initialize, automatic code pages, the lines (GS v 0 rasters for lines code pages
 * cannot print), then feed and a full cut. Throws MissingGlyphError when a raster line has a character no
 * bundled font has: callers treat that as a print failure.
 */
export function encodeLines(lines: readonly TicketLine[], paper: PaperProfile = defaultPaper): Uint8Array {
  if (!ReceiptPrinterEncoder.printerModels.some((model) => model.id === paper.printerModel)) {
    throw new Error(
      `Unknown printer model "${paper.printerModel}" (see ReceiptPrinterEncoder.printerModels)`,
    );
  }
  const widthDots = widthDotsOf(paper);
  const encoder = new ReceiptPrinterEncoder({
    language: 'esc-pos',
    printerModel: paper.printerModel as EncoderModel,
    columns: paper.columns,
    codepageCandidates,
    imageMode: 'raster',
    feedBeforeCut: 4,
  });
  encoder.initialize().codepage('auto');
  for (const line of lines) {
    switch (line.kind) {
      case 'text':
        if (needsRaster(line, paper)) {
          const style = { language: line.language ?? 'en', size: line.size, bold: line.bold };
          const raster = cropRaster(renderRasterLine(line.text, style, line.align, widthDots));
          encoder
            .align(raster.anchor)
            .image(imageInput(raster), raster.width, raster.height, 'threshold', 128);
          break;
        }
        // One fixed page per line where one suffices: the encoder's per-character 'auto' search is slow.
        encoder
          .codepage(codePageFor(line.text) ?? 'auto')
          .align(line.align)
          .bold(line.bold)
          .size(line.size, line.size)
          .line(line.text)
          .size(1, 1)
          .bold(false);
        break;
      case 'rule':
        encoder.codepage('cp437').align('left').line('-'.repeat(paper.columns));
        break;
      case 'qr':
        encoder.align('center').qrcode(line.data, { model: 2, size: 6, errorlevel: 'm' }).newline();
        break;
      case 'feed':
        encoder.newline(line.lines);
        break;
    }
  }
  const bytes = encoder.align('left').cut('full').encode();
  // The encoder ends with a line break after the cut, which would feed the next ticket; the cut ends the job.
  const tail = Array.from(bytes.slice(-5)).join(',');
  return tail === '29,86,0,10,13' ? bytes.slice(0, -2) : bytes;
}
