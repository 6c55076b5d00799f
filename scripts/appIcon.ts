// Draws the app icon (a plain "311" on City blue) into assets/icons: one PNG per size for Linux and icon.ico for
// Windows. Run by hand after a design change: `npx tsx scripts/appIcon.ts`; the files are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { projectRoot } from '../main/paths.js';

export const iconsDir = join(projectRoot, 'assets', 'icons');
/** Linux picks the best size from files named `<size>x<size>.png`; 512 is the master. */
export const linuxIconSizes = [512, 256, 128, 64, 48, 32, 16] as const;
/** Sizes packed into icon.ico (Windows asks for 256 at least). */
export const windowsIconSizes = [256, 48, 32, 16] as const;

const background = '#14406b';
const foreground = '#ffffff';
const fontFamily = 'Lobby311IconSans';

/** One icon as PNG bytes: a rounded square with "311" as wide as the square allows. */
export function drawAppIcon(size: number): Buffer {
  GlobalFonts.registerFromPath(join(projectRoot, 'assets', 'fonts', 'NotoSans-Bold.ttf'), fontFamily);
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext('2d');
  const radius = size * 0.18;
  ctx.fillStyle = background;
  ctx.beginPath();
  ctx.roundRect(0, 0, size, size, radius);
  ctx.fill();
  ctx.fillStyle = foreground;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const fontSize = size * 0.46;
  ctx.font = `bold ${fontSize}px ${fontFamily}`;
  const width = ctx.measureText('311').width;
  const fitted = width > size * 0.8 ? (fontSize * size * 0.8) / width : fontSize;
  ctx.font = `bold ${fitted}px ${fontFamily}`;
  ctx.fillText('311', size / 2, size / 2 + fitted * 0.04);
  return canvas.toBuffer('image/png');
}

/** An ICO file whose entries are PNG images (supported since Windows Vista), largest first. */
export function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

function writeIcons(): void {
  mkdirSync(iconsDir, { recursive: true });
  for (const size of linuxIconSizes) writeFileSync(join(iconsDir, `${size}x${size}.png`), drawAppIcon(size));
  const ico = icoFromPngs(windowsIconSizes.map((size) => ({ size, png: drawAppIcon(size) })));
  writeFileSync(join(iconsDir, 'icon.ico'), ico);
  console.log(`wrote ${linuxIconSizes.length} PNGs and icon.ico to ${iconsDir}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) writeIcons();
