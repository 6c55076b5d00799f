// The speech mode's key map, in one place: which key of a USB numeric keypad or a keyboard does what. Pure.
//
// Why these keys: every standard numeric keypad has them, and most have a raised nib on 5. With Num Lock off
// the keypad's 8/2/4/6 are the arrows around 5; the `code` of a keypad key is the same with Num Lock on or off,
// so a key is recognised whichever way the keypad is set. A keyboard without a keypad has the arrows, Enter,
// Escape, Backspace and F1–F3, and its media volume keys.
//   ↑ ← (keypad 8, 4)   previous choice          ↓ → (keypad 6, 2)   next choice
//   Enter (keypad Enter) choose                  Escape, Backspace   back
//   keypad 5, F3         repeat                  keypad /, F1, Help  help (the keys, then the help dialog)
//   keypad +, Volume up  louder                  keypad −, Volume down  softer
//   keypad *, F2         audio guide on/off (the only key that acts while the guide is off)
// In a text field the keys that type or move the caret keep doing so; F1–F3, Escape and the media volume keys
// still act there.

export type SpeechCommand =
  | 'toggle'
  | 'previous'
  | 'next'
  | 'activate'
  | 'back'
  | 'repeat'
  | 'help'
  | 'volumeUp'
  | 'volumeDown';

/** The parts of a KeyboardEvent the map reads. */
export interface KeyPress {
  key: string;
  code: string;
}

interface Binding {
  command: SpeechCommand;
  /** `KeyboardEvent.code` values (keypad keys: the same code with Num Lock on or off). */
  codes?: readonly string[];
  /** `KeyboardEvent.key` values (what the key means, whatever its position). */
  keys?: readonly string[];
}

export const speechKeyBindings: readonly Binding[] = [
  { command: 'toggle', codes: ['NumpadMultiply'], keys: ['F2'] },
  { command: 'previous', codes: ['Numpad8', 'Numpad4'], keys: ['ArrowUp', 'ArrowLeft'] },
  { command: 'next', codes: ['Numpad2', 'Numpad6'], keys: ['ArrowDown', 'ArrowRight'] },
  { command: 'activate', keys: ['Enter'] },
  { command: 'back', keys: ['Escape', 'Backspace'] },
  { command: 'repeat', codes: ['Numpad5'], keys: ['F3'] },
  { command: 'help', codes: ['NumpadDivide'], keys: ['F1', 'Help'] },
  { command: 'volumeUp', codes: ['NumpadAdd'], keys: ['AudioVolumeUp'] },
  { command: 'volumeDown', codes: ['NumpadSubtract'], keys: ['AudioVolumeDown'] },
];

/** Keys that neither type nor move the caret: the only ones that act while a text field has focus. */
const nonTypingKeys = new Set(['F1', 'F2', 'F3', 'Help', 'Escape', 'AudioVolumeUp', 'AudioVolumeDown']);

/**
 * The command a key press means, or null. While the guide is off only `toggle` acts; in a text field only the
 * keys that do not type act.
 */
export function speechCommandFor(
  press: KeyPress,
  where: { speechOn: boolean; inTextField: boolean },
): SpeechCommand | null {
  if (where.inTextField && !nonTypingKeys.has(press.key)) return null;
  const binding = speechKeyBindings.find((b) => b.codes?.includes(press.code) || b.keys?.includes(press.key));
  if (!binding) return null;
  if (!where.speechOn && binding.command !== 'toggle') return null;
  return binding.command;
}
