// Shared building blocks of every printed layout: the line model, wrapping helpers, and the ESC/POS encoding.
import ReceiptPrinterEncoder, {
  type ReceiptPrinterEncoderOptions,
} from '@point-of-sale/receipt-printer-encoder';
import { wrapText } from './wrapText.js';

export interface PaperProfile {
  columns: 32 | 42 | 48;
  printerModel: string;
}

type PrinterModel = NonNullable<ReceiptPrinterEncoderOptions['printerModel']>;
type Codepage = NonNullable<ReceiptPrinterEncoderOptions['codepageCandidates']>[number];

/**
 * Code pages common to Epson-class printers, tried in this order for each character. Without a list the
 * encoder may pick rarer tables (PC853 for Romanian, PC857 for the euro sign) that clones often lack.
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

/** 80 mm roll on an Epson TM-T88VI: 42 columns in font A. */
export const defaultPaper: PaperProfile = { columns: 42, printerModel: 'epson-tm-t88vi' };

/** One element of a printed layout, top to bottom. Raster lines for other scripts will be another kind. */
export type TicketLine =
  | { kind: 'text'; text: string; size: number; bold: boolean; align: 'left' | 'center' }
  | { kind: 'rule' }
  | { kind: 'qr'; data: string }
  | { kind: 'feed'; lines: number };

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

/** `text` wrapped to the paper at magnification `size` (long words are broken, never cut off). */
export function textLines(
  text: string,
  columns: number,
  size: number,
  bold: boolean,
  align: 'left' | 'center',
): TicketLine[] {
  return wrapText(printable(text), Math.floor(columns / size)).map((line) => ({
    kind: 'text' as const,
    text: line,
    size,
    bold,
    align,
  }));
}

/** A numbered list item with a hanging indent: "1. first line" then "   continued". */
export function listItemLines(marker: string, text: string, columns: number): TicketLine[] {
  const indent = [...marker].length + 1;
  return wrapText(printable(text), columns - indent).map((line, i) => ({
    kind: 'text' as const,
    text: `${i === 0 ? `${marker} ` : ' '.repeat(indent)}${line}`,
    size: 1,
    bold: false,
    align: 'left' as const,
  }));
}

/** Encodes laid-out lines: initialize, automatic code pages, the lines, then feed and a full cut. */
export function encodeLines(lines: readonly TicketLine[], paper: PaperProfile = defaultPaper): Uint8Array {
  if (!ReceiptPrinterEncoder.printerModels.some((model) => model.id === paper.printerModel)) {
    throw new Error(
      `Unknown printer model "${paper.printerModel}" (see ReceiptPrinterEncoder.printerModels)`,
    );
  }
  const encoder = new ReceiptPrinterEncoder({
    language: 'esc-pos',
    printerModel: paper.printerModel as PrinterModel,
    columns: paper.columns,
    codepageCandidates,
    feedBeforeCut: 4,
  });
  encoder.initialize().codepage('auto');
  for (const line of lines) {
    switch (line.kind) {
      case 'text':
        encoder
          .align(line.align)
          .bold(line.bold)
          .size(line.size, line.size)
          .line(line.text)
          .size(1, 1)
          .bold(false);
        break;
      case 'rule':
        encoder.align('left').line('-'.repeat(paper.columns));
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
