// Renders ESC/POS bytes to a 1-bit PNG preview of the paper: text in a built-in bitmap font, rasters as sent,
// QR codes and barcodes as labelled placeholder boxes (no QR encoder is installed to draw real modules).
import { planGlyph } from './bitmapFont.js';
import { type Align, type DecodedLine, decodeEscPos, type ReceiptItem } from './escposDecoder.js';
import { MonoBitmap } from './monoBitmap.js';
import { encodeMonoPng } from './png.js';

/** Font A cell on Epson-class printers, in dots. */
const cellWidth = 12;
const cellHeight = 24;
/** Default line spacing (1/6 inch at 180 dpi) minus the cell height. */
const lineGap = 6;
const margin = 8;

/** Byte-mode capacity of QR versions 1-10 at error level M; longer data is drawn as version 10+. */
const qrCapacityM = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213];

function qrModules(data: string): number {
  const length = new TextEncoder().encode(data).length;
  const index = qrCapacityM.findIndex((capacity) => length <= capacity);
  const version = index === -1 ? 10 + Math.ceil((length - 213) / 30) : index + 1;
  return 17 + 4 * Math.min(version, 40);
}

function alignedX(align: Align, width: number, paper: number): number {
  if (align === 'center') return Math.max(0, Math.floor((paper - width) / 2));
  if (align === 'right') return Math.max(0, paper - width);
  return 0;
}

class PreviewPainter {
  y = margin;

  constructor(private readonly bitmap: MonoBitmap) {}

  private glyph(char: string, x: number, y: number, w: number, h: number, bold: boolean): void {
    const plan = planGlyph(char);
    const left = x + w;
    const top = y + 6 * h;
    if (plan.rows === null) {
      if (char.trim() !== '') this.bitmap.strokeRect(left, top, 10 * w, 14 * h, Math.max(1, w));
      return;
    }
    plan.rows.forEach((bits, gy) => {
      for (let gx = 0; gx < 5; gx += 1) {
        if (((bits >> (4 - gx)) & 1) === 0) continue;
        this.bitmap.fillRect(left + gx * 2 * w, top + gy * 2 * h, 2 * w + (bold ? 1 : 0), 2 * h);
      }
    });
    if (plan.accentAbove) this.bitmap.fillRect(left + 3 * w, top - 4 * h, 4 * w, 2 * h);
    if (plan.accentBelow) this.bitmap.fillRect(left + 4 * w, top + 15 * h, 2 * w, 2 * h);
  }

  text(line: DecodedLine): void {
    const { width: w, height: h } = line.size;
    const chars = [...line.text];
    const textWidth = chars.length * cellWidth * w;
    let x = line.indent > 0 ? line.indent * cellWidth : alignedX(line.align, textWidth, this.bitmap.width);
    for (const char of chars) {
      // A printer wraps a line longer than the paper onto the next line; so does the preview.
      if (x + cellWidth * w > this.bitmap.width) {
        this.y += cellHeight * h + lineGap;
        x = 0;
      }
      this.glyph(char, x, this.y, w, h, line.bold);
      if (line.underline) this.bitmap.fillRect(x, this.y + (cellHeight - 2) * h, cellWidth * w, h);
      x += cellWidth * w;
    }
    this.y += cellHeight * h + lineGap;
    this.bitmap.grow(this.y);
  }

  label(text: string, x: number, y: number): void {
    [...text].forEach((char, i) => {
      this.glyph(char, x + i * cellWidth, y, 1, 1, true);
    });
  }

