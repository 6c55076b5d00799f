// The speech machine on a simulated clock: an engine whose utterances take 1 s each says the queue in order;
// any input, a new screen or a language change interrupts (the engine is cancelled); Repeat says the last screen
// again; volume stays within bounds; the end of a visit switches the guide off and resets volume and language.
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import {
  type SpeakInput,
  type SpeechEngine,
  speechEngineActor,
  speechMachine,
} from '../../../machines/speech/speechMachine.js';
import { DEFAULT_VOLUME, MAX_VOLUME, MIN_VOLUME } from '../../../machines/speech/volume.js';

const UTTERANCE_MS = 1000;

function start() {
  const clock = new SimulatedClock();
  const started: SpeakInput[] = [];
  const ended: string[] = [];
  let cancels = 0;
  const engine: SpeechEngine = {
    speak(input, finished) {
      started.push(input);
      const timer = clock.setTimeout(() => {
        ended.push(input.utterance.text);
        finished('ended');
      }, UTTERANCE_MS);
      return () => {
        cancels += 1;
        clock.clearTimeout(timer);
      };
    },
  };
  const actor = createActor(speechMachine.provide({ actors: { speak: speechEngineActor(engine) } }), {
    input: { language: 'en' },
    clock,
  });
  actor.start();
  return { actor, clock, started, ended, cancels: () => cancels };
}

const texts = (inputs: SpeakInput[]) => inputs.map((i) => i.utterance.text);

describe('speech machine', () => {
  it('says nothing while off, then the queue in order once on, one utterance at a time', () => {
    const { actor, clock, started, ended } = start();
    actor.send({ type: 'speech.say', utterances: [{ text: 'ignored' }] });
    expect(started).toEqual([]);
    actor.send({ type: 'speech.toggle' });
    actor.send({ type: 'speech.say', utterances: [{ text: 'Title' }, { text: 'Español', lang: 'es' }] });
    expect(texts(started)).toEqual(['Title']);
    clock.increment(UTTERANCE_MS);
    expect(started.map((i) => i.utterance)).toEqual([
      { text: 'Title', lang: 'en' },
      { text: 'Español', lang: 'es' },
    ]);
    clock.increment(UTTERANCE_MS);
    expect(ended).toEqual(['Title', 'Español']);
    expect(actor.getSnapshot().matches({ on: 'idle' })).toBe(true);
  });

  it('stops speaking on any input: the engine is cancelled and the rest of the queue dropped', () => {
    const { actor, clock, started, cancels } = start();
    actor.send({ type: 'speech.enable' });
    actor.send({ type: 'speech.say', utterances: [{ text: 'one' }, { text: 'two' }] });
    actor.send({ type: 'speech.input' });
    expect(cancels()).toBe(1);
    clock.increment(UTTERANCE_MS * 5);
    expect(texts(started)).toEqual(['one']);
  });

  it('does not cancel an utterance that already ended', () => {
    const { actor, clock, cancels } = start();
    actor.send({ type: 'speech.enable' });
    actor.send({ type: 'speech.say', utterances: [{ text: 'one' }] });
    clock.increment(UTTERANCE_MS);
    actor.send({ type: 'speech.input' });
    expect(cancels()).toBe(0);
  });

  it('replaces what it is saying with a new screen, and Repeat says that screen again', () => {
    const { actor, clock, started, cancels } = start();
    actor.send({ type: 'speech.enable' });
    actor.send({ type: 'speech.say', utterances: [{ text: 'old screen' }] });
    actor.send({ type: 'speech.say', utterances: [{ text: 'new title' }, { text: 'option' }] });
    expect(cancels()).toBe(1);
    clock.increment(UTTERANCE_MS * 2);
    actor.send({ type: 'speech.notify', utterances: [{ text: 'Volume 7 of 10' }] });
    clock.increment(UTTERANCE_MS);
    actor.send({ type: 'speech.repeat' });
    clock.increment(UTTERANCE_MS * 2);
    expect(texts(started)).toEqual([
      'old screen',
      'new title',
      'option',
      'Volume 7 of 10',
      'new title',
      'option',
    ]);
  });

  it('keeps the volume within bounds and speaks at the level set', () => {
    const { actor, started } = start();
    actor.send({ type: 'speech.enable' });
    for (let i = 0; i < MAX_VOLUME + 3; i += 1) actor.send({ type: 'speech.volumeUp' });
    expect(actor.getSnapshot().context.volume).toBe(MAX_VOLUME);
    actor.send({ type: 'speech.say', utterances: [{ text: 'loud' }] });
    expect(started.at(-1)?.volume).toBe(1);
    for (let i = 0; i < MAX_VOLUME + 3; i += 1) actor.send({ type: 'speech.volumeDown' });
    expect(actor.getSnapshot().context.volume).toBe(MIN_VOLUME);
    actor.send({ type: 'speech.say', utterances: [{ text: 'soft' }] });
    expect(started.at(-1)?.volume).toBe(MIN_VOLUME / MAX_VOLUME);
    expect(MIN_VOLUME).toBeGreaterThan(0);
  });

  it('speaks in the new language after a switch, and stops words in the old one', () => {
    const { actor, clock, started, cancels } = start();
    actor.send({ type: 'speech.enable' });
    actor.send({ type: 'speech.say', utterances: [{ text: 'Choose your language' }, { text: 'more' }] });
    actor.send({ type: 'speech.language', language: 'es' });
    expect(cancels()).toBe(1);
    actor.send({ type: 'speech.say', utterances: [{ text: '¿Qué desea hacer?' }] });
    clock.increment(UTTERANCE_MS * 3);
    expect(started.map((i) => i.utterance)).toEqual([
      { text: 'Choose your language', lang: 'en' },
      { text: '¿Qué desea hacer?', lang: 'es' },
    ]);
  });

  it('switches off at the end of a visit, with volume, language and Repeat reset for the next visitor', () => {
    const { actor, clock, started, cancels } = start();
    actor.send({ type: 'speech.enable' });
    actor.send({ type: 'speech.volumeUp' });
    actor.send({ type: 'speech.language', language: 'vi' });
    actor.send({ type: 'speech.say', utterances: [{ text: 'Số của bạn' }] });
    actor.send({ type: 'visit.ended' });
    expect(cancels()).toBe(1);
    const { context } = actor.getSnapshot();
    expect(actor.getSnapshot().matches('off')).toBe(true);
    expect(context).toMatchObject({ volume: DEFAULT_VOLUME, language: 'en', queue: [], last: [] });
    actor.send({ type: 'speech.enable' });
    actor.send({ type: 'speech.repeat' });
    clock.increment(UTTERANCE_MS);
    expect(texts(started)).toEqual(['Số của bạn']);
  });

  it('goes on to the next utterance when the engine fails one', () => {
    const clock = new SimulatedClock();
    const said: string[] = [];
    const engine: SpeechEngine = {
      speak(input, finished) {
        said.push(input.utterance.text);
        clock.setTimeout(() => finished(input.utterance.text === 'bad' ? 'failed' : 'ended'), 10);
        return () => {};
      },
    };
    const actor = createActor(speechMachine.provide({ actors: { speak: speechEngineActor(engine) } }), {
      input: { language: 'en' },
      clock,
    }).start();
    actor.send({ type: 'speech.enable' });
    actor.send({ type: 'speech.say', utterances: [{ text: 'bad' }, { text: 'good' }] });
    clock.increment(20);
    expect(said).toEqual(['bad', 'good']);
  });
});
