// Desk keyboard shortcuts: single letters (see ShortcutHelp), ignored while typing in a field or with modifiers.
import { useEffect, useRef } from 'react';

/** The desk's shortcut keys, in the order ShortcutHelp lists them. */
export const shortcutKeys = [
  'n',
  'r',
  'a',
  'x',
  'l',
  'p',
  't',
  'y',
  'o',
  'e',
  'w',
  'b',
  'k',
  'f',
  'c',
] as const;
export type ShortcutKey = (typeof shortcutKeys)[number];
export type DeskShortcuts = Record<ShortcutKey, () => void>;

/** True when a key press belongs to a form control (a select's type-ahead, a text field) rather than to us. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

const isShortcut = (key: string): key is ShortcutKey => (shortcutKeys as readonly string[]).includes(key);

export function useDeskShortcuts(handlers: DeskShortcuts): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (isTypingTarget(event.target)) return;
      const key = event.key.toLowerCase();
      if (!isShortcut(key)) return;
      event.preventDefault();
      latest.current[key]();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
