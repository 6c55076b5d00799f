// Kiosk app updates from the hub over the LAN: electron-updater's autoUpdater on the generic provider, pointed at
// the hub's /updates/<version>/ folder the hub names (autoDownload off: the hub pins the version), driven by the
// kiosk update machine; the restart record in the agent's data folder counts starts and remembers rollbacks.
import { app, type BrowserWindow } from 'electron';
import electronUpdater from 'electron-updater';
import { createActor, fromPromise, waitFor } from 'xstate';
import {
  AppVersion,
  createHubClient,
  type DeviceUpdateReport,
  type HubClient,
  type UpdateTarget,
} from '../../machines/contracts/index.js';
import { kioskUpdateMachine, type UpdateFiles } from '../../machines/updates/kioskUpdate.js';
import { createDeviceCredential } from '../agent/deviceCredential.js';
import { fetchWithTimeout } from '../agent/kioskAgent.js';
import { loadAgentSettings } from '../agent/settings.js';
import { createRestartRecord, type RestartRecord } from '../agent/updates/restartRecord.js';
import { agentDataDir } from './agentDataDir.js';
import { parseShellArgs } from './shellArgs.js';

const { autoUpdater, CancellationToken } = electronUpdater;

export interface UpdaterDeps {
  hubUrl: string;
  hub: HubClient;
  record: RestartRecord;
  log: (line: string) => void;
}

/** The folder a version's files are served from (what the hub answers for it; used to roll back). */
const versionFolder = (version: AppVersion) => `/updates/${version}/`;

/** Points the updater at one folder on the hub and checks that it offers exactly `files.version`. */
async function checkFolder(hubUrl: string, files: UpdateFiles): Promise<void> {
  autoUpdater.autoDownload = false;
  autoUpdater.autoInstallOnAppQuit = false;
  // The hub decides the version, older ones included (a halted rollout, a rollback).
  autoUpdater.allowDowngrade = true;
  autoUpdater.setFeedURL({ provider: 'generic', url: new URL(files.feedPath, `${hubUrl}/`).toString() });
  const result = await autoUpdater.checkForUpdates();
  const offered = result?.updateInfo.version ?? 'nothing';
  if (offered !== files.version) {
    throw new Error(`the hub's folder ${files.feedPath} offers ${offered}, not ${files.version}`);
  }
}

/** Downloads `files` (verified against the channel file's sha512 by electron-updater); `signal` cancels it. */
async function download(hubUrl: string, files: UpdateFiles, signal?: AbortSignal): Promise<void> {
  await checkFolder(hubUrl, files);
  const token = new CancellationToken();
  signal?.addEventListener('abort', () => token.cancel(), { once: true });
  await autoUpdater.downloadUpdate(token);
}

/** The machine's actors, wired to the hub, electron-updater and the restart record. */
export function updaterActors({ hubUrl, hub, record, log }: UpdaterDeps) {
  const report = (body: DeviceUpdateReport) => hub.call('reportDeviceUpdate', { body }).then(() => undefined);
  return {
    fetchTarget: fromPromise<UpdateTarget, void>(() => hub.call('deviceUpdateTarget', {})),
    download: fromPromise<void, UpdateFiles>(({ input, signal }) => download(hubUrl, input, signal)),
    install: fromPromise<void, { from: AppVersion; to: AppVersion }>(async ({ input }) => {
      record.noteInstalling(input.from, input.to);
      log(`installing ${input.to} (from ${input.from}) and restarting`);
      autoUpdater.quitAndInstall(true, true);
    }),
    rollBack: fromPromise<void, { from: AppVersion; to: AppVersion | null; reason: string }>(
      async ({ input }) => {
        if (input.to === null) throw new Error('no earlier version is known on this kiosk');
        log(`rolling back from ${input.from} to ${input.to}: ${input.reason}`);
        // Recorded only once the files are here: a kiosk that cannot reach the hub keeps running meanwhile.
        await download(hubUrl, { version: input.to, feedPath: versionFolder(input.to) });
        record.noteRollingBack(input.from, input.to, input.reason);
        autoUpdater.quitAndInstall(true, true);
      },
    ),
    markHealthy: fromPromise<void, { version: AppVersion }>(async () => record.noteHealthy()),
    report: fromPromise<void, DeviceUpdateReport>(({ input }) =>
      report(input).catch((error: unknown) =>
        log(`update report not delivered: ${(error as Error).message}`),
      ),
    ),
    reportRollback: fromPromise<void, DeviceUpdateReport>(async ({ input }) => {
      await report(input);
      record.noteRollbackReported();
    }),
  };
}

