// Tests the strict ESC/POS decoder: what it decodes and the malformed bytes it rejects.
import { describe, expect, it } from 'vitest';
import { decodeEscPos, EscPosDecodeError, renderText } from '../../fakes/escposDecoder.js';

const ESC = 0x1b;
const GS = 0x1d;
const bytes = (...parts: (number | string | number[])[]): Uint8Array =>
  Uint8Array.from(
    parts.flatMap((p) =>
      typeof p === 'number' ? [p] : typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p,
    ),
  );
const qrStore = (data: string) => {
  const length = data.length + 3;
  return [GS, 0x28, 0x6b, length & 0xff, length >> 8, 0x31, 0x50, 0x30, ...Buffer.from(data)];
};
const qrPrint = [GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30];

function decodeError(input: Uint8Array): EscPosDecodeError {
  try {
    decodeEscPos(input);
  } catch (error) {
    if (error instanceof EscPosDecodeError) return error;
    throw error;
  }
  throw new Error('expected the decoder to reject the bytes');
}

describe('decodeEscPos: what a printer prints', () => {
  it('decodes text through the selected code page, with size, bold and alignment', () => {
    const receipt = decodeEscPos(
      bytes(
        [ESC, 0x40],
        [ESC, 0x74, 0],
        [ESC, 0x61, 1],
        [ESC, 0x45, 1],
        'N\xa3mero',
        0x0a,
        [ESC, 0x45, 0],
        [ESC, 0x74, 16],
        [GS, 0x21, 0x33],
        '\xe9\xf1\x80',
        0x0a,
        [ESC, 0x74, 19],
        [GS, 0x21, 0],
        '\xd5 5',
        0x0a,
      ),
    );
    expect(receipt.lines.map((l) => l.text)).toEqual(['Número', 'éñ€', '€ 5']);
    expect(receipt.lines[0]).toMatchObject({ bold: true, align: 'center', size: { width: 1, height: 1 } });
    expect(receipt.lines[1]).toMatchObject({ bold: false, size: { width: 4, height: 4 }, columns: 12 });
  });

  it('decodes CP850 and CP437 differently where the tables differ', () => {
    const text = (page: number) => decodeEscPos(bytes([ESC, 0x74, page], '\x9b', 0x0a)).lines[0]?.text;
    expect(text(0)).toBe('¢');
    expect(text(2)).toBe('ø');
  });

  it('infers centring from space padding when the paper width is known', () => {
    const receipt = decodeEscPos(bytes(' '.repeat(19), 'A042', 0x0a, 'left', 0x0a), { columns: 42 });
    expect(receipt.lines.map((l) => l.align)).toEqual(['center', 'left']);
    expect(receipt.lines[0]?.indent).toBe(19);
  });

  it('reads a QR code, CODE128 barcode, raster image and cut', () => {
    const receipt = decodeEscPos(
      bytes(
        [GS, 0x28, 0x6b, 4, 0, 0x31, 0x41, 0x32, 0],
        [GS, 0x28, 0x6b, 3, 0, 0x31, 0x43, 6],
        [GS, 0x28, 0x6b, 3, 0, 0x31, 0x45, 0x31],
        qrStore('https://x.example/t/1'),
        qrPrint,
        [GS, 0x6b, 73, 6, ...Buffer.from('{BA042')],
        [GS, 0x76, 0x30, 0, 2, 0, 3, 0, ...new Array(6).fill(0xff)],
        [ESC, 0x64, 4],
        [GS, 0x56, 0x42, 3],
      ),
    );
    expect(receipt.qrCodes).toEqual(['https://x.example/t/1']);
    expect(receipt.barcodes).toEqual([{ symbology: 73, data: '{BA042' }]);
    expect(receipt.rasters).toEqual([{ width: 16, height: 3 }]);
    expect(receipt.cuts).toBe(1);
    expect(renderText(receipt)).toContain('[QR https://x.example/t/1]');
  });

  it('warns when ESC @ throws away text that was never printed', () => {
    const receipt = decodeEscPos(bytes('lost', [ESC, 0x40], 'kept', 0x0a));
    expect(receipt.lines.map((l) => l.text)).toEqual(['kept']);
    expect(receipt.warnings[0]).toMatch(/discarded unprinted text "lost"/);
  });
});

describe('decodeEscPos: strictness', () => {
  it.each([
    ['an unknown ESC command', bytes(ESC, 0x5a), /unknown command ESC Z/],
    ['italic, which Epson does not have', bytes(ESC, 0x34, 1), /ESC 4 \(italic\)/],
    ['an unknown GS command', bytes(GS, 0x5a, 0), /unknown command GS Z/],
    ['a stray control byte', bytes(0x00), /unknown control byte 0x00/],
    ['a size beyond 8x', bytes(GS, 0x21, 0x88), /GS !: size 0x88 out of range/],
    ['a bad alignment', bytes(ESC, 0x61, 7), /ESC a: parameter 7/],
    ['an unknown cut mode', bytes(GS, 0x56, 5), /GS V: unknown cut mode 5/],
    ['CODE128 without a code set', bytes(GS, 0x6b, 73, 4, ...Buffer.from('A042')), /code set selection/],
    ['a QR print with nothing stored', bytes(qrPrint), /QR print without stored QR data/],
    ['a QR size out of range', bytes(GS, 0x28, 0x6b, 3, 0, 0x31, 0x43, 17), /QR module size 17/],
    ['a cut in the middle of a line', bytes('half', GS, 0x56, 0), /GS V cut while "half" is unprinted/],
    ['text in a code page the decoder cannot read', bytes(ESC, 0x74, 30, 0xd5), /code page 30 \(TCVN-3/],
    ['text in a code page Epson does not have', bytes(ESC, 0x74, 99, 0xd5), /code page 99, which no Epson/],
    ['a status query for n=5', bytes(0x10, 0x04, 5), /DLE EOT: parameter 5/],
  ])('rejects %s', (_what, input, message) => {
    const error = decodeError(input);
    expect(error.message).toMatch(message);
    expect(error.truncated).toBe(false);
  });

  it.each([
    ['ESC with no command byte', bytes(ESC)],
    ['GS ! with no size', bytes(GS, 0x21)],
    ['a QR store shorter than its length', bytes(GS, 0x28, 0x6b, 0x20, 0, 0x31, 0x50, 0x30, 0x41)],
    ['a CODE128 barcode shorter than its length byte', bytes(GS, 0x6b, 73, 10, 0x7b, 0x42, 0x41)],
    ['a function-A barcode without its NUL', bytes(GS, 0x6b, 4, 0x41, 0x42)],
    ['a raster image with missing rows', bytes(GS, 0x76, 0x30, 0, 2, 0, 3, 0, 0xff, 0xff)],
    ['a cut with no mode', bytes(GS, 0x56)],
  ])('rejects %s as truncated', (_what, input) => {
    const error = decodeError(input);
    expect(error.truncated).toBe(true);
    expect(error.message).toMatch(/truncated/);
  });

  it('reports the byte offset of the bad command', () => {
    expect(decodeError(bytes('ok', 0x0a, ESC, 0x5a)).offset).toBe(3);
  });
});
