// Lobby display announcer: queues calls and notices and announces them strictly one at a time, calls first.
//
// Lifecycle:
//   idle      — nothing to announce; a call starts the chime at once, else a notice part is spoken.
//   chiming   — `playChime` runs for the call at the head of the queue (a failed chime still goes on to speech).
//   speaking  — `speak` runs; it ends when speech finishes, fails, or the `speechTimeout` safety delay fires
//               (leaving the state stops the speak actor, whose implementation cancels the speech).
//   notifying — `speakNotice` speaks one part of a notice (one language), cut after `noticeTimeout`, or at once
//               when that notice version stops showing (withdrawn, ended or changed).
//   next      — take the next queued call (chiming again), else the next notice part, or go back to idle.
// Calls arriving meanwhile only join the queue, so announcements never overlap; a call waits for the notice
// part being spoken, then goes before every other notice part. A call is announced once per `callId`:
// snapshots mark their calls as seen (no replay on connect); a recall is a new call and is announced again.
// After a reconnect, a snapshot's unseen calls younger than `freshCallMs` are announced.
//
// Notices (`notices.updated`, the whole list with the display's clock): each newly showing version is spoken
// once, English first, then each other language the notice has text in and the display has a voice for
// (`voices.known`), in the notice's order (`noticeQueue.ts`); the same version re-sent (a reconnect) is not
// spoken again.
// While an emergency shows, call announcements are held back (the board hides the calls): the emergency is
// spoken, then repeated `emergencyRepeat` after each time it was spoken. When it ends, held calls still younger
// than `freshCallMs` are announced and older ones dropped.
import { assign, enqueueActions, fromPromise, setup } from 'xstate';
import type { DeviceNotice } from './contracts/notices.js';
import type { PublicCall } from './contracts/ticket.js';
import {
  absorbNotices,
  isEmergencyShowing,
  type NoticePart,
  nextPartIndex,
  noticeKey,
  partGone,
  queueEmergencyRepeat,
} from './displayAnnouncer/noticeQueue.js';

export interface AnnouncerContext {
  queue: PublicCall[];
  current: PublicCall | null;
  /** callIds already shown or announced (bounded, newest last). */
  seen: number[];
  /** True once the first snapshot arrived. */
  primed: boolean;
  /** The notices showing now, emergencies first (`activeNotices`). */
  showing: DeviceNotice[];
  /** Notice parts waiting to be spoken, after every queued call. */
  noticeQueue: NoticePart[];
  /** The notice part being spoken. */
  currentNotice: NoticePart | null;
  /** Notice versions (`id@version`) already queued or spoken (bounded, newest last). */
  spokenNotices: string[];
  /** Languages besides English the display has a voice for (any language, as `voices.known` names them). */
  voiceLanguages: string[];
}

export type AnnouncerEvent =
  | { type: 'calls.snapshot'; calls: PublicCall[]; now: number }
  | { type: 'call.received'; call: PublicCall }
  | { type: 'notices.updated'; notices: DeviceNotice[]; now: number }
  | { type: 'voices.known'; languages: string[] }
  | { type: 'emergency.due' };

export interface AnnounceInput {
  call: PublicCall;
}

export interface NoticeInput {
  part: NoticePart;
}

/** How many callIds the announcer remembers. */
export const seenLimit = 200;
/** A snapshot call younger than this (ms) that the display never saw is announced after a reconnect. */
export const freshCallMs = 60_000;
/** How long after an emergency was spoken it is spoken again while it shows. */
export const emergencyRepeatMs = 120_000;

