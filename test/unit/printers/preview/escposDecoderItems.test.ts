// The decoder's paper items carry what a preview needs: QR module size and alignment, raster pixels.
import { describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../../../printers/preview/escposDecoder.js';

const ESC = 0x1b;
const GS = 0x1d;

describe('decodeEscPos items for previews', () => {
  it('gives a QR code its module size and the alignment in force', () => {
    const data = [0x68, 0x69];
    const bytes = Uint8Array.of(
      ESC,
      0x61,
      2,
      GS,
      0x28,
      0x6b,
      3,
      0,
      49,
      67,
      9,
      GS,
      0x28,
      0x6b,
      5,
      0,
      49,
      80,
      48,
      ...data,
      GS,
      0x28,
      0x6b,
      3,
      0,
      49,
      81,
      48,
    );
    expect(decodeEscPos(bytes).items).toEqual([{ kind: 'qr', data: 'hi', moduleSize: 9, align: 'right' }]);
  });

  it('keeps GS v 0 pixels as sent', () => {
    const receipt = decodeEscPos(Uint8Array.of(GS, 0x76, 0x30, 0, 1, 0, 2, 0, 0x81, 0x7e));
    expect(receipt.items[0]).toMatchObject({ kind: 'raster', width: 8, height: 2, align: 'left' });
    const item = receipt.items[0];
    if (item?.kind === 'raster') expect([...item.data]).toEqual([0x81, 0x7e]);
    expect(receipt.rasters).toEqual([{ width: 8, height: 2 }]);
  });

  it('turns ESC * bit-image columns into rows', () => {
    // 8-dot mode, 2 columns: column 0 all ink, column 1 only the top dot.
    const receipt = decodeEscPos(Uint8Array.of(ESC, 0x2a, 0, 2, 0, 0xff, 0x80));
    const item = receipt.items[0];
    expect(item).toMatchObject({ kind: 'raster', width: 2, height: 8 });
    if (item?.kind === 'raster')
      expect([...item.data]).toEqual([0xc0, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80]);
  });
});
