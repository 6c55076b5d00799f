// The call chime, synthesized with the Web Audio API (two soft falling tones; no sound file to ship).

export type SoundState = 'on' | 'blocked' | 'unsupported';

export interface Chime {
  /** 'blocked' until a user gesture lets the page play audio (browser autoplay policy). */
  state(): SoundState;
  /** Call from a click handler: resumes audio. Resolves true once audio runs. */
  unlock(): Promise<boolean>;
  /** Plays the chime; rejects at once when audio is blocked; `signal` stops it early. */
  play(signal: AbortSignal): Promise<void>;
  /** Returns a function that removes the listener. */
  onStateChange(listener: (state: SoundState) => void): () => void;
}

const notes = [
  { frequency: 659.25, start: 0 },
  { frequency: 523.25, start: 0.42 },
];
const noteLength = 0.9;

export function createChime(): Chime {
  const Context = globalThis.AudioContext;
  if (typeof Context !== 'function') {
    return {
      state: () => 'unsupported',
      unlock: async () => false,
      play: async () => {},
      onStateChange: () => () => {},
    };
  }
  const context = new Context();
  const state = (): SoundState => (context.state === 'running' ? 'on' : 'blocked');
  return {
    state,
    async unlock() {
      await context.resume();
      return context.state === 'running';
    },
    play(signal) {
      if (context.state !== 'running')
        return Promise.reject(new Error('audio is blocked until a user gesture'));
      const t0 = context.currentTime + 0.05;
      const oscillators = notes.map(({ frequency, start }) => {
        const osc = context.createOscillator();
        const gain = context.createGain();
        osc.type = 'sine';
        osc.frequency.value = frequency;
        gain.gain.setValueAtTime(0.0001, t0 + start);
        gain.gain.exponentialRampToValueAtTime(0.35, t0 + start + 0.03);
        gain.gain.exponentialRampToValueAtTime(0.0001, t0 + start + noteLength);
        osc.connect(gain).connect(context.destination);
        osc.start(t0 + start);
        osc.stop(t0 + start + noteLength + 0.05);
        return osc;
      });
      return new Promise<void>((resolve) => {
        const last = oscillators[oscillators.length - 1];
        if (last) last.onended = () => resolve();
        signal.addEventListener('abort', () => {
          for (const osc of oscillators) osc.stop();
          resolve();
        });
      });
    },
    onStateChange(listener) {
      const notify = () => listener(state());
      context.addEventListener('statechange', notify);
      return () => context.removeEventListener('statechange', notify);
    },
  };
}
