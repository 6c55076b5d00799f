// The kiosk's on-screen keyboard: the visitor's language's letters (Shift for capitals, or for more letters where
// the script has none; a Latin page where the language's letters are not Latin; Japanese's katakana page),
// digits and punctuation, space and delete; or a digit pad for numbers. Keys that compose (Vietnamese tones,
// Hangul jamo, kana voicing marks) change the text before the caret through the language's composer. Types at
// the caret of the form's focused text field (or its first one); a physical keyboard works as well. Keys keep
// the field's focus on touch and act on release (click).
import { type PointerEvent, useEffect, useRef, useState } from 'react';
import { useText } from '../kioskText.js';
import { deleteBackward, insertText, replaceBeforeCaret } from './editText.js';
import { applyEdit, editOf, isTextField, type TextField } from './fieldEditing.js';
import { digitPad, hasCapitals, isCombining, keyFace, layoutFor } from './layouts.js';

interface OnScreenKeyboardProps {
  /** `digits`: the digit pad of number questions. */
  mode?: 'text' | 'digits';
}

/** A touch on a key must not move focus away from the field (its caret stays where it was). */
const keepFocus = (event: PointerEvent) => event.preventDefault();

export function OnScreenKeyboard({ mode = 'text' }: OnScreenKeyboardProps) {
  const { lang, request: t, t: kiosk } = useText();
  const root = useRef<HTMLFieldSetElement>(null);
  const lastField = useRef<TextField | null>(null);
  const [shift, setShift] = useState(false);
  const [page, setPage] = useState<'letters' | 'alternate' | 'latin' | 'symbols'>('letters');
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

  // The language's composer works on its own letters only (not on Latin, symbols or the digit pad).
  const composer = mode === 'digits' || page === 'latin' || page === 'symbols' ? undefined : layout.composer;

  const type = (text: string) => {
    const field = target();
    if (!field) return;
    const edit = editOf(field);
    const maxLength = field.maxLength >= 0 ? field.maxLength : undefined;
    applyEdit(
      field,
      composer
        ? replaceBeforeCaret(edit, composer.type(edit.value.slice(0, edit.start), text), maxLength)
        : insertText(edit, text, maxLength),
    );
    setShift(false);
  };

  const erase = () => {
    const field = target();
    if (!field) return;
    const edit = editOf(field);
    const change = edit.start === edit.end ? composer?.erase?.(edit.value.slice(0, edit.start)) : null;
    applyEdit(field, change ? replaceBeforeCaret(edit, change) : deleteBackward(edit));
  };

  const shiftedRows = page === 'letters' ? layout.shifted : undefined;
  const key = (char: string) => {
    const shown = shift && !shiftedRows && page !== 'symbols' ? char.toLocaleUpperCase(lang) : char;
    const name = layout.named?.[char];
    return (
      <button
        key={char}
        type="button"
        className="keyboard__key"
        lang={lang}
        aria-label={
          name ? kiosk(name) : isCombining(char) ? kiosk('keyboard.combining', { sign: char }) : undefined
        }
        onPointerDown={keepFocus}
        onClick={() => type(shown)}
      >
        {keyFace(shown)}
      </button>
    );
  };

  // Key rows keep the physical layout's left-to-right order in every language (Arabic's ض is top left).
  const rows =
    mode === 'digits'
      ? digitPad
      : shift && shiftedRows
        ? shiftedRows
        : page === 'alternate'
          ? (layout.alternate?.rows ?? layout.letters)
          : (layout[page] ?? layout.letters);
  return (
    <fieldset ref={root} className={`keyboard keyboard--${mode}`}>
      <legend className="visually-hidden">{t('keyboard.label')}</legend>
      {rows.map((row) => (
        <div key={row.join('')} className="keyboard__row" dir="ltr">
          {row.map(key)}
        </div>
      ))}
      <div className="keyboard__row">
        {mode === 'text' && page !== 'symbols' && (shiftedRows || hasCapitals(rows, lang)) && (
          <button
            type="button"
            className="keyboard__key keyboard__key--wide"
            aria-pressed={shift}
            onPointerDown={keepFocus}
            onClick={() => setShift((on) => !on)}
          >
            {shiftedRows ? kiosk('keyboard.moreLetters') : t('keyboard.shift')}
          </button>
        )}
        {mode === 'text' && layout.alternate && (
          <button
            type="button"
            className="keyboard__key keyboard__key--wide"
            onPointerDown={keepFocus}
            onClick={() => setPage((p) => (p === 'alternate' ? 'letters' : 'alternate'))}
          >
            {kiosk(page === 'alternate' ? layout.alternate.lettersName : layout.alternate.name)}
          </button>
        )}
        {mode === 'text' && layout.latin && (
          <button
            type="button"
            className="keyboard__key keyboard__key--wide"
            onPointerDown={keepFocus}
            onClick={() => {
              setShift(false);
              setPage((p) => (p === 'latin' ? 'letters' : 'latin'));
            }}
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
