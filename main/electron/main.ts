// Electron entry point (bundled to dist/electron/main.cjs): starts the shell for the role on the command line.
import { startShell } from './shell.js';

startShell(process.argv.slice(1)).catch((err: unknown) => {
  process.stderr.write(`lobby311 electron: ${(err as Error).message}\n`);
  process.exit(1);
});
