// Pure text edits of the on-screen keyboard: insert at the caret (replacing a selection), delete backward, and a
// language's composed change to the text before the caret, keeping within a field's maximum length.
import type { Replacement } from './composer.js';

export interface TextEdit {
  value: string;
  /** Selection start and end (equal: a caret). */
  start: number;
  end: number;
}

/** Inserts `text` at the caret or over the selection; nothing changes when it would pass `maxLength`. */
export function insertText(edit: TextEdit, text: string, maxLength?: number): TextEdit {
  const value = edit.value.slice(0, edit.start) + text + edit.value.slice(edit.end);
  if (maxLength !== undefined && maxLength >= 0 && value.length > maxLength) return edit;
  const caret = edit.start + text.length;
  return { value, start: caret, end: caret };
}

/** Deletes the selection, or the character (a whole code point) before the caret. */
export function deleteBackward(edit: TextEdit): TextEdit {
  if (edit.start !== edit.end) {
    return {
      value: edit.value.slice(0, edit.start) + edit.value.slice(edit.end),
      start: edit.start,
      end: edit.start,
    };
  }
  if (edit.start === 0) return edit;
  const before = Array.from(edit.value.slice(0, edit.start));
  before.pop();
  const head = before.join('');
  return { value: head + edit.value.slice(edit.end), start: head.length, end: head.length };
}

/**
 * Applies a composer's change to the text before the caret (a selection is deleted first); nothing changes when
 * it would pass `maxLength`.
 */
export function replaceBeforeCaret(edit: TextEdit, change: Replacement, maxLength?: number): TextEdit {
  const replaced = { value: edit.value, start: Math.max(0, edit.start - change.remove), end: edit.end };
  const next = insertText(replaced, change.insert, maxLength);
  return next === replaced ? edit : next;
}
