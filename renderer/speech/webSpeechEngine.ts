// The speech engine the kiosk uses: the Web Speech API with a voice chosen for each utterance's language, and
// recorded clips (played through the injected clip player) for a language without a voice. Text that has
// neither is skipped (reported as failed), never read out by a voice of another language.
import { type ClipManifest, clipsFor } from '../../machines/speech/clipManifest.js';
import type { SpeakInput, SpeechEngine } from '../../machines/speech/speechMachine.js';
import { voiceFor } from '../../machines/speech/voiceChoice.js';

/** Plays clip files one after another at a volume; the returned function stops them. */
export type ClipPlayer = (
  files: readonly string[],
  volume: number,
  finished: (outcome: 'ended' | 'failed') => void,
) => () => void;

export interface WebSpeechDeps {
  /** The page's `speechSynthesis`, or null where the platform has none. */
  synth: SpeechSynthesis | null;
  Utterance: typeof SpeechSynthesisUtterance | null;
  manifests: Readonly<Record<string, ClipManifest>>;
  /** The catalog message (`namespace:key`) a text in a language is, for clips named by message. */
  messageKeyOf: (lang: string, text: string) => string | undefined;
  playClips: ClipPlayer;
}

export function webSpeechEngine(deps: WebSpeechDeps): SpeechEngine {
  const { synth, Utterance } = deps;
  let voices: SpeechSynthesisVoice[] = synth?.getVoices() ?? [];
  // Chromium lists its voices late: keep the list current.
  synth?.addEventListener('voiceschanged', () => {
    voices = synth.getVoices();
  });

  const sayWithVoice = ({ utterance, volume }: SpeakInput, voice: SpeechSynthesisVoice, finished: Done) => {
    if (!synth || !Utterance) return null;
    const spoken = new Utterance(utterance.text);
    spoken.lang = utterance.lang;
    spoken.voice = voice;
    spoken.volume = volume;
    spoken.addEventListener('end', () => finished('ended'));
    spoken.addEventListener('error', () => finished('failed'));
    synth.speak(spoken);
    return () => synth.cancel();
  };

  return {
    speak(input, finished) {
      const voice = voiceFor(input.utterance.lang, voices);
      const cancel = voice ? sayWithVoice(input, voice, finished) : null;
      if (cancel) return cancel;
      const files = clipsFor(input.utterance.text, deps.manifests[input.utterance.lang], (text) =>
        deps.messageKeyOf(input.utterance.lang, text),
      );
      if (files) return deps.playClips(files, input.volume, finished);
      // Nothing can say it: report so the queue goes on (after this call returns, as an engine would).
      queueMicrotask(() => finished('failed'));
      return () => {};
    },
  };
}

type Done = (outcome: 'ended' | 'failed') => void;
