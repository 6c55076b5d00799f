// Starts the Electron shell for one role: lock down the session, run the kiosk agent in this process (kiosk
// role: enrolled with its device credential, remote requests blocked, staff exit by PIN), register the app://
// protocol and the bridge, then open the role's window.
import { join } from 'node:path';
import { app, session } from 'electron';
import { EnrolmentError, enrolKiosk, notEnrolledMessage } from '../agent/enrol.js';
import { checkCredential, createKioskAgent, fetchWithTimeout, type KioskAgent } from '../agent/kioskAgent.js';
import { setExitPinFromStdin } from '../agent/setExitPin.js';
import { projectRoot, rendererDist } from '../paths.js';
import { agentDataDir } from './agentDataDir.js';
import { KIOSK_URL, registerAppScheme, setupAppProtocol } from './appProtocol.js';
import { setupIpc } from './ipc.js';
import { blockRemoteRequests } from './kioskLockdown.js';
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

/** `--set-exit-pin`: store the facilities PIN read from stdin, then leave (no window). */
async function setExitPin(dataDir: string): Promise<void> {
  try {
    log(await setExitPinFromStdin(dataDir));
    app.exit(0);
  } catch (err) {
    log((err as Error).message);
    app.exit(1);
  }
}

/**
 * The kiosk agent in this process. Enrols first with `--enrol`; without a credential the kiosk still opens and
 * shows out of service (one log line says how to enrol). A correct exit PIN quits the app.
 */
async function startKioskAgent(options: ShellOptions, dataDir: string): Promise<KioskAgent | null> {
  if (options.enrolCode !== null) {
    try {
      const code = options.enrolCode;
      const deviceId = await enrolKiosk({
        hubUrl: options.hubUrl,
        dataDir,
        code,
        fetch: fetchWithTimeout(10_000),
      });
      log(`enrolled as ${deviceId}; later starts need no --enrol`);
    } catch (err) {
      if (!(err instanceof EnrolmentError)) throw err;
      log(err.message);
      app.exit(1);
      return null;
    }
  }
  const agent = createKioskAgent({
    hubUrl: options.hubUrl,
    printerUri: options.printerUri,
    printerModel: options.printerModel,
    scannerUri: options.scannerUri,
    dataDir,
    log,
    onStaffExit: () => setImmediate(() => app.quit()),
  });
  if (agent.credential.state() === 'not-enrolled') log(notEnrolledMessage);
  else checkCredential(agent).catch(() => undefined);
  return agent;
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
  const dataDir = agentDataDir(options);
  if (options.role === 'kiosk' && options.setExitPin) return setExitPin(dataDir);
  registerAppScheme();
  app.on('window-all-closed', () => app.quit());
  await app.whenReady();
  hardenSession(session.defaultSession);

  let preload: string | null = null;
  if (options.role === 'kiosk') {
    blockRemoteRequests(session.defaultSession);
    setupAppProtocol(rendererDist);
    const agent = await startKioskAgent(options, dataDir);
    if (agent === null) return;
    setupIpc(agent.service, (method, err) => log(`${method} failed: ${(err as Error).message}`));
    closeAgentOnQuit(agent);
    preload = preloadPath;
  }
  createRoleWindow(options.role, startUrlFor(options, KIOSK_URL), preload);
}
