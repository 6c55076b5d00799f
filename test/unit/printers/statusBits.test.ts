// Tests decoding of DLE EOT status replies and the problems they name.
import { describe, expect, it } from 'vitest';
import {
  decodeStatus,
  isValidStatusByte,
  problemsFrom,
  StatusByteError,
} from '../../../printers/statusBits.js';

describe('decodeStatus', () => {
  it('reads an idle printer (0x12) as online with nothing wrong', () => {
    expect(decodeStatus(1, 0x12)).toMatchObject({ offline: false, feedButtonPressed: false });
    expect(decodeStatus(4, 0x12)).toEqual({ kind: 'paper', nearEnd: false, end: false });
  });

  it('reads bit 3 of DLE EOT 1 as offline', () => {
    expect(decodeStatus(1, 0x1a).offline).toBe(true);
  });

  it('reads cover open and paper-end stop from DLE EOT 2', () => {
    expect(decodeStatus(2, 0x16)).toMatchObject({ coverOpen: true, stoppedByPaperEnd: false });
    expect(decodeStatus(2, 0x32)).toMatchObject({ coverOpen: false, stoppedByPaperEnd: true });
  });

  it('reads cutter and unrecoverable errors from DLE EOT 3', () => {
    expect(decodeStatus(3, 0x1a)).toMatchObject({ cutterError: true, unrecoverableError: false });
    expect(decodeStatus(3, 0x32)).toMatchObject({ cutterError: false, unrecoverableError: true });
  });

  it('reads near-end (bits 2-3) and end (bits 5-6) from DLE EOT 4', () => {
    expect(decodeStatus(4, 0x1e)).toEqual({ kind: 'paper', nearEnd: true, end: false });
    expect(decodeStatus(4, 0x7e)).toEqual({ kind: 'paper', nearEnd: true, end: true });
  });

  it.each([0x00, 0x10, 0x02, 0x13, 0x92, 0xff, 256, -1])(
    'rejects 0x%s whose fixed bits are wrong',
    (byte) => {
      expect(isValidStatusByte(byte)).toBe(false);
      expect(() => decodeStatus(1, byte)).toThrow(StatusByteError);
    },
  );
});

describe('problemsFrom', () => {
  it('names paper out and cover open, and nothing for near-end', () => {
    expect(problemsFrom([decodeStatus(1, 0x1a), decodeStatus(4, 0x7e), decodeStatus(2, 0x32)])).toEqual([
      'paper out',
    ]);
    expect(problemsFrom([decodeStatus(1, 0x1a), decodeStatus(2, 0x16)])).toEqual(['cover open']);
    expect(problemsFrom([decodeStatus(1, 0x12), decodeStatus(4, 0x1e)])).toEqual([]);
  });

  it('says offline when the printer is offline for no reported cause', () => {
    expect(problemsFrom([decodeStatus(1, 0x1a), decodeStatus(2, 0x12)])).toEqual(['offline']);
  });
});
