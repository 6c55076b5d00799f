// Desk keyboard shortcuts (N call next, R recall, X no-show, O outcome), ignored while typing or with modifiers.
import { useEffect, useRef } from 'react';

export interface DeskShortcuts {
  n: () => void;
  r: () => void;
  x: () => void;
  o: () => void;
}

/** True when a key press belongs to a form control (a select's type-ahead, a text field) rather than to us. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

export function useDeskShortcuts(handlers: DeskShortcuts): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (isTypingTarget(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'n' || key === 'r' || key === 'x' || key === 'o') {
        event.preventDefault();
        latest.current[key]();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
