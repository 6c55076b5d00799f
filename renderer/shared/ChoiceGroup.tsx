// A fieldset of radio buttons or checkboxes under one legend, each input inside its own label.
import type { ReactNode } from 'react';
import type { SelectOption } from './SelectField.js';

interface Props<V extends string> {
  type: 'radio' | 'checkbox';
  legend: ReactNode;
  options: readonly SelectOption<V>[];
  /** The values that are checked (one at most for radios). */
  selected: readonly V[];
  onToggle: (value: V) => void;
  /** Input name; when set, each input also gets the value and the id `${name}-${value}`. */
  name?: string;
}

export function ChoiceGroup<V extends string>({ type, legend, options, selected, onToggle, name }: Props<V>) {
  return (
    <fieldset className="fieldset">
      <legend className="field__label">{legend}</legend>
      <div className={type === 'radio' ? 'radios' : 'checkboxes'}>
        {options.map((o) => (
          <label key={o.value} className={type}>
            <input
              id={name ? `${name}-${o.value}` : undefined}
              type={type}
              name={name}
              value={name ? o.value : undefined}
              checked={selected.includes(o.value)}
              onChange={() => onToggle(o.value)}
            />{' '}
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
