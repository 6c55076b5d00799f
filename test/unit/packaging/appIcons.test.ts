// assets/icons: the committed app icons are real PNGs of the size their names say, and icon.ico holds them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { icoFromPngs, iconsDir, linuxIconSizes, windowsIconSizes } from '../../../scripts/appIcon.js';

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(pngSignature);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

interface IcoEntry {
  width: number;
  png: Buffer;
}

function icoEntries(ico: Buffer): IcoEntry[] {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + 16 * i;
    const length = ico.readUInt32LE(entry + 8);
    const offset = ico.readUInt32LE(entry + 12);
    return { width: ico.readUInt8(entry) || 256, png: ico.subarray(offset, offset + length) };
  });
}

describe('assets/icons', () => {
  it.each(linuxIconSizes)('has a %i px square PNG for Linux', (size) => {
    const png = readFileSync(join(iconsDir, `${size}x${size}.png`));
    expect(pngSize(png)).toEqual({ width: size, height: size });
  });

  it('keeps the 512 px master small enough to commit', () => {
    expect(readFileSync(join(iconsDir, '512x512.png')).length).toBeLessThan(100_000);
  });

  it('has icon.ico for Windows with a 256 px PNG entry and every smaller size', () => {
    const entries = icoEntries(readFileSync(join(iconsDir, 'icon.ico')));
    expect(entries.map((e) => e.width)).toEqual([...windowsIconSizes]);
    for (const entry of entries)
      expect(pngSize(entry.png)).toEqual({ width: entry.width, height: entry.width });
  });
});

describe('icoFromPngs', () => {
  it('writes a directory entry per image that points at its bytes (0 meaning 256 px)', () => {
    const big = readFileSync(join(iconsDir, '256x256.png'));
    const small = readFileSync(join(iconsDir, '16x16.png'));
    const ico = icoFromPngs([
      { size: 256, png: big },
      { size: 16, png: small },
    ]);
    expect(ico.readUInt8(6)).toBe(0);
    expect(ico.readUInt8(22)).toBe(16);
    expect(icoEntries(ico).map((e) => e.png)).toEqual([big, small]);
  });
});
