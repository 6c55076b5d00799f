// Labelled staff-screen form fields: the field frame (label, hint, error line) and a <select> built on it.
import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';

/** One choice: its value and the text staff see. */
export interface SelectOption<V extends string = string> {
  value: V;
  label: string;
}

/** A line under the label (hint or error), with the id a control names in aria-describedby. */
export interface FieldNote {
  id: string;
  text: ReactNode;
}

export interface FieldProps {
  /** The control's id, which the label points at. */
  id: string;
  label: ReactNode;
  hint?: FieldNote;
  /** The error line, shown after the hint; null or absent when there is none. */
  error?: FieldNote | null;
  /** Marks the field `field--error`; by default, whether an error line is shown. */
  invalid?: boolean;
  children: ReactNode;
}

/** `<div class="field">` with its label, hint and error line, then the control given as children. */
export function Field({ id, label, hint, error, invalid = Boolean(error), children }: FieldProps) {
  return (
    <div className={invalid ? 'field field--error' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={hint.id} className="field__hint">
          {hint.text}
        </p>
      )}
      {error && (
        <p id={error.id} className="field__error">
          {error.text}
        </p>
      )}
      {children}
    </div>
  );
}

/** The given ids joined for aria-describedby, or undefined when none is set. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

type SelectAttributes = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'id' | 'className' | 'value' | 'onChange' | 'children'
>;

export interface SelectFieldProps extends Omit<FieldProps, 'children'>, SelectAttributes {
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** Text of a leading option whose value is "" (none, any, or "choose …"). */
  emptyOption?: string;
  ref?: Ref<HTMLSelectElement>;
}

/**
 * A labelled `<select class="select">`. Other select attributes (aria-invalid, aria-required, autoFocus …) pass
 * through; aria-describedby names any given one, then the hint, then the error line.
 */
export function SelectField({
  id,
  label,
  hint,
  error,
  invalid,
  value,
  onChange,
  options,
  emptyOption,
  'aria-describedby': describedByGiven,
  ...select
}: SelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} invalid={invalid}>
      <select
        id={id}
        className="select"
        {...select}
        aria-describedby={describedBy(describedByGiven, hint?.id, error?.id)}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {emptyOption !== undefined && <option value="">{emptyOption}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
