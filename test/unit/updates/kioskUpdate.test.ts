// The kiosk update machine on a simulated clock: every path, including rollback (deadline and crashed starts),
// a rollout halted or changed while downloading, and the rollback reported after the restart.
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, SimulatedClock, type SnapshotFrom, waitFor } from 'xstate';
import type { DeviceUpdateReport, UpdateTarget } from '../../../machines/contracts/index.js';
import {
  type KioskUpdateInput,
  kioskUpdateMachine,
  type UpdateFiles,
} from '../../../machines/updates/kioskUpdate.js';

const pollIntervalMs = 60_000;
const healthDeadlineMs = 120_000;

interface Pending<I> {
  input: I;
  signal: AbortSignal;
  resolve(): void;
  reject(error: Error): void;
}

/** Top-level states any scenario reached (checked against the machine's own list at the end). */
const visited = new Set<string>();

const topState = (snapshot: SnapshotFrom<typeof kioskUpdateMachine>) =>
  typeof snapshot.value === 'string' ? snapshot.value : Object.keys(snapshot.value)[0]!;

/** The machine with every actor answered by the test, on a simulated clock. */
function harness(input: Partial<KioskUpdateInput> = {}) {
  const clock = new SimulatedClock();
  const targets: { resolve(t: UpdateTarget): void; reject(e: Error): void }[] = [];
  const calls = {
    download: [] as Pending<UpdateFiles>[],
    install: [] as Pending<{ from: string; to: string }>[],
    rollBack: [] as Pending<{ from: string; to: string | null; reason: string }>[],
    markHealthy: [] as Pending<{ version: string }>[],
    reportRollback: [] as Pending<DeviceUpdateReport>[],
  };
  const reports: DeviceUpdateReport[] = [];
  const pending =
    <I>(list: Pending<I>[]) =>
    ({ input: given, signal }: { input: I; signal: AbortSignal }) =>
      new Promise<void>((resolve, reject) => list.push({ input: given, signal, resolve, reject }));
  const machine = kioskUpdateMachine.provide({
    actors: {
      fetchTarget: fromPromise<UpdateTarget, void>(
        () => new Promise((resolve, reject) => targets.push({ resolve, reject })),
      ),
      download: fromPromise(pending(calls.download)),
      install: fromPromise(pending(calls.install)),
      rollBack: fromPromise(pending(calls.rollBack)),
      markHealthy: fromPromise(pending(calls.markHealthy)),
      reportRollback: fromPromise(pending(calls.reportRollback)),
      report: fromPromise<void, DeviceUpdateReport>(async ({ input: report }) => {
        reports.push(report);
      }),
    },
  });
  const actor = createActor(machine, {
    clock,
    input: {
      currentVersion: '1.0.0',
      start: { kind: 'normal' },
      badVersions: [],
      pollIntervalMs,
      healthDeadlineMs,
      maxFailedStarts: 3,
      ...input,
    },
  });
  actor.subscribe((snapshot) => visited.add(topState(snapshot)));
  actor.start();
  visited.add(topState(actor.getSnapshot()));
  const reach = (state: Parameters<SnapshotFrom<typeof kioskUpdateMachine>['matches']>[0]) =>
    waitFor(actor, (s) => s.matches(state), { timeout: 1000 });
  /** Lets promise answers reach the machine. */
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  /** Answers the next question to the hub with `target`. */
  const answerTarget = async (target: Partial<UpdateTarget> | Error) => {
    await waitFor(actor, () => targets.length > 0, { timeout: 1000 });
    const next = targets.shift()!;
    if (target instanceof Error) next.reject(target);
    else next.resolve({ version: null, feedPath: null, rollout: 'idle', ...target });
    await settle();
  };
  const state = () => topState(actor.getSnapshot());
  return { actor, clock, calls, reports, reach, settle, answerTarget, state };
}

const offer = (version: string): Partial<UpdateTarget> => ({
  version,
  feedPath: `/updates/${version}/`,
  rollout: 'piloting',
});

/** From a normal start to downloading 1.1.0 (the first poll answered with an offer). */
async function downloading110(input: Partial<KioskUpdateInput> = {}) {
  const h = harness(input);
  h.clock.increment(pollIntervalMs);
  await h.answerTarget(offer('1.1.0'));
  await h.reach('downloading');
  return h;
}

