// Lobby display announcer: queues calls and announces each one (chime, then speech), strictly one at a time.
//
// Lifecycle:
//   idle     — nothing to announce; a new call starts the chime at once.
//   chiming  — `playChime` runs for the call at the head of the queue (a failed chime still goes on to speech).
//   speaking — `speak` runs; it ends when speech finishes, fails, or the `speechTimeout` safety delay fires
//              (leaving the state stops the speak actor, whose implementation cancels the speech).
//   next     — take the next queued call (chiming again) or go back to idle.
// Calls arriving meanwhile only join the queue, so announcements never overlap. A call is announced once per
// `callId`: snapshots mark their calls as seen (no replay on connect); a recall is a new call and is announced
// again. After a reconnect, a snapshot's unseen calls younger than `freshCallMs` are announced (they were
// made while the display was offline).
import { assign, fromPromise, setup } from 'xstate';
import type { PublicCall } from './contracts/ticket.js';

export interface AnnouncerContext {
  queue: PublicCall[];
  current: PublicCall | null;
  /** callIds already shown or announced (bounded, newest last). */
  seen: number[];
  /** True once the first snapshot arrived. */
  primed: boolean;
}

export type AnnouncerEvent =
  | { type: 'calls.snapshot'; calls: PublicCall[]; now: number }
  | { type: 'call.received'; call: PublicCall };

export interface AnnounceInput {
  call: PublicCall;
}

/** How many callIds the announcer remembers. */
export const seenLimit = 200;
/** A snapshot call younger than this (ms) that the display never saw is announced after a reconnect. */
export const freshCallMs = 60_000;

const notProvided = (name: string) => async (): Promise<void> => {
  throw new Error(`announcer actor "${name}" was not provided`);
};

function remember(seen: number[], ids: number[]): number[] {
  const next = seen.concat(ids.filter((id) => !seen.includes(id)));
  return next.length > seenLimit ? next.slice(next.length - seenLimit) : next;
}

function unseenFresh(context: AnnouncerContext, calls: PublicCall[], now: number): PublicCall[] {
  if (!context.primed) return [];
  const queued = new Set(context.queue.map((c) => c.callId));
  return calls
    .filter((c) => !context.seen.includes(c.callId) && !queued.has(c.callId))
    .filter((c) => now - Date.parse(c.calledAt) <= freshCallMs)
    .sort((a, b) => a.callId - b.callId);
}

export const displayAnnouncerMachine = setup({
  types: {
    context: {} as AnnouncerContext,
    events: {} as AnnouncerEvent,
  },
  actors: {
    playChime: fromPromise<void, AnnounceInput>(notProvided('playChime')),
    speak: fromPromise<void, AnnounceInput>(notProvided('speak')),
  },
  delays: {
    /** Longest an announcement may take before it is cut (speechSynthesis sometimes never fires `end`). */
    speechTimeout: 15_000,
  },
  guards: {
    hasQueued: ({ context }) => context.queue.length > 0,
  },
  actions: {
    absorbSnapshot: assign(({ context, event }) => {
      if (event.type !== 'calls.snapshot') return {};
      const fresh = unseenFresh(context, event.calls, event.now);
      return {
        primed: true,
        queue: context.queue.concat(fresh),
        seen: remember(
          context.seen,
          event.calls.map((c) => c.callId),
        ),
      };
    }),
    enqueueCall: assign(({ context, event }) => {
      if (event.type !== 'call.received') return {};
      const { call } = event;
      if (context.seen.includes(call.callId)) return {};
      return { queue: [...context.queue, call], seen: remember(context.seen, [call.callId]) };
    }),
    takeNext: assign(({ context }) => ({ current: context.queue[0] ?? null, queue: context.queue.slice(1) })),
    finish: assign({ current: null }),
  },
}).createMachine({
  id: 'displayAnnouncer',
  context: { queue: [], current: null, seen: [], primed: false },
  initial: 'idle',
  on: {
    'calls.snapshot': { actions: 'absorbSnapshot' },
    'call.received': { actions: 'enqueueCall' },
  },
  states: {
    idle: {
      always: { guard: 'hasQueued', target: 'chiming', actions: 'takeNext' },
    },
    chiming: {
      invoke: {
        id: 'playChime',
        src: 'playChime',
        input: ({ context }) => ({ call: context.current! }),
        onDone: { target: 'speaking' },
        onError: { target: 'speaking' },
      },
    },
    speaking: {
      invoke: {
        id: 'speak',
        src: 'speak',
        input: ({ context }) => ({ call: context.current! }),
        onDone: { target: 'next' },
        onError: { target: 'next' },
      },
      after: { speechTimeout: { target: 'next' } },
    },
    next: {
      entry: 'finish',
      always: [{ guard: 'hasQueued', target: 'chiming', actions: 'takeNext' }, { target: 'idle' }],
    },
  },
});

export type DisplayAnnouncerMachine = typeof displayAnnouncerMachine;
