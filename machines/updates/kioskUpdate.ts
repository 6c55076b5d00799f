// A kiosk's app update lifecycle. The machine does no I/O: the hub, electron-updater and the restart record on
// disk come in as injected actors (fetchTarget, download, install, rollBack, markHealthy, report, reportRollback).
//
//   starting          picks where this start begins, from the restart record (input `start`)
//   idle              waits `pollInterval` (or `update.checkRequested`), then asks the hub
//   checking          fetchTarget: a version to run that differs from ours (and is not one we rolled back
//                     from) starts a download; anything else goes back to idle
//   downloading       download runs while the hub is asked again every `pollInterval`: a halted or changed
//                     rollout cancels it (the download's signal aborts) and a new version starts over
//   installing        install records the versions and quits into the installer → restarting
//   verifying         after the restart into the new version: `app.healthy` before `healthDeadline` (→
//                     confirming, then idle); otherwise, or after `maxFailedStarts` crashed starts, rollingBack
//   rollingBack       rollBack installs the previous version → restarting
//   reportingRollback the old version, started again after a rollback, tells the hub (retried until it answers)
//   restarting        the process is about to exit; nothing more happens here
import { assign, enqueueActions, fromPromise, setup } from 'xstate';
import type { AppVersion, DeviceUpdateReport, DeviceUpdateState, UpdateTarget } from '../contracts/index.js';
import type { UpdateStart } from './updateStart.js';

export type { UpdateStart } from './updateStart.js';

export interface KioskUpdateInput {
  /** The version this process runs. */
  currentVersion: AppVersion;
  start: UpdateStart;
  /** Versions this kiosk rolled back from: never installed again by itself. */
  badVersions: readonly AppVersion[];
  /** Between questions to the hub (default 10 minutes). */
  pollIntervalMs?: number;
  /** How long a new version has to become healthy after its start (default 5 minutes). */
  healthDeadlineMs?: number;
  /** Starts of a new version that may crash before it counts as broken (default 3). */
  maxFailedStarts?: number;
}

export interface KioskUpdateContext {
  currentVersion: AppVersion;
  /** The version this kiosk ran before the update under test (null: none known). */
  previousVersion: AppVersion | null;
  start: UpdateStart;
  badVersions: readonly AppVersion[];
  /** What the hub last asked for, once it offered a new version. */
  target: UpdateTarget | null;
  /** Why the last rollback or failure happened. */
  reason: string | null;
  pollIntervalMs: number;
  healthDeadlineMs: number;
  maxFailedStarts: number;
}

export type KioskUpdateEvent =
  /** Ask the hub now (e.g. at reconnect) instead of waiting for the next poll. */
  | { type: 'update.checkRequested' }
  /** The app is up: the agent reaches the hub and the kiosk screen has loaded. */
  | { type: 'app.healthy' };

/** What the downloader and installer are given: the version and the hub folder of its files. */
export interface UpdateFiles {
  version: AppVersion;
  feedPath: string;
}

