// Runs the speech mode on the kiosk page: the speech machine over the browser's engine, the keypad commands
// (keyMap.ts), and what to say when the screen, the focus or a choice's state changes — read from the page
// (describeScreen.ts), so the guide says the screen's own words. Any key or touch interrupts speech first. The
// end of a visit (back on the welcome screen) switches the guide off and resets its volume.
import { useMachine } from '@xstate/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Translate } from '../../machines/i18n/translate.js';
import { type SpeechCommand, speechCommandFor } from '../../machines/speech/keyMap.js';
import { speechEngineActor, speechMachine } from '../../machines/speech/speechMachine.js';
import type { Utterance } from '../../machines/speech/utterance.js';
import { MAX_VOLUME } from '../../machines/speech/volume.js';
import { browserSpeechEngine } from './browserEngine.js';
import {
  changedLiveRegions,
  controlsIn,
  type DescriptionWords,
  describeFocus,
  describeRegion,
  textOf,
} from './describeScreen.js';
import type { SpeechMode } from './speechModeContext.js';

interface SpeechModeOptions {
  lang: string;
  /** The visitor's `kiosk` catalog. */
  t: Translate;
  /** The kiosk screen's name; coming back to `welcome` ends the visit. */
  screen: string;
  /** Whether the visitor has the audio guide on (the visit's `audio` mode, wiped with the visit). */
  audio: boolean;
  setAudio: (on: boolean) => void;
  onHelp: () => void;
}

/** Screens no visitor used: coming from them to welcome is not the end of a visit. */
const NO_VISIT = new Set(['welcome', 'loading', 'unavailable', 'closedByStaff']);

const isTextField = (element: Element | null) =>
  element instanceof HTMLTextAreaElement ||
  (element instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'submit'].includes(element.type)) ||
  (element instanceof HTMLElement && element.isContentEditable);

/** What the arrow keys move in: an open dialog, else the screen. */
function regionIn(root: HTMLElement): Element | null {
  return (
    root.querySelector('dialog[open]') ?? root.querySelector('main section') ?? root.querySelector('main')
  );
}

/** The speech mode, and the callback ref the kiosk's root element (its screen and dialogs) must carry. */
export interface KioskSpeech extends SpeechMode {
  rootRef: (element: HTMLElement | null) => void;
}

