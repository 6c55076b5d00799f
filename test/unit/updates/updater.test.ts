// The Electron updater wiring with mocked `electron` and `electron-updater`: the generic provider pointed at the
// hub's folder for the version the hub names, autoDownload off, downloads cancelled, installs and rollbacks
// recorded before quitting, and a new version reported healthy once its window loaded and the hub answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, toPromise } from 'xstate';
import type { DeviceUpdateReport, HubClient } from '../../../machines/contracts/index.js';
import { createRestartRecord, type RestartRecord } from '../../../main/agent/updates/restartRecord.js';
import {
  prepareKioskUpdates,
  runWithUpdates,
  startUpdater,
  updaterActors,
} from '../../../main/electron/updater.js';
import { electronFake } from '../../setup/mockElectron.js';

const fake = vi.hoisted(() => {
  class CancellationToken {
    cancelled = false;
    cancel() {
      this.cancelled = true;
    }
  }
  const autoUpdater = {
    autoDownload: true,
    autoInstallOnAppQuit: true,
    allowDowngrade: false,
    /** The version the folder's channel file names. */
    offered: '1.1.0',
    setFeedURL: vi.fn(),
    checkForUpdates: vi.fn(async () => ({ updateInfo: { version: autoUpdater.offered } })),
    downloadUpdate: vi.fn(async (_token: CancellationToken) => ['/tmp/update.AppImage']),
    quitAndInstall: vi.fn(),
  };
  return { autoUpdater, CancellationToken };
});
vi.mock('electron-updater', () => {
  const module = { autoUpdater: fake.autoUpdater, CancellationToken: fake.CancellationToken };
  return { ...module, default: module };
});

const hubUrl = 'http://hub.lobby.lan:8311';
let dataDir: string;
let record: RestartRecord;
let calls: { route: string; args: unknown }[];
let hub: HubClient;
const log = vi.fn();

