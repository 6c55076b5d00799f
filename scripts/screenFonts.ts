// Vite plugin: puts the bundled Noto fonts (assets/fonts) into the screens' public folder before each build, the
// CJK subsets decompressed from their .otf.br files, so every screen draws every kiosk language with a bundled
// font served by its own origin (no network font loads; `renderer/styles/fonts.css` declares them).

import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Writes `to` only when it is missing or older than `from`. */
function refresh(from: string, to: string, write: () => void): void {
  if (existsSync(to) && statSync(to).mtimeMs >= statSync(from).mtimeMs) return;
  write();
}

export function copyScreenFonts(fontsDir: string, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const file of readdirSync(fontsDir)) {
    const from = join(fontsDir, file);
    if (file.endsWith('.ttf') || file.endsWith('.otf')) {
      refresh(from, join(outDir, file), () => copyFileSync(from, join(outDir, file)));
      written.push(file);
    } else if (file.endsWith('.otf.br')) {
      const name = file.slice(0, -'.br'.length);
      refresh(from, join(outDir, name), () =>
        writeFileSync(join(outDir, name), brotliDecompressSync(readFileSync(from))),
      );
      written.push(name);
    }
  }
  return written;
}

export function screenFonts(fontsDir: string, publicFontsDir: string): Plugin {
  return {
    name: 'lobby311-screen-fonts',
    buildStart() {
      copyScreenFonts(fontsDir, publicFontsDir);
    },
  };
}
