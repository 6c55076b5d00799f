// The kiosk's speech engine over the fake Web Speech API: a voice per language (found once the voices arrive
// late), volume and language on each utterance, cancel on interrupt, recorded clips for a language without a
// voice, and nothing said (reported failed) when neither exists; driven by the speech machine end to end.
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { speechEngineActor, speechMachine } from '../../../machines/speech/speechMachine.js';
import { webSpeechEngine } from '../../../renderer/speech/webSpeechEngine.js';
import { type FakeSpeechHost, type FakeSpeechOptions, installFakeSpeech } from '../../fakes/fakeSpeech.js';

const voices = [
  { name: 'English', lang: 'en-US' },
  { name: 'Spanish', lang: 'es-US' },
];

async function engineWith(options: FakeSpeechOptions) {
  const host: FakeSpeechHost = {};
  const fake = installFakeSpeech(options, host);
  const played: { files: readonly string[]; volume: number }[] = [];
  const engine = webSpeechEngine({
    synth: host.speechSynthesis as SpeechSynthesis,
    Utterance: host.SpeechSynthesisUtterance as typeof SpeechSynthesisUtterance,
    manifests: { chk: { language: 'chk', clips: { 'kiosk:welcome.start': 'chk/start.opus' } } },
    messageKeyOf: (lang, text) => (lang === 'chk' && text === 'Poputa' ? 'kiosk:welcome.start' : undefined),
    playClips: (files, volume, finished) => {
      played.push({ files, volume });
      queueMicrotask(() => finished('ended'));
      return () => {};
    },
  });
  await Promise.resolve();
  return { fake, engine, played };
}

const outcome = () => {
  let resolve: (o: string) => void = () => {};
  const done = new Promise<string>((r) => {
    resolve = r;
  });
  return { done, finished: (o: string) => resolve(o) };
};

describe('web speech engine', () => {
  it('speaks with the language’s voice once the voices arrive, at the volume asked', async () => {
    const { fake, engine } = await engineWith({ voices, voicesLoadLater: true });
    const { done, finished } = outcome();
    engine.speak({ utterance: { text: 'Bienvenido', lang: 'es' }, volume: 0.6 }, finished);
    expect(await done).toBe('ended');
    expect(fake.spoken).toEqual([{ text: 'Bienvenido', lang: 'es', voice: 'Spanish', volume: 0.6 }]);
  });

  it('cancels the platform speech when interrupted', async () => {
    const { fake, engine } = await engineWith({ voices, autoEnd: false });
    const { done, finished } = outcome();
    const cancel = engine.speak({ utterance: { text: 'Welcome', lang: 'en' }, volume: 1 }, finished);
    expect(fake.speaking()).toBe(true);
    cancel();
    expect(fake.cancels).toBe(1);
    expect(fake.speaking()).toBe(false);
    expect(await done).toBe('failed');
  });

  it('plays recorded clips where there is no voice, and says nothing it has neither for', async () => {
    const { fake, engine, played } = await engineWith({ voices });
    const clip = outcome();
    engine.speak({ utterance: { text: 'Poputa', lang: 'chk' }, volume: 0.5 }, clip.finished);
    expect(await clip.done).toBe('ended');
    expect(played).toEqual([{ files: ['chk/start.opus'], volume: 0.5 }]);
    const none = outcome();
    engine.speak({ utterance: { text: 'Finata omw kapas', lang: 'chk' }, volume: 0.5 }, none.finished);
    expect(await none.done).toBe('failed');
    expect(fake.spoken).toEqual([]);
  });

  it('says a whole screen in order under the speech machine', async () => {
    const { fake, engine } = await engineWith({ voices });
    const actor = createActor(speechMachine.provide({ actors: { speak: speechEngineActor(engine) } }), {
      input: { language: 'es' },
    }).start();
    actor.send({ type: 'speech.enable' });
    actor.send({
      type: 'speech.say',
      utterances: [{ text: '¿Qué desea hacer?' }, { text: 'English', lang: 'en' }],
    });
    await waitFor(actor, (s) => s.matches({ on: 'idle' }) && s.context.queue.length === 0);
    expect(fake.spoken.map((s) => [s.text, s.lang, s.voice])).toEqual([
      ['¿Qué desea hacer?', 'es', 'Spanish'],
      ['English', 'en', 'English'],
    ]);
  });
});
