// Speech output mode: what the kiosk is saying, in which language and how loud; pure, the engine is injected.
//
// Lifecycle:
//   off            — the guide is off (every visitor starts here); nothing is said. `speech.toggle` or
//                    `speech.enable` switch it on.
//   on.idle        — on and quiet; a queued utterance moves to `on.speaking`.
//   on.speaking    — the `speak` actor (the injected engine) says the first queued utterance; when it ends or
//                    fails the next one follows. Leaving this state stops the actor, which cancels the engine:
//                    that is how any input interrupts speech.
// `speech.say` replaces whatever is being said (a new screen, a new focus) and is remembered for Repeat;
// `speech.notify` says something short (the volume) without replacing what Repeat says. `speech.input` (any key
// or touch) stops speech. `visit.ended` switches the guide off and puts volume and language back for the next
// visitor, from any state.
import { assign, fromCallback, setup } from 'xstate';
import type { LangUtterance, Utterance } from './utterance.js';
import { DEFAULT_VOLUME, engineVolume, stepVolume } from './volume.js';

export interface SpeakInput {
  utterance: LangUtterance;
  /** The Web Speech API's scale, 0–1. */
  volume: number;
}

/** The engine port: says one utterance, reports its end; the returned function cancels it. */
export interface SpeechEngine {
  speak(input: SpeakInput, finished: (outcome: 'ended' | 'failed') => void): () => void;
}

export interface SpeechContext {
  /** The visitor's language: utterances without their own are said in it. */
  language: string;
  defaultLanguage: string;
  /** Volume level (see volume.ts). */
  volume: number;
  queue: LangUtterance[];
  /** What Repeat says again: the last `speech.say`. */
  last: LangUtterance[];
}

export type SpeechEvent =
  | { type: 'speech.toggle' }
  | { type: 'speech.enable' }
  | { type: 'speech.disable' }
  | { type: 'speech.say'; utterances: readonly Utterance[] }
  | { type: 'speech.notify'; utterances: readonly Utterance[] }
  | { type: 'speech.input' }
  | { type: 'speech.repeat' }
  | { type: 'speech.volumeUp' }
  | { type: 'speech.volumeDown' }
  | { type: 'speech.language'; language: string }
  | { type: 'visit.ended' }
  | { type: 'utterance.ended' }
  | { type: 'utterance.failed' };

export interface SpeechInput {
  /** The kiosk's default language (the first site language). */
  language: string;
}

type SpeechEngineEvent = { type: 'utterance.ended' } | { type: 'utterance.failed' };

/** Wraps an engine as the machine's `speak` actor; stopping the actor before the end cancels the engine. */
export function speechEngineActor(engine: SpeechEngine) {
  return fromCallback<SpeechEngineEvent, SpeakInput>(({ input, sendBack }) => {
    let finished = false;
    const cancel = engine.speak(input, (outcome) => {
      finished = true;
      sendBack({ type: outcome === 'ended' ? 'utterance.ended' : 'utterance.failed' });
    });
    return () => {
      if (!finished) cancel();
    };
  });
}

const withLanguage = (utterances: readonly Utterance[], language: string): LangUtterance[] =>
  utterances.filter((u) => u.text.trim() !== '').map((u) => ({ text: u.text, lang: u.lang ?? language }));

export const speechMachine = setup({
  types: {
    context: {} as SpeechContext,
    events: {} as SpeechEvent,
    input: {} as SpeechInput,
  },
  actors: {
    speak: fromCallback<SpeechEngineEvent, SpeakInput>(() => {
      throw new Error('speech actor "speak" was not provided');
    }),
  },
  actions: {
    say: assign(({ context, event }) => {
      if (event.type !== 'speech.say') return {};
      const utterances = withLanguage(event.utterances, context.language);
      return { queue: utterances, last: utterances };
    }),
    notify: assign(({ context, event }) => {
      if (event.type !== 'speech.notify') return {};
      return { queue: withLanguage(event.utterances, context.language) };
    }),
    repeat: assign(({ context }) => ({ queue: context.last })),
    silence: assign({ queue: [] }),
    dequeue: assign(({ context }) => ({ queue: context.queue.slice(1) })),
    louder: assign(({ context }) => ({ volume: stepVolume(context.volume, 1) })),
    softer: assign(({ context }) => ({ volume: stepVolume(context.volume, -1) })),
    storeLanguage: assign(({ event }) =>
      event.type === 'speech.language' ? { language: event.language } : {},
    ),
    resetForNextVisitor: assign(({ context }) => ({
      language: context.defaultLanguage,
      volume: DEFAULT_VOLUME,
      queue: [],
      last: [],
    })),
  },
  guards: {
    hasQueue: ({ context }) => context.queue.length > 0,
  },
}).createMachine({
  id: 'speech',
  context: ({ input }) => ({
    language: input.language,
    defaultLanguage: input.language,
    volume: DEFAULT_VOLUME,
    queue: [],
    last: [],
  }),
  initial: 'off',
  on: {
    'visit.ended': { target: '.off', actions: 'resetForNextVisitor' },
  },
  states: {
    off: {
      entry: 'silence',
      on: {
        'speech.toggle': 'on',
        'speech.enable': 'on',
        'speech.language': { actions: 'storeLanguage' },
        'speech.volumeUp': { actions: 'louder' },
        'speech.volumeDown': { actions: 'softer' },
      },
    },
    on: {
      initial: 'idle',
      on: {
        'speech.toggle': 'off',
        'speech.disable': 'off',
        'speech.say': { target: '.idle', actions: 'say' },
        'speech.notify': { target: '.idle', actions: 'notify' },
        'speech.input': { target: '.idle', actions: 'silence' },
        'speech.repeat': { target: '.idle', actions: 'repeat' },
        'speech.volumeUp': { actions: 'louder' },
        'speech.volumeDown': { actions: 'softer' },
        // Words in the previous language are stale: stop them.
        'speech.language': { target: '.idle', actions: ['storeLanguage', 'silence'] },
      },
      states: {
        idle: {
          always: { guard: 'hasQueue', target: 'speaking' },
        },
        speaking: {
          invoke: {
            src: 'speak',
            input: ({ context }) => ({
              utterance: context.queue[0] as LangUtterance,
              volume: engineVolume(context.volume),
            }),
          },
          on: {
            'utterance.ended': { target: 'idle', actions: 'dequeue' },
            'utterance.failed': { target: 'idle', actions: 'dequeue' },
          },
        },
      },
    },
  },
});

export type SpeechMachine = typeof speechMachine;
