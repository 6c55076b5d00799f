// A fake Web Speech API (speechSynthesis + SpeechSynthesisUtterance) for pages and Node tests: it records what
// is said, in which language, voice and volume, and behaves like Chromium's: one queue, `start` then `end` per
// utterance, `cancel()` ending the current and pending ones with an `error` event ("interrupted"/"canceled"),
// pause/resume, and voices that arrive late with a `voiceschanged` event. Self-contained (no imports, no
// closures over module scope) so `page.addInitScript(installFakeSpeech, options)` can run it in the page.

export interface FakeVoiceSpec {
  name: string;
  lang: string;
}

export interface FakeSpeechOptions {
  voices: FakeVoiceSpec[];
  /** Voices appear only after install, with a `voiceschanged` event (as in Chromium). */
  voicesLoadLater?: boolean;
  /** Utterances end by themselves (after a microtask); false: they speak until `finishCurrent()` or cancel. */
  autoEnd?: boolean;
}

export interface SpokenRecord {
  text: string;
  lang: string;
  voice: string | null;
  volume: number;
}

/** The test's handle, at `__fakeSpeech` on the host (the page's window). */
export interface FakeSpeechControl {
  spoken: SpokenRecord[];
  cancels: number;
  /** Whether an utterance is being spoken now. */
  speaking(): boolean;
  setAutoEnd(on: boolean): void;
  finishCurrent(): void;
}

export interface FakeSpeechHost {
  speechSynthesis?: unknown;
  SpeechSynthesisUtterance?: unknown;
  __fakeSpeech?: FakeSpeechControl;
}

export function installFakeSpeech(
  options: FakeSpeechOptions,
  host: FakeSpeechHost = globalThis as FakeSpeechHost,
): FakeSpeechControl {
  class FakeVoice {
    readonly default = false;
    readonly localService = true;
    constructor(
      readonly name: string,
      readonly lang: string,
    ) {}
    get voiceURI() {
      return this.name;
    }
  }

  class FakeSpeechEvent extends Event {
    constructor(
      type: string,
      readonly utterance: FakeUtterance,
      readonly error?: string,
    ) {
      super(type);
    }
    get charIndex() {
      return 0;
    }
    get elapsedTime() {
      return 0;
    }
  }

  type Handler = ((event: FakeSpeechEvent) => void) | null;

  class FakeUtterance extends EventTarget {
    text: string;
    lang = '';
    voice: FakeVoice | null = null;
    volume = 1;
    rate = 1;
    pitch = 1;
    onstart: Handler = null;
    onend: Handler = null;
    onerror: Handler = null;
    onpause: Handler = null;
    onresume: Handler = null;
    onboundary: Handler = null;
    onmark: Handler = null;
    constructor(text = '') {
      super();
      this.text = text;
    }
    fire(type: 'start' | 'end' | 'error' | 'pause' | 'resume', error?: string) {
      const event = new FakeSpeechEvent(type, this, error);
      this[`on${type}`]?.(event);
      this.dispatchEvent(event);
    }
  }

  const queue: FakeUtterance[] = [];
  let current: FakeUtterance | null = null;
  let paused = false;
  let autoEnd = options.autoEnd ?? true;
  let voices = options.voicesLoadLater ? [] : options.voices.map((v) => new FakeVoice(v.name, v.lang));

  const control: FakeSpeechControl = {
    spoken: [],
    cancels: 0,
    speaking: () => current !== null,
    setAutoEnd(on) {
      autoEnd = on;
      if (on && current) finish(current);
    },
    finishCurrent() {
      if (current) finish(current);
    },
  };

  function finish(utterance: FakeUtterance) {
    if (current !== utterance) return;
    current = null;
    utterance.fire('end');
    next();
  }

  function next() {
    if (current || paused) return;
    const utterance = queue.shift();
    if (!utterance) return;
    current = utterance;
    control.spoken.push({
      text: utterance.text,
      lang: utterance.lang,
      voice: utterance.voice?.name ?? null,
      volume: utterance.volume,
    });
    utterance.fire('start');
    if (autoEnd) queueMicrotask(() => finish(utterance));
  }

  class FakeSynthesis extends EventTarget {
    onvoiceschanged: ((event: Event) => void) | null = null;
    get speaking() {
      return current !== null;
    }
    get pending() {
      return queue.length > 0;
    }
    get paused() {
      return paused;
    }
    getVoices() {
      return [...voices];
    }
    speak(utterance: FakeUtterance) {
      if (!(utterance instanceof FakeUtterance))
        throw new TypeError('speak() needs a SpeechSynthesisUtterance');
      queue.push(utterance);
      next();
    }
    cancel() {
      control.cancels += 1;
      const interrupted = current;
      const dropped = queue.splice(0);
      current = null;
      interrupted?.fire('error', 'interrupted');
      for (const utterance of dropped) utterance.fire('error', 'canceled');
    }
    pause() {
      if (paused) return;
      paused = true;
      current?.fire('pause');
    }
    resume() {
      if (!paused) return;
      paused = false;
      current?.fire('resume');
      next();
    }
  }

  const synthesis = new FakeSynthesis();
  if (options.voicesLoadLater) {
    queueMicrotask(() => {
      voices = options.voices.map((v) => new FakeVoice(v.name, v.lang));
      const event = new Event('voiceschanged');
      synthesis.onvoiceschanged?.(event);
      synthesis.dispatchEvent(event);
    });
  }
  // A page's `speechSynthesis` is a read-only accessor: define over it rather than assign.
  const define = (name: keyof FakeSpeechHost, value: unknown) =>
    Object.defineProperty(host, name, { value, configurable: true, writable: true });
  define('speechSynthesis', synthesis);
  define('SpeechSynthesisUtterance', FakeUtterance);
  define('__fakeSpeech', control);
  return control;
}
