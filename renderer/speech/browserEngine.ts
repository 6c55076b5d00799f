// The speech engine of a real page: the platform's speechSynthesis (if any) and the bundled recorded clips.
import type { SpeechEngine } from '../../machines/speech/speechMachine.js';
import { htmlAudioClipPlayer } from './clipPlayer.js';
import { clipManifests, clipUrl, messageKeyOf } from './recordedSpeech.js';
import { webSpeechEngine } from './webSpeechEngine.js';

export function browserSpeechEngine(): SpeechEngine {
  const hasSynth = typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
  return webSpeechEngine({
    synth: hasSynth ? speechSynthesis : null,
    Utterance: hasSynth ? SpeechSynthesisUtterance : null,
    manifests: clipManifests,
    messageKeyOf,
    playClips: htmlAudioClipPlayer(clipUrl),
  });
}