export function useSpeechMode({ lang, t, screen, audio, setAudio, onHelp }: SpeechModeOptions): KioskSpeech {
  // State, not a ref: the emergency screen has its own root element, and the listeners must move to it.
  const [kiosk, rootRef] = useState<HTMLElement | null>(null);
  const machine = useMemo(
    () => speechMachine.provide({ actors: { speak: speechEngineActor(browserSpeechEngine()) } }),
    [],
  );
  const [snapshot, send, actor] = useMachine(machine, { input: { language: lang } });
  const on = snapshot.matches('on');
  const words = useMemo<DescriptionWords>(
    () => ({
      lang,
      selected: t('common.selected'),
      position: (index, count) => t('speech.position', { index, count }),
    }),
    [lang, t],
  );
  const latest = useRef({ words, t, onHelp });
  latest.current = { words, t, onHelp };
  /** The help key's instructions wait for the help dialog, then follow its words. */
  const helpPending = useRef(false);
  const spokenDialog = useRef<Element | null>(null);

  const say = useCallback((utterances: Utterance[]) => send({ type: 'speech.say', utterances }), [send]);
  const keysHelp = useCallback(
    (): Utterance[] => [{ text: latest.current.t('speech.keys'), lang: latest.current.words.lang }],
    [],
  );

  const sayRegion = useCallback(
    (extra: Utterance[] = []) => {
      const region = kiosk && regionIn(kiosk);
      say([...extra, ...(region ? describeRegion(region, latest.current.words) : [])]);
    },
    [kiosk, say],
  );

  const latestAudio = useRef(audio);
  latestAudio.current = audio;
  const toggle = useCallback(() => setAudio(!latestAudio.current), [setAudio]);

  const latestScreen = useRef(screen);
  latestScreen.current = screen;
  // The guide follows the visit's audio mode: on, it says so, the keys, then the screen; off, it stops. An
  // emergency wipes the visit (and its modes) but the guide stays on to say the emergency message; the end of
  // the emergency ends the visit.
  useEffect(() => {
    if (!audio) {
      if (latestScreen.current !== 'emergency') send({ type: 'speech.disable' });
      return;
    }
    send({ type: 'speech.enable' });
    sayRegion([{ text: latest.current.t('speech.on'), lang: latest.current.words.lang }, ...keysHelp()]);
  }, [audio, send, sayRegion, keysHelp]);

  // Before the new screen's heading takes focus (its effect), so the switch does not cut the new screen short.
  useLayoutEffect(() => {
    send({ type: 'speech.language', language: lang });
  }, [send, lang]);

  // A layout effect: off before the welcome screen's heading takes focus, so the next visitor hears nothing.
  const previousScreen = useRef(screen);
  useLayoutEffect(() => {
    if (screen === 'welcome' && !NO_VISIT.has(previousScreen.current)) send({ type: 'visit.ended' });
    previousScreen.current = screen;
  }, [screen, send]);

  useEffect(() => {
    if (!on || !kiosk) return;

    /** Carries out a command; false leaves the key to the browser. */
    const run = (command: SpeechCommand, key: string): boolean => {
      const region = regionIn(kiosk);
      const focused = document.activeElement;
      const controls = region ? controlsIn(region) : [];
      const dialog = kiosk.querySelector('dialog[open]');
      switch (command) {
        case 'toggle':
          toggle();
          return true;
        case 'next':
        case 'previous': {
          const index = controls.indexOf(focused as HTMLElement);
          const step = command === 'next' ? 1 : -1;
          const from = index < 0 ? (step === 1 ? -1 : 0) : index;
          const target = controls[(from + step + controls.length) % controls.length];
          if (target) target.focus();
          else sayRegion();
          return true;
        }
        case 'activate':
          // A focused choice is pressed by the browser itself (Enter clicks a button).
          if (focused && controls.includes(focused as HTMLElement)) return false;
          controls[0]?.focus();
          return true;
        case 'back':
          // Escape closes a dialog by itself (its cancel event); Backspace does not.
          if (dialog && key === 'Escape') return false;
          if (dialog) dialog.dispatchEvent(new Event('cancel'));
          else kiosk.querySelector<HTMLButtonElement>('main .button--back')?.click();
          return true;
        case 'repeat':
          send({ type: 'speech.repeat' });
          return true;
        case 'help':
          if (dialog) {
            say(keysHelp());
          } else {
            helpPending.current = true;
            latest.current.onHelp();
          }
          return true;
        case 'volumeUp':
        case 'volumeDown': {
          send({ type: command === 'volumeUp' ? 'speech.volumeUp' : 'speech.volumeDown' });
          const level = actor.getSnapshot().context.volume;
          const text = latest.current.t('speech.volume', { level, max: MAX_VOLUME });
          send({ type: 'speech.notify', utterances: [{ text, lang: latest.current.words.lang }] });
          return true;
        }
      }
    };

    const onKey = (event: KeyboardEvent) => {
      send({ type: 'speech.input' });
      const command = speechCommandFor(event, {
        speechOn: true,
        inTextField: isTextField(document.activeElement),
      });
      if (command !== null && run(command, event.key)) event.preventDefault();
    };
    const onPointer = () => send({ type: 'speech.input' });
    const onFocus = (event: FocusEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const region = regionIn(kiosk);
      if (!target || !region) return;
      const dialog = target.closest('dialog');
      if (dialog && dialog !== spokenDialog.current) {
        spokenDialog.current = dialog;
        const help = helpPending.current ? keysHelp() : [];
        helpPending.current = false;
        return say([...describeRegion(dialog, latest.current.words), ...help]);
      }
      if (!dialog) spokenDialog.current = null;
      if (target.matches('h1')) return sayRegion();
      say(describeFocus(target, region, latest.current.words));
    };
    // A choice that changes state under focus (a toggle pressed) says its new state; a status or error that
    // appears or changes on the same screen (a field's error, a search's count) is said too.
    const observer = new MutationObserver((records) => {
      const focused = document.activeElement;
      const region = regionIn(kiosk);
      const stateChanged = records.some((r) => r.type === 'attributes' && r.target === focused);
      if (region && focused && stateChanged) return say(describeFocus(focused, region, latest.current.words));
      const news = changedLiveRegions(records).flatMap((live) => textOf(live, latest.current.words.lang));
      if (news.length > 0) send({ type: 'speech.notify', utterances: news });
    });
    observer.observe(kiosk, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-pressed', 'aria-checked', 'aria-current', 'aria-selected'],
    });
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer, true);
    kiosk.addEventListener('focusin', onFocus);
    return () => {
      observer.disconnect();
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer, true);
      kiosk.removeEventListener('focusin', onFocus);
    };
  }, [on, kiosk, send, say, sayRegion, toggle, keysHelp, actor]);

  // While the guide is off, only its own key acts.
  useEffect(() => {
    if (on) return;
    const onKey = (event: KeyboardEvent) => {
      if (speechCommandFor(event, { speechOn: false, inTextField: isTextField(document.activeElement) })) {
        event.preventDefault();
        toggle();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [on, toggle]);

  return useMemo(() => ({ on, toggle, rootRef }), [on, toggle]);
}
