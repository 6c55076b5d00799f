// Ticket previews: the PNG is valid (signature, IHDR, IDAT, CRCs checked with node:zlib's own CRC-32), and
// ink lands where the text, images and QR placeholder are.
import { inflateSync, crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../../../printers/preview/escposDecoder.js';
import { renderPreviewPng } from '../../../../printers/preview/renderPreview.js';
import { encodeTicket } from '../../../../printers/ticketLayout.js';
import { sampleTicket } from '../sampleTicket.js';

interface DecodedPng {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  black(x: number, y: number): boolean;
  blackCount(): number;
}

/** Parses the PNG, checking every chunk's CRC, and unpacks the 1-bit rows. */
function readPng(png: Buffer): DecodedPng {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(
      zlibCrc32(png.subarray(at + 4, at + 8 + length)),
    );
    chunks.push({ type, data });
    at += 12 + length;
  }
  expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  const ihdr = chunks[0]!.data;
  expect(ihdr.length).toBe(13);
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const raw = inflateSync(chunks[1]!.data);
  const stride = 1 + Math.ceil(width / 8);
  expect(raw.length).toBe(height * stride);
  for (let y = 0; y < height; y += 1) expect(raw[y * stride]).toBe(0);
  const black = (x: number, y: number) => ((raw[y * stride + 1 + (x >> 3)]! >> (7 - (x & 7))) & 1) === 0;
  return {
    width,
    height,
    bitDepth: ihdr[8]!,
    colorType: ihdr[9]!,
    black,
    blackCount() {
      let count = 0;
      for (let y = 0; y < height; y += 1) for (let x = 0; x < width; x += 1) if (black(x, y)) count += 1;
      return count;
    },
  };
}

const ESC = 0x1b;
const GS = 0x1d;
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

describe('renderPreviewPng', () => {
  it('writes a valid 1-bit greyscale PNG of a whole ticket, as wide as asked, with ink on it', () => {
    const png = readPng(renderPreviewPng(encodeTicket(sampleTicket()), 512));
    expect(png).toMatchObject({ width: 512, bitDepth: 1, colorType: 0 });
    expect(png.height).toBeGreaterThan(400);
    expect(png.blackCount()).toBeGreaterThan(2000);
  });

  it('draws a text glyph in its cell: ink where the letter is, paper where it is not', () => {
    const png = readPng(renderPreviewPng(Uint8Array.of(ESC, 0x40, ...ascii('H'), 0x0a), 384));
    // 'H' row 0 is #...#: cell x 0, glyph at x+1, top margin 8 + 6; each font dot is 2x2.
    expect(png.black(1, 14)).toBe(true);
    expect(png.black(9, 14)).toBe(true);
    expect(png.black(4, 14)).toBe(false);
    // Row 3 is ##### (the bar).
    expect(png.black(5, 20)).toBe(true);
    expect(png.black(20, 14)).toBe(false);
  });

  it('centres text the way the decoder says it was aligned', () => {
    const png = readPng(renderPreviewPng(Uint8Array.of(ESC, 0x40, ESC, 0x61, 1, ...ascii('I'), 0x0a), 384));
    // One 12-dot cell centred on 384 dots starts at x 186; 'I' row 0 is .###.
    expect(png.black(186 + 1 + 2, 14)).toBe(true);
    expect(png.black(1 + 2, 14)).toBe(false);
  });

  it('draws a GS v 0 raster image as sent', () => {
    const image = [0xf0, 0x0f, 0xaa, 0x55];
    const png = readPng(
      renderPreviewPng(Uint8Array.of(ESC, 0x40, GS, 0x76, 0x30, 0, 2, 0, 2, 0, ...image), 384),
    );
    const row = (y: number) => Array.from({ length: 16 }, (_, x) => (png.black(x, y) ? 1 : 0)).join('');
    expect(row(8)).toBe('1111000000001111');
    expect(row(9)).toBe('1010101001010101');
  });

  it('draws a QR placeholder box sized from the data and the module size', () => {
    const bytes = encodeTicket(sampleTicket());
    const qr = decodeEscPos(bytes).items.find((i) => i.kind === 'qr');
    expect(qr).toMatchObject({ kind: 'qr', moduleSize: 6, align: 'center' });
    const png = readPng(renderPreviewPng(bytes, 512));
    // The URL (37 bytes) needs QR version 3: 29 modules of 6 dots; its left edge is centred.
    const side = 29 * 6;
    const left = Math.floor((512 - side) / 2);
    let longest = 0;
    let current = 0;
    for (let y = 0; y < png.height; y += 1) {
      current = png.black(left, y) ? current + 1 : 0;
      longest = Math.max(longest, current);
    }
    expect(longest).toBe(side);
  });

  it('renders at 58 mm width too, and refuses a width no printer has', () => {
    expect(
      readPng(
        renderPreviewPng(encodeTicket(sampleTicket(), { columns: 32, printerModel: 'epson-tm-p20ii' }), 384),
      ).width,
    ).toBe(384);
    expect(() => renderPreviewPng(Uint8Array.of(ESC, 0x40), 0)).toThrow(RangeError);
  });

  it('rejects bytes the strict decoder rejects', () => {
    expect(() => renderPreviewPng(Uint8Array.of(ESC, 0x34, 1), 384)).toThrow(/italic/);
  });
});
