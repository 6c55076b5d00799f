// Speaks one announcement with the Web Speech API; resolves when it ends, rejects when the browser refuses.
import type { Announcement } from './announcementText.js';

/** The browser refused speech until a user gesture (autoplay policy). */
export class SpeechBlockedError extends Error {
  constructor() {
    super('speech is blocked until a user gesture');
    this.name = 'SpeechBlockedError';
  }
}

/** The installed voices; they load asynchronously in Chromium, so wait briefly for `voiceschanged`. */
export function loadVoices(waitMs = 1500): Promise<SpeechSynthesisVoice[]> {
  const synth = globalThis.speechSynthesis;
  if (!synth) return Promise.resolve([]);
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, waitMs);
    synth.addEventListener('voiceschanged', done);
  });
}

export function speak(announcement: Announcement, signal: AbortSignal): Promise<void> {
  const synth = globalThis.speechSynthesis;
  if (!synth) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const utterance = new SpeechSynthesisUtterance(announcement.text);
    utterance.lang = announcement.voice?.lang ?? announcement.language;
    if (announcement.voice) utterance.voice = announcement.voice as SpeechSynthesisVoice;
    utterance.rate = 0.9;
    utterance.onend = () => resolve();
    utterance.onerror = (event) => {
      if (event.error === 'not-allowed') reject(new SpeechBlockedError());
      else resolve();
    };
    signal.addEventListener('abort', () => {
      synth.cancel();
      resolve();
    });
    synth.speak(utterance);
  });
}

/** Call from a click handler: a silent utterance that lets later speech start without a gesture. */
export function unlockSpeech(): void {
  const synth = globalThis.speechSynthesis;
  if (!synth) return;
  const utterance = new SpeechSynthesisUtterance(' ');
  utterance.volume = 0;
  synth.speak(utterance);
}