  qr(data: string, moduleSize: number, align: Align): void {
    const modules = qrModules(data);
    const side = modules * moduleSize;
    const x = alignedX(align, side, this.bitmap.width);
    const y = this.y;
    // Finder patterns in three corners make the placeholder read as a QR code; the middle says what it is.
    for (const [fx, fy] of [
      [0, 0],
      [modules - 7, 0],
      [0, modules - 7],
    ] as const) {
      this.bitmap.strokeRect(
        x + fx * moduleSize,
        y + fy * moduleSize,
        7 * moduleSize,
        7 * moduleSize,
        moduleSize,
      );
      this.bitmap.fillRect(
        x + (fx + 2) * moduleSize,
        y + (fy + 2) * moduleSize,
        3 * moduleSize,
        3 * moduleSize,
      );
    }
    this.bitmap.strokeRect(x, y, side, side, 1);
    this.label('QR', x + Math.floor(side / 2) - cellWidth, y + Math.floor(side / 2) - cellHeight / 2);
    this.y += side;
    this.bitmap.grow(this.y);
  }

  barcode(data: string, align: Align): void {
    const text = data.replace(/^\{[ABC]/, '');
    const width = Math.min(this.bitmap.width, (text.length + 2) * cellWidth);
    const x = alignedX(align, width, this.bitmap.width);
    this.bitmap.strokeRect(x, this.y, width, 80, 2);
    this.label(text, x + cellWidth, this.y + 28);
    this.y += 80;
  }

  raster(item: Extract<ReceiptItem, { kind: 'raster' }>): void {
    const rowBytes = Math.ceil(item.width / 8);
    const x = alignedX(item.align, item.width, this.bitmap.width);
    for (let row = 0; row < item.height; row += 1) {
      for (let col = 0; col < item.width; col += 1) {
        const byte = item.data[row * rowBytes + (col >> 3)] ?? 0;
        if ((byte >> (7 - (col & 7))) & 1) this.bitmap.set(x + col, this.y + row);
      }
    }
    this.y += item.height;
    this.bitmap.grow(this.y);
  }

  cut(partial: boolean): void {
    const dash = partial ? 4 : 12;
    for (let x = 0; x < this.bitmap.width; x += dash * 2) this.bitmap.fillRect(x, this.y + 8, dash, 2);
    this.y += 20;
    this.bitmap.grow(this.y);
  }

  item(item: ReceiptItem): void {
    switch (item.kind) {
      case 'text':
        this.text(item.line);
        break;
      case 'feed':
        this.y += item.lines * (cellHeight + lineGap);
        this.bitmap.grow(this.y);
        break;
      case 'qr':
        this.qr(item.data, item.moduleSize, item.align);
        break;
      case 'barcode':
        this.barcode(item.barcode.data, item.align);
        break;
      case 'raster':
        this.raster(item);
        break;
      case 'cut':
        this.cut(item.partial);
        break;
    }
  }
}

export interface PreviewResult {
  png: Uint8Array;
  widthDots: number;
  heightDots: number;
  /** Raster images on the paper (lines drawn with bundled fonts, sent as GS v 0 or ESC *). */
  rasterLines: number;
}

/**
 * A 1-bit PNG of what the printer would put on paper `widthDots` wide (512 for an 80 mm TM-T88, 576 for a
 * 48-column 80 mm printer, 384 for 58 mm), with its size and raster count. Throws EscPosDecodeError for bytes
 * the strict decoder rejects.
 */
export function renderPreview(bytes: Uint8Array, widthDots: number): PreviewResult {
  const bitmap = new MonoBitmap(widthDots);
  const receipt = decodeEscPos(bytes, { columns: Math.floor(widthDots / cellWidth) });
  const painter = new PreviewPainter(bitmap);
  for (const item of receipt.items) painter.item(item);
  bitmap.grow(painter.y + margin);
  return {
    png: encodeMonoPng(bitmap.width, bitmap.packedRows()),
    widthDots: bitmap.width,
    heightDots: bitmap.height,
    rasterLines: receipt.items.filter((item) => item.kind === 'raster').length,
  };
}

/** The PNG alone (see renderPreview). */
export function renderPreviewPng(bytes: Uint8Array, widthDots: number): Buffer {
  return Buffer.from(renderPreview(bytes, widthDots).png);
}