describe('kiosk update: asking the hub', () => {
  it('waits for the poll interval, asks, and stays when the hub wants nothing new', async () => {
    const h = harness();
    expect(h.state()).toBe('idle');
    h.clock.increment(pollIntervalMs - 1);
    expect(h.state()).toBe('idle');
    h.clock.increment(1);
    expect(h.state()).toBe('checking');
    await h.answerTarget({ version: '1.0.0', feedPath: '/updates/1.0.0/' });
    expect(h.state()).toBe('idle');
    expect(h.calls.download).toHaveLength(0);
  });

  it('asks at once on update.checkRequested, and goes back to idle when the hub is unreachable', async () => {
    const h = harness();
    h.actor.send({ type: 'update.checkRequested' });
    expect(h.state()).toBe('checking');
    await h.answerTarget(new Error('hub unreachable'));
    expect(h.state()).toBe('idle');
  });

  it('never downloads a version it rolled back from, nor one the hub has no files for', async () => {
    const h = harness({ badVersions: ['1.1.0'] });
    h.actor.send({ type: 'update.checkRequested' });
    await h.answerTarget(offer('1.1.0'));
    expect(h.state()).toBe('idle');
    h.actor.send({ type: 'update.checkRequested' });
    await h.answerTarget({ version: '1.2.0', feedPath: null });
    expect(h.state()).toBe('idle');
    expect(h.calls.download).toHaveLength(0);
  });
});

describe('kiosk update: download and install', () => {
  it('downloads the offered version from its folder, reports it, then installs and restarts', async () => {
    const h = await downloading110();
    expect(h.calls.download[0]!.input).toEqual({ version: '1.1.0', feedPath: '/updates/1.1.0/' });
    expect(h.reports.at(-1)).toMatchObject({
      state: 'downloading',
      currentVersion: '1.0.0',
      targetVersion: '1.1.0',
    });
    h.calls.download[0]!.resolve();
    await h.reach('installing');
    expect(h.calls.install[0]!.input).toEqual({ from: '1.0.0', to: '1.1.0' });
    h.calls.install[0]!.resolve();
    await h.reach('restarting');
  });

  it('reports a failed download and tries again at the next poll', async () => {
    const h = await downloading110();
    h.calls.download[0]!.reject(new Error('ECONNRESET'));
    await h.reach('idle');
    expect(h.reports.at(-1)).toMatchObject({ state: 'failed', reason: 'download failed: ECONNRESET' });
    h.clock.increment(pollIntervalMs);
    await h.answerTarget(offer('1.1.0'));
    await h.reach('downloading');
    expect(h.calls.download).toHaveLength(2);
  });

  it('reports a failed install and keeps running the version it has', async () => {
    const h = await downloading110();
    h.calls.download[0]!.resolve();
    await h.reach('installing');
    h.calls.install[0]!.reject(new Error('disk full'));
    await h.reach('idle');
    expect(h.reports.at(-1)).toMatchObject({ state: 'failed', reason: 'install failed: disk full' });
  });

  it('cancels the download when the rollout is halted meanwhile (the hub wants the running version)', async () => {
    const h = await downloading110();
    h.clock.increment(pollIntervalMs);
    await h.answerTarget({ version: '1.0.0', feedPath: '/updates/1.0.0/', rollout: 'halted' });
    await h.reach('idle');
    expect(h.calls.download[0]!.signal.aborted).toBe(true);
    expect(h.reports.at(-1)).toMatchObject({ state: 'cancelled', reason: 'the hub no longer offers 1.1.0' });
    expect(h.calls.install).toHaveLength(0);
  });

  it('keeps downloading while the hub still wants the same version', async () => {
    const h = await downloading110();
    h.clock.increment(pollIntervalMs);
    await h.answerTarget(offer('1.1.0'));
    expect(h.actor.getSnapshot().matches({ downloading: 'waiting' })).toBe(true);
    expect(h.calls.download[0]!.signal.aborted).toBe(false);
    h.clock.increment(pollIntervalMs);
    await h.answerTarget(new Error('hub unreachable'));
    expect(h.actor.getSnapshot().matches({ downloading: 'waiting' })).toBe(true);
  });

  it('starts over with the new version when the rollout changes target while downloading', async () => {
    const h = await downloading110();
    h.clock.increment(pollIntervalMs);
    await h.answerTarget(offer('1.2.0'));
    await waitFor(h.actor, () => h.calls.download.length === 2, { timeout: 1000 });
    expect(h.calls.download[0]!.signal.aborted).toBe(true);
    expect(h.calls.download[1]!.input.version).toBe('1.2.0');
  });
});

