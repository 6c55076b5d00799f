// Strict ESC/POS decoder (tests and ticket previews): turns printer bytes into printed lines, symbols, images and cuts,
// decoding text through the selected Epson code page, and throwing on unknown or truncated commands.
import { codePageTable, unsupportedCodePages } from './escposCodepages.js';
import { type EscPosCommand, EscPosDecodeError, readCommand } from './escposCommands.js';

export { type EscPosCommand, EscPosDecodeError } from './escposCommands.js';
export { renderText } from './escposText.js';

import type {
  Align,
  DecodedLine,
  DecodedReceipt,
  DecodeOptions,
  ReceiptItem,
  TextSize,
} from './escposReceipt.js';

export type {
  Align,
  DecodedBarcode,
  DecodedLine,
  DecodedReceipt,
  DecodeOptions,
  ReceiptItem,
  TextSize,
} from './escposReceipt.js';

interface Segment {
  char: string;
  width: number;
  height: number;
  bold: boolean;
  underline: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** ESC * bit-image columns (each `bands` bytes, top bit first) as GS v 0 style rows. */
function columnsToRows(data: Uint8Array, width: number, bands: number): Uint8Array {
  const rowBytes = Math.ceil(width / 8);
  const rows = new Uint8Array(rowBytes * bands * 8);
  for (let x = 0; x < width; x += 1) {
    for (let y = 0; y < bands * 8; y += 1) {
      const byte = data[x * bands + Math.floor(y / 8)] ?? 0;
      if ((byte >> (7 - (y % 8))) & 1) rows[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return rows;
}

/** Applies commands one at a time, keeping printer modes between jobs like a real printer. */
export class EscPosInterpreter {
  private codePage = 0;
  private size: TextSize = { width: 1, height: 1 };
  private bold = false;
  private underline = false;
  private align: Align = 'left';
  private lineAlign: Align = 'left';
  private segments: Segment[] = [];
  private qrData: string | null = null;
  private qrModuleSize = 3;
  private receipt: DecodedReceipt = EscPosInterpreter.empty();

  constructor(private readonly options: DecodeOptions = {}) {}

  static empty(): DecodedReceipt {
    return {
      lines: [],
      qrCodes: [],
      barcodes: [],
      rasters: [],
      cuts: 0,
      commands: [],
      items: [],
      warnings: [],
    };
  }

  /** Returns what was printed since the last take, keeping printer modes (code page, size, …). */
  take(): DecodedReceipt {
    const out = this.receipt;
    this.receipt = EscPosInterpreter.empty();
    return out;
  }

  /** Text received but not yet printed (a printer holds it until LF or another print command). */
  get pendingText(): string {
    return this.segments.map((s) => s.char).join('');
  }

  apply(command: EscPosCommand): void {
    this.receipt.commands.push(command);
    const [n = 0] = command.params;
    switch (command.name) {
      case 'text':
        this.text(command);
        break;
      case 'HT':
        this.pushChars(' '.repeat(8 - (this.segments.length % 8)));
        break;
      case 'LF':
        this.printLine(1);
        break;
      case 'ESC d':
        this.printLine(Math.max(1, n));
        break;
      case 'ESC J':
        this.printLine(n > 0 ? 1 : 0);
        break;
      case 'ESC @':
        this.reset(command);
        break;
      case 'ESC a':
        this.align = (['left', 'center', 'right'] as const)[n % 48] ?? 'left';
        if (this.segments.length === 0) this.lineAlign = this.align;
        return;
      case 'ESC E':
      case 'ESC G':
        this.bold = (n & 1) === 1;
        return;
      case 'ESC -':
        this.underline = n % 48 > 0;
        return;
      case 'ESC !':
        this.bold = (n & 0x08) !== 0;
        this.underline = (n & 0x80) !== 0;
        this.size = { width: n & 0x20 ? 2 : 1, height: n & 0x10 ? 2 : 1 };
        return;
      case 'GS !':
        this.size = { width: (n >> 4) + 1, height: (n & 0x07) + 1 };
        return;
      case 'ESC t':
        this.codePage = n;
        return;
      case 'GS ( k':
        this.symbol(command);
        break;
      case 'GS k':
        this.printLine(0);
        this.item({
          kind: 'barcode',
          barcode: { symbology: n, data: String.fromCharCode(...(command.data ?? [])) },
          align: this.align,
        });
        break;
      case 'GS v 0':
        this.printLine(0);
        this.item({
          kind: 'raster',
          width: (command.params[1] ?? 0) * 8,
          height: command.params[2] ?? 0,
          data: command.data ?? new Uint8Array(0),
          align: this.align,
        });
        break;
      case 'ESC *':
        this.printLine(0);
        this.item({
          kind: 'raster',
          width: command.params[1] ?? 0,
          height: n >= 32 ? 24 : 8,
          data: columnsToRows(command.data ?? new Uint8Array(0), command.params[1] ?? 0, n >= 32 ? 3 : 1),
          align: this.align,
        });
        break;
      case 'GS V':
        if (this.segments.length > 0) {
          throw new EscPosDecodeError(`GS V cut while "${this.pendingText}" is unprinted`, command.offset);
        }
        this.item({ kind: 'cut', partial: n % 48 === 1 || n === 66 || n === 98 || n === 104 });
        break;
      default:
        return;
    }
  }

  /** End of data: text never followed by a print command stays in the printer's buffer, unprinted. */
  finish(): void {
    if (this.segments.length > 0) this.receipt.warnings.push(`unprinted text at end: "${this.pendingText}"`);
  }

  private reset(command: EscPosCommand): void {
    if (this.segments.length > 0) {
      this.receipt.warnings.push(
        `ESC @ at byte ${command.offset} discarded unprinted text "${this.pendingText}"`,
      );
    }
    this.segments = [];
    this.codePage = 0;
    this.size = { width: 1, height: 1 };
    this.bold = false;
    this.underline = false;
    this.align = 'left';
    this.lineAlign = 'left';
    this.qrData = null;
    this.qrModuleSize = 3;
  }

  private text(command: EscPosCommand): void {
    let chars = '';
    for (const b of command.data ?? []) {
      if (b < 0x80) {
        chars += b === 0x7f ? '\u2302' : String.fromCharCode(b);
        continue;
      }
      const table = codePageTable(this.codePage);
      if (!table) {
        const known = unsupportedCodePages[this.codePage];
        const what = known
          ? `code page ${this.codePage} (${known}), which the decoder cannot read`
          : `code page ${this.codePage}, which no Epson printer has`;
        throw new EscPosDecodeError(`byte 0x${b.toString(16)} printed in ${what}`, command.offset);
      }
      chars += table.high[b - 0x80];
    }
    this.pushChars(chars);
  }

  private pushChars(chars: string): void {
    if (this.segments.length === 0) this.lineAlign = this.align;
    for (const char of chars) {
      this.segments.push({ char, ...this.size, bold: this.bold, underline: this.underline });
    }
  }

  private symbol(command: EscPosCommand): void {
    const [cn, fn] = command.params;
    if (cn !== 49) return;
    if (fn === 67) this.qrModuleSize = command.params[2] ?? this.qrModuleSize;
    if (fn === 80) {
      try {
        this.qrData = utf8.decode(command.data);
      } catch {
        throw new EscPosDecodeError('QR data is not valid UTF-8', command.offset);
      }
    }
    if (fn === 81) {
      if (this.qrData === null)
        throw new EscPosDecodeError('QR print without stored QR data', command.offset);
      this.printLine(0);
      this.receipt.qrCodes.push(this.qrData);
      this.item({ kind: 'qr', data: this.qrData, moduleSize: this.qrModuleSize, align: this.align });
    }
  }

  private item(item: ReceiptItem): void {
    this.receipt.items.push(item);
    if (item.kind === 'barcode') this.receipt.barcodes.push(item.barcode);
    if (item.kind === 'raster') this.receipt.rasters.push({ width: item.width, height: item.height });
    if (item.kind === 'cut') this.receipt.cuts += 1;
  }

  /** Prints the buffered line (if any) and feeds `feed` lines; feed 0 prints pending text only. */
  private printLine(feed: number): void {
    const visible = this.segments.filter((s) => s.char.trim() !== '');
    if (visible.length === 0) {
      this.segments = [];
      if (feed > 0) this.feed(feed);
      return;
    }
    const columnsOf = (list: Segment[]) => list.reduce((sum, s) => sum + s.width, 0);
    const first = this.segments.indexOf(visible[0]!);
    const last = this.segments.lastIndexOf(visible[visible.length - 1]!);
    const indent = columnsOf(this.segments.slice(0, first));
    const columns = indent + columnsOf(this.segments.slice(first, last + 1));
    const line: DecodedLine = {
      text: this.segments
        .slice(first, last + 1)
        .map((s) => s.char)
        .join(''),
      size: {
        width: Math.max(...visible.map((s) => s.width)),
        height: Math.max(...visible.map((s) => s.height)),
      },
      bold: visible.every((s) => s.bold),
      underline: visible.every((s) => s.underline),
      align: this.visualAlign(indent, columns),
      indent,
      columns,
    };
    this.segments = [];
    this.receipt.lines.push(line);
    this.receipt.items.push({ kind: 'text', line });
    if (feed > 1) this.feed(feed - 1);
  }

  private visualAlign(indent: number, columns: number): Align {
    const paper = this.options.columns;
    if (this.lineAlign !== 'left' || paper === undefined || indent === 0) return this.lineAlign;
    const right = paper - columns;
    if (right <= 0) return 'right';
    return Math.abs(indent - right) <= 1 ? 'center' : 'left';
  }

  private feed(lines: number): void {
    const last = this.receipt.items[this.receipt.items.length - 1];
    if (last?.kind === 'feed') last.lines += lines;
    else this.receipt.items.push({ kind: 'feed', lines });
  }
}

/** Decodes a complete byte stream; throws EscPosDecodeError on an unknown, invalid or truncated command. */
export function decodeEscPos(bytes: Uint8Array, options: DecodeOptions = {}): DecodedReceipt {
  const interpreter = new EscPosInterpreter(options);
  let offset = 0;
  while (offset < bytes.length) {
    const command = readCommand(bytes, offset);
    interpreter.apply(command);
    offset += command.length;
  }
  interpreter.finish();
  return interpreter.take();
}