beforeEach(() => {
  electronFake.reset();
  Object.assign(fake.autoUpdater, { autoDownload: true, autoInstallOnAppQuit: true, allowDowngrade: false });
  fake.autoUpdater.offered = '1.1.0';
  dataDir = mkdtempSync(join(tmpdir(), 'lobby311-updater-'));
  record = createRestartRecord(dataDir);
  calls = [];
  hub = {
    call: vi.fn(async (route: string, args: unknown) => {
      calls.push({ route, args });
      return route === 'deviceUpdateTarget'
        ? { version: null, feedPath: null, rollout: 'idle' }
        : { ok: true };
    }),
  } as unknown as HubClient;
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const actors = () => updaterActors({ hubUrl, hub, record, log });
const reportsSent = () =>
  calls
    .filter((c) => c.route === 'reportDeviceUpdate')
    .map((c) => (c.args as { body: DeviceUpdateReport }).body);

describe('updater actors', () => {
  it('downloads from the hub folder the hub named, with autoDownload off', async () => {
    const run = createActor(actors().download, { input: { version: '1.1.0', feedPath: '/updates/1.1.0/' } });
    await toPromise(run.start());
    expect(fake.autoUpdater.setFeedURL).toHaveBeenCalledWith({
      provider: 'generic',
      url: 'http://hub.lobby.lan:8311/updates/1.1.0/',
    });
    expect(fake.autoUpdater.autoDownload).toBe(false);
    expect(fake.autoUpdater.autoInstallOnAppQuit).toBe(false);
    expect(fake.autoUpdater.downloadUpdate).toHaveBeenCalledTimes(1);
  });

  it('refuses a folder that offers another version than the hub named', async () => {
    fake.autoUpdater.offered = '1.2.0';
    const run = createActor(actors().download, { input: { version: '1.1.0', feedPath: '/updates/1.1.0/' } });
    await expect(toPromise(run.start())).rejects.toThrow(
      "the hub's folder /updates/1.1.0/ offers 1.2.0, not 1.1.0",
    );
    expect(fake.autoUpdater.downloadUpdate).not.toHaveBeenCalled();
  });

  it('cancels the download when the machine stops it', async () => {
    let token: InstanceType<typeof fake.CancellationToken> | undefined;
    let started!: () => void;
    const downloading = new Promise<void>((resolve) => {
      started = resolve;
    });
    fake.autoUpdater.downloadUpdate.mockImplementationOnce((given) => {
      token = given;
      started();
      return new Promise<string[]>(() => undefined);
    });
    const run = createActor(actors().download, { input: { version: '1.1.0', feedPath: '/updates/1.1.0/' } });
    run.start();
    await downloading;
    expect(token?.cancelled).toBe(false);
    run.stop();
    expect(token?.cancelled).toBe(true);
  });

  it('records the install before quitting into the installer', async () => {
    await toPromise(createActor(actors().install, { input: { from: '1.0.0', to: '1.1.0' } }).start());
    expect(fake.autoUpdater.quitAndInstall).toHaveBeenCalledWith(true, true);
    expect(createRestartRecord(dataDir).noteStart('1.1.0').start).toMatchObject({
      kind: 'verifying',
      previousVersion: '1.0.0',
    });
  });

  it('rolls back by installing the previous version from its folder, downgrade allowed', async () => {
    fake.autoUpdater.offered = '1.0.0';
    const input = { from: '1.1.0', to: '1.0.0', reason: 'not healthy' };
    await toPromise(createActor(actors().rollBack, { input }).start());
    expect(fake.autoUpdater.allowDowngrade).toBe(true);
    expect(fake.autoUpdater.setFeedURL).toHaveBeenCalledWith({
      provider: 'generic',
      url: 'http://hub.lobby.lan:8311/updates/1.0.0/',
    });
    expect(fake.autoUpdater.quitAndInstall).toHaveBeenCalledWith(true, true);
    expect(createRestartRecord(dataDir).noteStart('1.0.0')).toEqual({
      start: { kind: 'rolledBack', from: '1.1.0', reason: 'not healthy' },
      badVersions: ['1.1.0'],
    });
  });

  it('records nothing when the previous version cannot be downloaded (the kiosk keeps running)', async () => {
    fake.autoUpdater.checkForUpdates.mockRejectedValueOnce(new Error('hub unreachable'));
    const input = { from: '1.1.0', to: '1.0.0', reason: 'not healthy' };
    await expect(toPromise(createActor(actors().rollBack, { input }).start())).rejects.toThrow(
      'hub unreachable',
    );
    expect(fake.autoUpdater.quitAndInstall).not.toHaveBeenCalled();
    expect(createRestartRecord(dataDir).noteStart('1.1.0')).toEqual({
      start: { kind: 'normal' },
      badVersions: [],
    });
  });

  it('cannot roll back without a known previous version', async () => {
    const run = createActor(actors().rollBack, { input: { from: '1.1.0', to: null, reason: 'x' } });
    await expect(toPromise(run.start())).rejects.toThrow('no earlier version is known');
    expect(fake.autoUpdater.quitAndInstall).not.toHaveBeenCalled();
  });

  it('forgets the rollback once the hub heard it', async () => {
    record.noteRollingBack('1.1.0', '1.0.0', 'crashed');
    record.noteStart('1.0.0');
    const body: DeviceUpdateReport = {
      currentVersion: '1.0.0',
      previousVersion: '1.1.0',
      targetVersion: null,
      state: 'rolled-back',
      reason: 'crashed',
    };
    await toPromise(createActor(actors().reportRollback, { input: body }).start());
    expect(reportsSent()).toEqual([body]);
    expect(createRestartRecord(dataDir).noteStart('1.0.0').start).toEqual({ kind: 'normal' });
  });
});

describe('startUpdater', () => {
  afterEach(() => vi.useRealTimers());

  it('reports a new version installed, then healthy once its window loaded and the hub answers', async () => {
    vi.useFakeTimers();
    const updater = startUpdater({
      hubUrl,
      hub,
      record,
      log,
      version: '1.1.0',
      facts: { start: { kind: 'verifying', previousVersion: '1.0.0', failedStarts: 0 }, badVersions: [] },
      timing: { healthProbeMs: 1000, healthDeadlineMs: 60_000 },
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(reportsSent().map((r) => r.state)).toEqual(['installed']);
    // Not healthy before the kiosk window has loaded.
    expect(calls.some((c) => c.route === 'me')).toBe(false);
    const contents = new electronFake.FakeWebContents();
    electronFake.module.app.emit('browser-window-created', {}, { webContents: contents });
    contents.emit('did-finish-load');
    await vi.advanceTimersByTimeAsync(1000);
    expect(reportsSent().map((r) => r.state)).toEqual(['installed', 'healthy']);
    expect(fake.autoUpdater.quitAndInstall).not.toHaveBeenCalled();
    updater.stop();
  });
});

describe('prepareKioskUpdates', () => {
  it('leaves updates off in a development run, and for other roles', () => {
    expect(prepareKioskUpdates(['--role=desk'], log)).toBeNull();
    expect(prepareKioskUpdates(['--role=kiosk', `--data=${dataDir}`], log)).toBeNull();
    expect(log).toHaveBeenCalledWith('updates from the hub are off: this is not a packaged app');
  });

  it('starts the shell as usual when updates are off', async () => {
    const startShell = vi.fn(async () => undefined);
    await runWithUpdates(['--role=display'], log, startShell);
    expect(startShell).toHaveBeenCalledWith(['--role=display']);
  });
});
