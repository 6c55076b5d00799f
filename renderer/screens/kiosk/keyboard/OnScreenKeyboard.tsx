// The kiosk's on-screen keyboard: the visitor's language's letters (Shift for capitals; a Latin page where the
// language's letters are not Latin), digits and punctuation, space and delete; or a digit pad for numbers. Types
// at the caret of the form's focused text field (or its first one); a physical keyboard works as well. Keys keep
// the field's focus on touch and act on release (click).
import { type PointerEvent, useEffect, useRef, useState } from 'react';
import { useText } from '../kioskText.js';
import { deleteBackward, insertText } from './editText.js';
import { applyEdit, editOf, isTextField, type TextField } from './fieldEditing.js';
import { digitPad, hasCapitals, layoutFor } from './layouts.js';

interface OnScreenKeyboardProps {
  /** `digits`: the digit pad of number questions. */
  mode?: 'text' | 'digits';
}

/** A touch on a key must not move focus away from the field (its caret stays where it was). */
const keepFocus = (event: PointerEvent) => event.preventDefault();

export function OnScreenKeyboard({ mode = 'text' }: OnScreenKeyboardProps) {
  const { lang, request: t } = useText();
  const root = useRef<HTMLFieldSetElement>(null);
  const lastField = useRef<TextField | null>(null);
  const [shift, setShift] = useState(false);
  const [page, setPage] = useState<'letters' | 'latin' | 'symbols'>('letters');
  const layout = layoutFor(lang);

  // Remember the form's last focused text field: a key pressed with Tab and Enter has focus itself.
  useEffect(() => {
    const form = root.current?.closest('form');
    if (!form) return;
    const onFocus = (event: FocusEvent) => {
      if (event.target instanceof Element && isTextField(event.target)) lastField.current = event.target;
    };
    form.addEventListener('focusin', onFocus);
    return () => form.removeEventListener('focusin', onFocus);
  }, []);

  const target = (): TextField | null => {
    if (lastField.current?.isConnected) return lastField.current;
    const first = [...(root.current?.closest('form')?.querySelectorAll('input, textarea') ?? [])].find(
      isTextField,
    );
    return first ?? null;
  };

  const type = (text: string) => {
    const field = target();
    if (!field) return;
    applyEdit(field, insertText(editOf(field), text, field.maxLength >= 0 ? field.maxLength : undefined));
    setShift(false);
  };

  const erase = () => {
    const field = target();
    if (field) applyEdit(field, deleteBackward(editOf(field)));
  };

  const key = (char: string) => {
    const shown = shift && page !== 'symbols' ? char.toLocaleUpperCase(lang) : char;
    return (
      <button
        key={char}
        type="button"
        className="keyboard__key"
        lang={lang}
        onPointerDown={keepFocus}
        onClick={() => type(shown)}
      >
        {shown}
      </button>
    );
  };

  // Key rows keep the physical layout's left-to-right order in every language (Arabic's ض is top left).
  const rows = mode === 'digits' ? digitPad : (layout[page] ?? layout.letters);
  return (
    <fieldset ref={root} className={`keyboard keyboard--${mode}`}>
      <legend className="visually-hidden">{t('keyboard.label')}</legend>
      {rows.map((row) => (
        <div key={row.join('')} className="keyboard__row" dir="ltr">
          {row.map(key)}
        </div>
      ))}
      <div className="keyboard__row">
        {mode === 'text' && page !== 'symbols' && hasCapitals(rows, lang) && (
          <button
            type="button"
            className="keyboard__key keyboard__key--wide"
            aria-pressed={shift}
            onPointerDown={keepFocus}
            onClick={() => setShift((on) => !on)}
          >
            {t('keyboard.shift')}
          </button>
        )}
        {mode === 'text' && layout.latin && (
          <button
            type="button"
            className="keyboard__key keyboard__key--wide"
            onPointerDown={keepFocus}
            onClick={() => setPage((p) => (p === 'latin' ? 'letters' : 'latin'))}
          >
            {page === 'latin' ? t('keyboard.letters') : t('keyboard.latin')}
          </button>
        )}
        {mode === 'text' && (
          <button
            type="button"
            className="keyboard__key keyboard__key--wide"
            onPointerDown={keepFocus}
            onClick={() => setPage((p) => (p === 'symbols' ? 'letters' : 'symbols'))}
          >
            {page === 'symbols' ? t('keyboard.letters') : t('keyboard.symbols')}
          </button>
        )}
        {mode === 'text' && (
          <button
            type="button"
            className="keyboard__key keyboard__key--space"
            onPointerDown={keepFocus}
            onClick={() => type(' ')}
          >
            {t('keyboard.space')}
          </button>
        )}
        <button
          type="button"
          className="keyboard__key keyboard__key--wide"
          onPointerDown={keepFocus}
          onClick={erase}
        >
          <span aria-hidden="true">⌫ </span>
          {t('keyboard.backspace')}
        </button>
      </div>
    </fieldset>
  );
}
