// Electron entry point (bundled to dist/electron/main.cjs): starts the shell for the role on the command line,
// with updates from the hub for packaged kiosks (see updater.ts).
import { startShell } from './shell.js';
import { runWithUpdates } from './updater.js';

const log = (line: string) => process.stderr.write(`lobby311 electron: ${line}\n`);

runWithUpdates(process.argv.slice(1), log, startShell).catch((err: unknown) => {
  log((err as Error).message);
  process.exit(1);
});
