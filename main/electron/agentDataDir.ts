// Where the kiosk agent inside the shell keeps its settings: `--data`, else an `agent` folder in the app's data.
import { join } from 'node:path';
import { app } from 'electron';
import type { ShellOptions } from './shellArgs.js';

export const agentDataDir = (options: Pick<ShellOptions, 'dataDir'>): string =>
  options.dataDir ?? join(app.getPath('userData'), 'agent');
