// Labelled form controls for the content editor: a text input, a text area, a list typed as text (commas or
// lines) that keeps what is being typed while handing the editor a clean list, and an identifier field.
import { useState } from 'react';

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  /** The language of the words typed in (set as `lang`), when not the page's English. */
  lang?: string;
}

function Label({ id, label, hint }: FieldProps) {
  return (
    <>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </>
  );
}

export function TextField(
  props: FieldProps & { value: string; onChange: (value: string) => void; type?: string },
) {
  const { id, hint, lang, value, onChange, type = 'text' } = props;
  return (
    <div className="field">
      <Label {...props} />
      <input
        id={id}
        className="input"
        type={type}
        lang={lang}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

export function TextAreaField(props: FieldProps & { value: string; onChange: (value: string) => void }) {
  const { id, hint, lang, value, onChange } = props;
  return (
    <div className="field">
      <Label {...props} />
      <textarea
        id={id}
        className="textarea"
        rows={3}
        lang={lang}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** Splits typed text into its non-empty, trimmed items. */
export function listOf(text: string, separator: ',' | '\n'): string[] {
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const sameItems = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

interface ListProps extends FieldProps {
  values: readonly string[];
  separator: ',' | '\n';
  onChange: (values: string[]) => void;
}

/** Shows what was typed while it still means the same list; otherwise (the list changed elsewhere) the list. */
export function ListField(props: ListProps) {
  const { id, hint, lang, values, separator, onChange } = props;
  const joined = values.join(separator === ',' ? ', ' : '\n');
  const [typed, setTyped] = useState(joined);
  const shown = sameItems(listOf(typed, separator), values) ? typed : joined;
  const change = (text: string) => {
    setTyped(text);
    onChange(listOf(text, separator));
  };
  return (
    <div className="field">
      <Label {...props} />
      {separator === '\n' ? (
        <textarea
          id={id}
          className="textarea"
          rows={3}
          lang={lang}
          value={shown}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => change(event.target.value)}
        />
      ) : (
        <input
          id={id}
          className="input"
          lang={lang}
          value={shown}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => change(event.target.value)}
        />
      )}
    </div>
  );
}

interface IdProps extends FieldProps {
  value: string;
  /** Whether another group or topic already has this id. */
  taken: (id: string) => boolean;
  takenText: string;
  emptyText: string;
  onRename: (id: string) => void;
}

/** An identifier typed freely; the item is renamed only to a free, non-empty id, otherwise the field says why. */
export function IdField(props: IdProps) {
  const { id, hint, value, taken, takenText, emptyText, onRename } = props;
  const [typed, setTyped] = useState(value);
  const problem = typed.trim() === '' ? emptyText : typed !== value && taken(typed) ? takenText : null;
  const change = (text: string) => {
    setTyped(text);
    if (text.trim() !== '' && text !== value && !taken(text)) onRename(text);
  };
  const describedBy = [hint && `${id}-hint`, problem && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={problem ? 'field field--error' : 'field'}>
      <Label {...props} />
      {problem && (
        <p className="field__error" id={`${id}-error`}>
          {problem}
        </p>
      )}
      <input
        id={id}
        className="input"
        value={typed}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => change(event.target.value)}
      />
    </div>
  );
}
