// Printer health: what a kiosk's receipt printer can do right now, from status polls and job results.
//
// Two parallel regions:
//   poller — `waiting` until the `pollInterval` delay or a `poll.requested` event, then `polling` runs the
//            injected `pollStatus` actor (DLE EOT 1-4 via the printer's transport) and feeds its reading back
//            as `status.read` (a rejected poll reads as unreachable). The machine itself does no I/O.
//   health — ready       printing works (last reading good);
//            paperLow    the roll is nearly out; printing still works;
//            paperOut, coverOpen, cutterError — the printer reports that fault; it cannot print;
//            offline     unreachable, printer offline or in error, invalid status bytes, or a job that failed
//                        while the printer reported nothing wrong (see `fault`);
//            recovering  a fault just cleared (a good reading, a job that printed, or staff cleared it):
//                        one more good reading, asked for after `confirmDelay`, confirms before printing.
// Context: canPrint, fault (stable code), since (ISO, when the current state began, from the injected
// clock), lastGoodAt (ISO of the last good reading or printed job), printing (a job is under way).
import { assign, fromPromise, raise, type SnapshotFrom, setup } from 'xstate';
import {
  type Assessment,
  assessFailedJob,
  assessReading,
  type PrinterCondition,
  type PrinterFault,
  type StatusReading,
} from './printerHealth/statusReading.js';

export type { PrinterCondition, PrinterFault, StatusReading } from './printerHealth/statusReading.js';

export interface PrinterHealthInput {
  /** The clock, as an ISO timestamp (injected: machines read no clock). */
  now: () => string;
  /** Time between scheduled status polls (default 30 s). */
  pollIntervalMs?: number;
  /** Wait before the confirming poll while recovering (default 2 s). */
  confirmDelayMs?: number;
}

export interface PrinterHealthContext {
  canPrint: boolean;
  fault: PrinterFault | null;
  since: string;
  lastGoodAt: string | null;
  printing: boolean;
  now: () => string;
  pollIntervalMs: number;
  confirmDelayMs: number;
}

export type PrinterHealthEvent =
  /** A status reading: from the poller, or from a status check the printer made on its own (before a job). */
  | { type: 'status.read'; reading: StatusReading }
  /** Poll now (before a job, or "check now" in /maintenance); ignored while a poll runs. */
  | { type: 'poll.requested' }
  | { type: 'job.started' }
  | { type: 'job.succeeded' }
  /** What is known after the failure: unreachable, or the status read after it. */
  | { type: 'job.failed'; reading: StatusReading }
  /** Staff fixed the printer and cleared the fault in /maintenance. */
  | { type: 'fault.cleared' };

export type PrinterHealthState = 'ready' | 'recovering' | Exclude<PrinterCondition, 'ok'>;

const notProvided = async (): Promise<StatusReading> => {
  throw new Error('printer health actor "pollStatus" was not provided');
};

function assessment(event: PrinterHealthEvent): Assessment | null {
  if (event.type === 'status.read') return assessReading(event.reading);
  if (event.type === 'job.failed') return assessFailedJob(event.reading);
  return null;
}

const faultStates = ['paperOut', 'coverOpen', 'cutterError', 'offline'] as const;

/** Transitions to the fault state a reading shows, recording its fault code. */
const toFault = faultStates.map((condition) => ({
  guard: { type: 'shows' as const, params: { condition } },
  target: condition,
  actions: 'recordFault' as const,
}));

/** Transitions after a failed job to the fault state it shows (a failed job always shows one). */
const failJob = faultStates.map((condition) => ({
  guard: { type: 'shows' as const, params: { condition } },
  target: condition,
  actions: ['jobEnded' as const, 'recordFault' as const],
}));

const goodReading = [
  {
    guard: { type: 'shows' as const, params: { condition: 'ok' as const } },
    target: 'ready',
    actions: 'noteGood' as const,
  },
  {
    guard: { type: 'shows' as const, params: { condition: 'paperLow' as const } },
    target: 'paperLow',
    actions: 'noteGood' as const,
  },
];

