// Builds the four screens (kiosk, desk, display, maintenance) as one multi-page app into dist/renderer, with
// the bundled fonts in dist/renderer/fonts.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { screenFonts } from './scripts/screenFonts.js';

const root = resolve(import.meta.dirname, 'renderer');

export default defineConfig({
  root,
  base: '/app/',
  plugins: [
    react(),
    screenFonts(resolve(import.meta.dirname, 'assets/fonts'), resolve(root, 'public/fonts')),
  ],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        kiosk: resolve(root, 'kiosk.html'),
        desk: resolve(root, 'desk.html'),
        display: resolve(root, 'display.html'),
        maintenance: resolve(root, 'maintenance.html'),
      },
    },
  },
});