const repeatId = 'emergencyRepeat';

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
    speakNotice: fromPromise<void, NoticeInput>(notProvided('speakNotice')),
  },
  delays: {
    /** Longest an announcement may take before it is cut (speechSynthesis sometimes never fires `end`). */
    speechTimeout: 15_000,
    /** Longest one language of a notice may take (a call waiting behind it waits at most this long). */
    noticeTimeout: 60_000,
    emergencyRepeat: emergencyRepeatMs,
  },
  guards: {
    callReady: ({ context }) => context.queue.length > 0 && !isEmergencyShowing(context.showing),
    noticeReady: ({ context }) => nextPartIndex(context) >= 0,
    currentNoticeGone: ({ context, event }) =>
      event.type === 'notices.updated' &&
      context.currentNotice !== null &&
      partGone(context.currentNotice, event.notices, event.now),
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
    absorbNotices: assign(({ context, event }) => {
      if (event.type !== 'notices.updated') return {};
      const next = absorbNotices(context, event.notices, event.now, context.voiceLanguages);
      const released = isEmergencyShowing(context.showing) && !isEmergencyShowing(next.showing);
      if (!released) return next;
      return {
        ...next,
        queue: context.queue.filter((c) => event.now - Date.parse(c.calledAt) <= freshCallMs),
      };
    }),
    stopRepeatWhenCalm: enqueueActions(({ context, enqueue }) => {
      if (!isEmergencyShowing(context.showing)) enqueue.cancel(repeatId);
    }),
    repeatEmergency: assign(({ context }) => ({
      noticeQueue: queueEmergencyRepeat(context, context.currentNotice, context.voiceLanguages),
    })),
    /** After an emergency was spoken (in its last language), the next repeat is due `emergencyRepeat` later. */
    scheduleRepeat: enqueueActions(({ context, enqueue }) => {
      const part = context.currentNotice;
      if (part?.notice.severity !== 'emergency') return;
      const key = noticeKey(part.notice);
      if (context.noticeQueue.some((p) => noticeKey(p.notice) === key)) return;
      enqueue.cancel(repeatId);
      enqueue.raise({ type: 'emergency.due' }, { id: repeatId, delay: 'emergencyRepeat' });
    }),
    knowVoices: assign(({ event }) =>
      event.type === 'voices.known' ? { voiceLanguages: event.languages } : {},
    ),
    takeNext: assign(({ context }) => ({ current: context.queue[0] ?? null, queue: context.queue.slice(1) })),
    takeNotice: assign(({ context }) => {
      const index = nextPartIndex(context);
      return {
        currentNotice: context.noticeQueue[index] ?? null,
        noticeQueue: context.noticeQueue.filter((_, i) => i !== index),
      };
    }),
    finish: assign({ current: null, currentNotice: null }),
  },
}).createMachine({
  id: 'displayAnnouncer',
  context: {
    queue: [],
    current: null,
    seen: [],
    primed: false,
    showing: [],
    noticeQueue: [],
    currentNotice: null,
    spokenNotices: [],
    voiceLanguages: [],
  },
  initial: 'idle',
  on: {
    'calls.snapshot': { actions: 'absorbSnapshot' },
    'call.received': { actions: 'enqueueCall' },
    'notices.updated': { actions: ['absorbNotices', 'stopRepeatWhenCalm'] },
    'voices.known': { actions: 'knowVoices' },
    'emergency.due': { actions: 'repeatEmergency' },
  },
  states: {
    idle: {
      always: [
        { guard: 'callReady', target: 'chiming', actions: 'takeNext' },
        { guard: 'noticeReady', target: 'notifying', actions: 'takeNotice' },
      ],
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
    notifying: {
      invoke: {
        id: 'speakNotice',
        src: 'speakNotice',
        input: ({ context }) => ({ part: context.currentNotice! }),
        onDone: { target: 'next', actions: 'scheduleRepeat' },
        onError: { target: 'next', actions: 'scheduleRepeat' },
      },
      after: { noticeTimeout: { target: 'next', actions: 'scheduleRepeat' } },
      on: {
        'notices.updated': [
          { guard: 'currentNoticeGone', target: 'next', actions: ['absorbNotices', 'stopRepeatWhenCalm'] },
          { actions: ['absorbNotices', 'stopRepeatWhenCalm'] },
        ],
      },
    },
    next: {
      entry: 'finish',
      always: [
        { guard: 'callReady', target: 'chiming', actions: 'takeNext' },
        { guard: 'noticeReady', target: 'notifying', actions: 'takeNotice' },
        { target: 'idle' },
      ],
    },
  },
});

export type DisplayAnnouncerMachine = typeof displayAnnouncerMachine;