export interface KioskUpdater {
  /** Ask the hub now. */
  checkNow(): void;
  /** Resolves once the machine restarts the app (install or rollback) or settles to running this version. */
  settled(): Promise<'restarting' | 'running'>;
  stop(): void;
}

export interface UpdaterTiming {
  pollIntervalMs?: number;
  healthDeadlineMs?: number;
  maxFailedStarts?: number;
  /** Between checks that the app is up while a new version proves itself (default 15 s). */
  healthProbeMs?: number;
}

/** What this start of the app is, from the restart record (read and counted before the shell starts). */
export type StartFacts = ReturnType<RestartRecord['noteStart']>;

/**
 * Runs the update machine for the app version `version`. The app counts as healthy once a kiosk window has
 * loaded and the hub answers this kiosk's credential (`me`); that is checked every `healthProbeMs`.
 */
export function startUpdater(
  deps: UpdaterDeps & { version: AppVersion; facts: StartFacts; timing?: UpdaterTiming },
): KioskUpdater {
  const { hub, timing = {} } = deps;
  const { start, badVersions } = deps.facts;
  const actor = createActor(kioskUpdateMachine.provide({ actors: updaterActors(deps) }), {
    input: { currentVersion: deps.version, start, badVersions, ...timing },
  });
  let windowLoaded = false;
  const onWindow = (_event: unknown, window: BrowserWindow) =>
    window.webContents.once('did-finish-load', () => {
      windowLoaded = true;
    });
  app.on('browser-window-created', onWindow);
  const probe = setInterval(() => {
    if (!windowLoaded || !actor.getSnapshot().matches('verifying')) return;
    hub.call('me', {}).then(
      () => actor.send({ type: 'app.healthy' }),
      () => undefined,
    );
  }, timing.healthProbeMs ?? 15_000);
  probe.unref?.();
  actor.start();
  return {
    checkNow: () => actor.send({ type: 'update.checkRequested' }),
    settled: () =>
      waitFor(actor, (s) => s.matches('restarting') || s.matches('idle'), {
        timeout: Number.POSITIVE_INFINITY,
      }).then((s) => (s.matches('restarting') ? 'restarting' : 'running')),
    stop() {
      clearInterval(probe);
      app.off('browser-window-created', onWindow);
      actor.stop();
    },
  };
}

export interface PreparedUpdates {
  /** The new version crashed at start too often: roll back before starting the shell (which may crash again). */
  mustRollBack: boolean;
  start(): KioskUpdater;
}

/**
 * Counts this start in the restart record, before the shell starts, for a packaged, enrolled kiosk; null for
 * other roles, `--set-exit-pin`, a development run (not packaged), a bad command line or no enrolment yet.
 */
export function prepareKioskUpdates(
  argv: string[],
  log: (line: string) => void,
  timing?: UpdaterTiming,
): PreparedUpdates | null {
  let options: ReturnType<typeof parseShellArgs>;
  try {
    options = parseShellArgs(argv);
  } catch {
    return null; // The shell reports the bad command line.
  }
  if (options.role !== 'kiosk' || options.setExitPin) return null;
  if (!app.isPackaged) {
    log('updates from the hub are off: this is not a packaged app');
    return null;
  }
  const version = AppVersion.safeParse(app.getVersion());
  if (!version.success) {
    log(`updates from the hub are off: "${app.getVersion()}" is not a release version`);
    return null;
  }
  const dataDir = agentDataDir(options);
  const settings = loadAgentSettings(dataDir);
  if (settings.credential === null) return null;
  const credential = createDeviceCredential(settings.credential, settings.deviceId);
  const hub = createHubClient(options.hubUrl, fetchWithTimeout(10_000), { headers: credential.headers });
  const record = createRestartRecord(dataDir);
  const facts = record.noteStart(version.data);
  const maxFailedStarts = timing?.maxFailedStarts ?? 3;
  return {
    mustRollBack: facts.start.kind === 'verifying' && facts.start.failedStarts >= maxFailedStarts,
    start: () =>
      startUpdater({
        hubUrl: options.hubUrl,
        hub,
        record,
        log,
        version: version.data,
        facts,
        timing: { ...timing, maxFailedStarts },
      }),
  };
}

/**
 * Runs the kiosk shell with updates: counts this start first; a new version that stopped at start too often is
 * rolled back before the shell starts (the shell starts anyway when the rollback cannot be done now).
 */
export async function runWithUpdates(
  argv: string[],
  log: (line: string) => void,
  startShell: (argv: string[]) => Promise<void>,
): Promise<void> {
  const updates = prepareKioskUpdates(argv, log);
  if (!updates?.mustRollBack) {
    await startShell(argv);
    updates?.start();
    return;
  }
  await app.whenReady();
  if ((await updates.start().settled()) === 'running') await startShell(argv);
}