describe('kiosk update: after the restart into a new version', () => {
  const verifying = { kind: 'verifying', previousVersion: '1.0.0', failedStarts: 0 } as const;

  it('reports installed, then healthy once the app is up, and forgets the pending check', async () => {
    const h = harness({ currentVersion: '1.1.0', start: verifying });
    expect(h.state()).toBe('verifying');
    await h.settle();
    expect(h.reports.at(-1)).toMatchObject({
      state: 'installed',
      currentVersion: '1.1.0',
      previousVersion: '1.0.0',
    });
    h.actor.send({ type: 'app.healthy' });
    await h.reach('confirming');
    expect(h.calls.markHealthy[0]!.input).toEqual({ version: '1.1.0' });
    h.calls.markHealthy[0]!.resolve();
    await h.reach('idle');
    await h.settle();
    expect(h.reports.at(-1)).toMatchObject({ state: 'healthy', currentVersion: '1.1.0' });
    // The deadline no longer matters once healthy.
    h.clock.increment(healthDeadlineMs);
    expect(h.calls.rollBack).toHaveLength(0);
  });

  it('still reports healthy when the record cannot be written', async () => {
    const h = harness({ currentVersion: '1.1.0', start: verifying });
    h.actor.send({ type: 'app.healthy' });
    await h.reach('confirming');
    h.calls.markHealthy[0]!.reject(new Error('EROFS'));
    await h.reach('idle');
    await h.settle();
    expect(h.reports.at(-1)).toMatchObject({ state: 'healthy' });
  });

  it('rolls back to the previous version when it is not healthy by the deadline', async () => {
    const h = harness({ currentVersion: '1.1.0', start: verifying });
    h.clock.increment(healthDeadlineMs - 1);
    expect(h.state()).toBe('verifying');
    h.clock.increment(1);
    await h.reach('rollingBack');
    expect(h.calls.rollBack[0]!.input).toEqual({
      from: '1.1.0',
      to: '1.0.0',
      reason: 'it was not healthy within 120 s of starting',
    });
    h.calls.rollBack[0]!.resolve();
    await h.reach('restarting');
  });

  it('rolls back at once after the new version crashed at start too often', async () => {
    const h = harness({ currentVersion: '1.1.0', start: { ...verifying, failedStarts: 3 } });
    expect(h.state()).toBe('rollingBack');
    await waitFor(h.actor, () => h.calls.rollBack.length === 1, { timeout: 1000 });
    expect(h.calls.rollBack[0]!.input.reason).toBe('it stopped 3 times before it was healthy');
  });

  it('gives the new version another start while it crashed fewer times than allowed', () => {
    const h = harness({ currentVersion: '1.1.0', start: { ...verifying, failedStarts: 2 } });
    expect(h.state()).toBe('verifying');
  });

  it('reports a rollback that failed and keeps running', async () => {
    const h = harness({ currentVersion: '1.1.0', start: verifying });
    h.clock.increment(healthDeadlineMs);
    await waitFor(h.actor, () => h.calls.rollBack.length === 1, { timeout: 1000 });
    h.calls.rollBack[0]!.reject(new Error('no files for 1.0.0'));
    await h.reach('idle');
    await h.settle();
    expect(h.reports.at(-1)).toMatchObject({
      state: 'failed',
      reason: 'could not roll back: no files for 1.0.0',
    });
  });
});

describe('kiosk update: after rolling back', () => {
  it('tells the hub which version it rolled back from and why, retrying until the hub answers', async () => {
    const h = harness({
      currentVersion: '1.0.0',
      start: { kind: 'rolledBack', from: '1.1.0', reason: 'it stopped 3 times before it was healthy' },
      badVersions: ['1.1.0'],
    });
    expect(h.state()).toBe('reportingRollback');
    await waitFor(h.actor, () => h.calls.reportRollback.length === 1, { timeout: 1000 });
    expect(h.calls.reportRollback[0]!.input).toEqual({
      currentVersion: '1.0.0',
      previousVersion: '1.1.0',
      targetVersion: null,
      state: 'rolled-back',
      reason: 'it stopped 3 times before it was healthy',
    });
    h.calls.reportRollback[0]!.reject(new Error('hub unreachable'));
    await waitFor(h.actor, (s) => s.matches({ reportingRollback: 'waiting' }), { timeout: 1000 });
    h.clock.increment(pollIntervalMs);
    await waitFor(h.actor, () => h.calls.reportRollback.length === 2, { timeout: 1000 });
    h.calls.reportRollback[1]!.resolve();
    await h.reach('idle');
  });
});

// Runs last: a new state fails here until a scenario above reaches it.
it('reaches every state in the scenarios above (starting is eventless, so never observed)', () => {
  const states = Object.keys(kioskUpdateMachine.root.states).filter((name) => name !== 'starting');
  expect([...visited].sort()).toEqual(states.sort());
});