export const printerHealthMachine = setup({
  types: {
    context: {} as PrinterHealthContext,
    events: {} as PrinterHealthEvent,
    input: {} as PrinterHealthInput,
  },
  actors: {
    pollStatus: fromPromise<StatusReading, void>(notProvided),
  },
  delays: {
    pollInterval: ({ context }) => context.pollIntervalMs,
    confirmDelay: ({ context }) => context.confirmDelayMs,
  },
  guards: {
    shows: ({ event }, params: { condition: PrinterCondition }) =>
      assessment(event)?.condition === params.condition,
    isGood: ({ event }) => {
      const condition = assessment(event)?.condition;
      return condition === 'ok' || condition === 'paperLow';
    },
  },
  actions: {
    enter: assign(({ context }, params: { canPrint: boolean }) => ({
      since: context.now(),
      canPrint: params.canPrint,
    })),
    recordFault: assign(({ event }) => ({ fault: assessment(event)?.fault ?? null })),
    setFault: assign((_, params: { fault: PrinterFault | null }) => ({ fault: params.fault })),
    noteGood: assign(({ context }) => ({ lastGoodAt: context.now() })),
    jobStarted: assign({ printing: true }),
    jobEnded: assign({ printing: false }),
    requestPoll: raise({ type: 'poll.requested' }),
  },
}).createMachine({
  id: 'printerHealth',
  type: 'parallel',
  context: ({ input }) => ({
    canPrint: false,
    fault: null,
    since: input.now(),
    lastGoodAt: null,
    printing: false,
    now: input.now,
    pollIntervalMs: input.pollIntervalMs ?? 30_000,
    confirmDelayMs: input.confirmDelayMs ?? 2000,
  }),
  on: {
    'job.started': { actions: 'jobStarted' },
  },
  states: {
    poller: {
      initial: 'polling',
      states: {
        waiting: {
          after: { pollInterval: { target: 'polling' } },
          on: { 'poll.requested': { target: 'polling' } },
        },
        polling: {
          invoke: {
            src: 'pollStatus',
            onDone: {
              target: 'waiting',
              actions: raise(({ event }) => ({ type: 'status.read' as const, reading: event.output })),
            },
            onError: {
              target: 'waiting',
              actions: raise(({ event }) => ({
                type: 'status.read' as const,
                reading: {
                  kind: 'unreachable' as const,
                  reason: event.error instanceof Error ? event.error.message : String(event.error),
                },
              })),
            },
          },
        },
      },
    },
    health: {
      // Unknown at start-up: the first good reading confirms, as after any fault.
      initial: 'recovering',
      states: {
        ready: {
          entry: [
            { type: 'enter', params: { canPrint: true } },
            { type: 'setFault', params: { fault: null } },
          ],
          on: {
            'status.read': [...goodReading, ...toFault],
            'job.succeeded': { actions: ['jobEnded', 'noteGood'] },
            'job.failed': failJob,
            'fault.cleared': { actions: 'requestPoll' },
          },
        },
        paperLow: {
          entry: [
            { type: 'enter', params: { canPrint: true } },
            { type: 'setFault', params: { fault: 'paper-low' } },
          ],
          on: {
            'status.read': [...goodReading, ...toFault],
            'job.succeeded': { actions: ['jobEnded', 'noteGood'] },
            'job.failed': failJob,
            'fault.cleared': { actions: 'requestPoll' },
          },
        },
        recovering: {
          entry: { type: 'enter', params: { canPrint: false } },
          after: { confirmDelay: { actions: 'requestPoll' } },
          on: {
            'status.read': [...goodReading, ...toFault],
            'job.succeeded': { target: 'ready', actions: ['jobEnded', 'noteGood'] },
            'job.failed': failJob,
            'fault.cleared': { actions: 'requestPoll' },
          },
        },
        ...Object.fromEntries(
          faultStates.map((state) => [
            state,
            {
              entry: { type: 'enter', params: { canPrint: false } },
              on: {
                'status.read': [{ guard: 'isGood', target: 'recovering', actions: 'noteGood' }, ...toFault],
                'job.succeeded': { target: 'recovering', actions: ['jobEnded', 'noteGood'] },
                'job.failed': failJob,
                'fault.cleared': { target: 'recovering', actions: 'requestPoll' },
              },
            },
          ]),
        ),
      },
    },
  },
});

export type PrinterHealthMachine = typeof printerHealthMachine;

/** What the kiosk, the hub and /maintenance need to know, read from a snapshot. */
export interface PrinterHealth {
  state: PrinterHealthState;
  canPrint: boolean;
  fault: PrinterFault | null;
  since: string;
  lastGoodAt: string | null;
  printing: boolean;
}

export function printerHealthOf(snapshot: SnapshotFrom<PrinterHealthMachine>): PrinterHealth {
  const { canPrint, fault, since, lastGoodAt, printing } = snapshot.context;
  const value = snapshot.value as { health: PrinterHealthState };
  return { state: value.health, canPrint, fault, since, lastGoodAt, printing };
}
