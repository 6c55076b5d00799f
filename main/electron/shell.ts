// Starts the Electron shell for one role: lock down the session, run the kiosk agent in this process (kiosk
// role), register the app:// protocol and the bridge, then open the role's window.
import { join } from 'node:path';
import { app, session } from 'electron';
import { createKioskAgent, type KioskAgent } from '../agent/kioskAgent.js';
import { projectRoot, rendererDist } from '../paths.js';
import { KIOSK_URL, registerAppScheme, setupAppProtocol } from './appProtocol.js';
import { setupIpc } from './ipc.js';
import { parseShellArgs, type ShellOptions, startUrlFor } from './shellArgs.js';
import { createRoleWindow, hardenSession } from './window.js';

export const preloadPath = join(projectRoot, 'dist', 'electron', 'preload.cjs');

function log(line: string): void {
  process.stderr.write(`lobby311 electron: ${line}\n`);
}

/** Closes the kiosk agent (printer connection) before Electron quits. */
function closeAgentOnQuit(agent: KioskAgent): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closed = true;
    agent.service.close().finally(() => app.quit());
  });
}

export async function startShell(argv: string[]): Promise<void> {
  let options: ShellOptions;
  try {
    options = parseShellArgs(argv);
  } catch (err) {
    log((err as Error).message);
    app.exit(2);
    return;
  }
  registerAppScheme();
  app.on('window-all-closed', () => app.quit());
  await app.whenReady();
  hardenSession(session.defaultSession);

  let preload: string | null = null;
  if (options.role === 'kiosk') {
    setupAppProtocol(rendererDist);
    const agent = createKioskAgent({
      hubUrl: options.hubUrl,
      printerUri: options.printerUri,
      dataDir: options.dataDir ?? join(app.getPath('userData'), 'agent'),
    });
    setupIpc(agent.service, (method, err) => log(`${method} failed: ${(err as Error).message}`));
    closeAgentOnQuit(agent);
    preload = preloadPath;
  }
  createRoleWindow(options.role, startUrlFor(options, KIOSK_URL), preload);
}
