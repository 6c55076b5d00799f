// What the ESC/POS decoder reports: printed lines, paper items in order, symbols, images, cuts, warnings.
import type { EscPosCommand } from './escposCommands.js';

export type Align = 'left' | 'center' | 'right';
export interface TextSize {
  width: number;
  height: number;
}
export interface DecodedLine {
  /** Printed characters without leading and trailing blanks. */
  text: string;
  /** Largest magnification among the line's visible characters. */
  size: TextSize;
  /** Every visible character printed emphasized. */
  bold: boolean;
  underline: boolean;
  /** ESC a alignment, or, for left-aligned lines padded with spaces, the alignment the padding produces. */
  align: Align;
  /** Blank columns before the text (font A columns; a double-width space counts 2). */
  indent: number;
  /** Columns the line occupies including its indent. */
  columns: number;
}
export interface DecodedBarcode {
  /** GS k symbology number m (73 = CODE128). */
  symbology: number;
  /** Data as sent, including CODE128 code set selections such as {B. */
  data: string;
}
export type ReceiptItem =
  | { kind: 'text'; line: DecodedLine }
  | { kind: 'feed'; lines: number }
  | { kind: 'qr'; data: string; moduleSize: number; align: Align }
  | { kind: 'barcode'; barcode: DecodedBarcode; align: Align }
  | {
      kind: 'raster';
      width: number;
      height: number;
      /** Image rows, top to bottom, each ceil(width / 8) bytes, most significant bit leftmost; 1 = black. */
      data: Uint8Array;
      align: Align;
    }
  | { kind: 'cut'; partial: boolean };
export interface DecodedReceipt {
  lines: DecodedLine[];
  qrCodes: string[];
  barcodes: DecodedBarcode[];
  rasters: { width: number; height: number }[];
  cuts: number;
  commands: EscPosCommand[];
  /** Everything on the paper, in order (drives renderText). */
  items: ReceiptItem[];
  /** Things a real printer would do silently but are almost certainly bugs (e.g. text lost by ESC @). */
  warnings: string[];
}
export interface DecodeOptions {
  /** Paper width in font A columns; when given, space-padded lines report the alignment they produce. */
  columns?: number;
}
