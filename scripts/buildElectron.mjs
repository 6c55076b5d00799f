// Bundles the Electron main process and the preload into CommonJS files under dist/electron (after vite build).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  // Electron is provided by the runtime; native modules load their own .node binaries at run time.
  external: ['electron', 'better-sqlite3', 'serialport', '@serialport/*', '@napi-rs/canvas'],
};

// main/paths.ts finds the project root from import.meta.url, one folder below the root. CommonJS has no
// import.meta, so the bundle gets the URL main/paths.js would have: dist/electron/../../main/paths.js.
const importMetaUrlBanner = [
  'const __lobbyImportMetaUrl = require("node:url").pathToFileURL(',
  '  require("node:path").join(__dirname, "..", "..", "main", "paths.js")).href;',
].join('\n');

await build({
  ...common,
  entryPoints: ['main/electron/main.ts'],
  outfile: 'dist/electron/main.cjs',
  banner: { js: importMetaUrlBanner },
  define: { 'import.meta.url': '__lobbyImportMetaUrl' },
});

// A sandboxed preload may only require('electron'): everything else it uses is bundled in.
await build({
  ...common,
  entryPoints: ['main/electron/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
  platform: 'browser',
  minify: true,
});

console.log('built dist/electron/main.cjs and dist/electron/preload.cjs');
