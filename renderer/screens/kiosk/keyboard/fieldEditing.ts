// Applies the on-screen keyboard's edits to a real text field, so React's controlled inputs see them as typing:
// the native value setter, then an `input` event, then the caret put back.
import type { TextEdit } from './editText.js';

export type TextField = HTMLInputElement | HTMLTextAreaElement;

/** Text inputs and textareas the keyboard can type into (not radios, checkboxes or selects). */
export function isTextField(element: Element | null): element is TextField {
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  return (
    element instanceof HTMLInputElement &&
    ['text', 'search', ''].includes(element.type) &&
    !element.readOnly &&
    !element.disabled
  );
}

export function editOf(field: TextField): TextEdit {
  const end = field.value.length;
  return { value: field.value, start: field.selectionStart ?? end, end: field.selectionEnd ?? end };
}

/** Sets the field's value as if typed (React's onChange runs) and moves its caret. */
export function applyEdit(field: TextField, edit: TextEdit): void {
  const prototype =
    field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, edit.value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.focus({ preventScroll: true });
  field.setSelectionRange(edit.start, edit.end);
}