const notProvided = (name: string) => async (): Promise<never> => {
  throw new Error(`kiosk update actor "${name}" was not provided`);
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const filesOf = (target: UpdateTarget | null): UpdateFiles => ({
  version: target?.version ?? '0.0.0',
  feedPath: target?.feedPath ?? '/updates/',
});

/** The report for `state`, as of the context (after a rollback: the bad version as previousVersion). */
function reportOf(context: KioskUpdateContext, state: DeviceUpdateState): DeviceUpdateReport {
  return {
    currentVersion: context.currentVersion,
    previousVersion: context.previousVersion,
    targetVersion: context.target?.version ?? null,
    state,
    reason: context.reason,
  };
}

export const kioskUpdateMachine = setup({
  types: {
    context: {} as KioskUpdateContext,
    events: {} as KioskUpdateEvent,
    input: {} as KioskUpdateInput,
  },
  actors: {
    fetchTarget: fromPromise<UpdateTarget, void>(notProvided('fetchTarget')),
    download: fromPromise<void, UpdateFiles>(notProvided('download')),
    install: fromPromise<void, { from: AppVersion; to: AppVersion }>(notProvided('install')),
    rollBack: fromPromise<void, { from: AppVersion; to: AppVersion | null; reason: string }>(
      notProvided('rollBack'),
    ),
    markHealthy: fromPromise<void, { version: AppVersion }>(notProvided('markHealthy')),
    report: fromPromise<void, DeviceUpdateReport>(notProvided('report')),
    reportRollback: fromPromise<void, DeviceUpdateReport>(notProvided('reportRollback')),
  },
  delays: {
    pollInterval: ({ context }) => context.pollIntervalMs,
    healthDeadline: ({ context }) => context.healthDeadlineMs,
  },
  guards: {
    rolledBackAtStart: ({ context }) => context.start.kind === 'rolledBack',
    crashedTooOften: ({ context }) =>
      context.start.kind === 'verifying' && context.start.failedStarts >= context.maxFailedStarts,
    verifyingAtStart: ({ context }) => context.start.kind === 'verifying',
    offersNewVersion: ({ context }, target: UpdateTarget) =>
      target.version !== null &&
      target.feedPath !== null &&
      target.version !== context.currentVersion &&
      !context.badVersions.includes(target.version),
    stillWanted: ({ context }, target: UpdateTarget) => target.version === context.target?.version,
  },
  actions: {
    keepTarget: assign((_, target: UpdateTarget) => ({ target, reason: null })),
    noteReason: assign((_, params: { reason: string }) => ({ reason: params.reason })),
    forgetTarget: assign({ target: null }),
    /** A report sent on the side: its failure never holds the update up (the next change reports again). */
    reportState: enqueueActions(({ context, enqueue }, params: { state: DeviceUpdateState }) => {
      enqueue.spawnChild('report', { input: reportOf(context, params.state) });
    }),
  },
}).createMachine({
  id: 'kioskUpdate',
  context: ({ input }) => ({
    currentVersion: input.currentVersion,
    previousVersion:
      input.start.kind === 'verifying'
        ? input.start.previousVersion
        : input.start.kind === 'rolledBack'
          ? input.start.from
          : null,
    start: input.start,
    badVersions: input.badVersions,
    target: null,
    reason: input.start.kind === 'rolledBack' ? input.start.reason : null,
    pollIntervalMs: input.pollIntervalMs ?? 10 * 60_000,
    healthDeadlineMs: input.healthDeadlineMs ?? 5 * 60_000,
    maxFailedStarts: input.maxFailedStarts ?? 3,
  }),
  initial: 'starting',
  states: {
    starting: {
      always: [
        { guard: 'rolledBackAtStart', target: 'reportingRollback' },
        {
          guard: 'crashedTooOften',
          target: 'rollingBack',
          actions: assign(({ context }) => ({
            reason: `it stopped ${context.maxFailedStarts} times before it was healthy`,
          })),
        },
        { guard: 'verifyingAtStart', target: 'verifying' },
        { target: 'idle' },
      ],
    },
    idle: {
      after: { pollInterval: { target: 'checking' } },
      on: { 'update.checkRequested': { target: 'checking' } },
    },
    checking: {
      invoke: {
        src: 'fetchTarget',
        onDone: [
          {
            guard: { type: 'offersNewVersion', params: ({ event }) => event.output },
            target: 'downloading',
            actions: { type: 'keepTarget', params: ({ event }) => event.output },
          },
          { target: 'idle' },
        ],
        onError: { target: 'idle' },
      },
    },
    downloading: {
      entry: { type: 'reportState', params: { state: 'downloading' } },
      invoke: {
        src: 'download',
        input: ({ context }) => filesOf(context.target),
        onDone: { target: 'installing' },
        onError: {
          target: 'idle',
          actions: [
            {
              type: 'noteReason',
              params: ({ event }) => ({ reason: `download failed: ${messageOf(event.error)}` }),
            },
            { type: 'reportState', params: { state: 'failed' } },
          ],
        },
      },
      initial: 'waiting',
      states: {
        waiting: { after: { pollInterval: { target: 'rechecking' } } },
        rechecking: {
          invoke: {
            src: 'fetchTarget',
            onDone: [
              { guard: { type: 'stillWanted', params: ({ event }) => event.output }, target: 'waiting' },
              {
                guard: { type: 'offersNewVersion', params: ({ event }) => event.output },
                target: '#kioskUpdate.downloading',
                reenter: true,
                actions: { type: 'keepTarget', params: ({ event }) => event.output },
              },
              {
                target: '#kioskUpdate.idle',
                actions: [
                  assign(({ context }) => ({
                    reason: `the hub no longer offers ${context.target?.version ?? 'that version'}`,
                  })),
                  { type: 'reportState', params: { state: 'cancelled' } },
                  'forgetTarget',
                ],
              },
            ],
            onError: { target: 'waiting' },
          },
        },
      },
    },
    installing: {
      invoke: {
        src: 'install',
        input: ({ context }) => ({ from: context.currentVersion, to: filesOf(context.target).version }),
        onDone: { target: 'restarting' },
        onError: {
          target: 'idle',
          actions: [
            {
              type: 'noteReason',
              params: ({ event }) => ({ reason: `install failed: ${messageOf(event.error)}` }),
            },
            { type: 'reportState', params: { state: 'failed' } },
          ],
        },
      },
    },
    verifying: {
      entry: { type: 'reportState', params: { state: 'installed' } },
      after: {
        healthDeadline: {
          target: 'rollingBack',
          actions: assign(({ context }) => ({
            reason: `it was not healthy within ${Math.round(context.healthDeadlineMs / 1000)} s of starting`,
          })),
        },
      },
      on: { 'app.healthy': { target: 'confirming' } },
    },
    confirming: {
      invoke: {
        src: 'markHealthy',
        input: ({ context }) => ({ version: context.currentVersion }),
        onDone: { target: 'idle', actions: { type: 'reportState', params: { state: 'healthy' } } },
        // The record could not be written: the hub still hears it is healthy; a restart would count again.
        onError: { target: 'idle', actions: { type: 'reportState', params: { state: 'healthy' } } },
      },
    },
    rollingBack: {
      invoke: {
        src: 'rollBack',
        input: ({ context }) => ({
          from: context.currentVersion,
          to: context.previousVersion,
          reason: context.reason ?? 'not healthy',
        }),
        onDone: { target: 'restarting' },
        onError: {
          target: 'idle',
          actions: [
            {
              type: 'noteReason',
              params: ({ event }) => ({ reason: `could not roll back: ${messageOf(event.error)}` }),
            },
            { type: 'reportState', params: { state: 'failed' } },
          ],
        },
      },
    },
    reportingRollback: {
      initial: 'sending',
      states: {
        sending: {
          invoke: {
            src: 'reportRollback',
            input: ({ context }) => reportOf(context, 'rolled-back'),
            onDone: { target: '#kioskUpdate.idle' },
            onError: { target: 'waiting' },
          },
        },
        waiting: { after: { pollInterval: { target: 'sending' } } },
      },
    },
    restarting: {},
  },
});
