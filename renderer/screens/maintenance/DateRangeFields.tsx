// The from and to date inputs of a report form, with the range error above them (service levels, information
// visits). The caller validates the range and says whether it is in error.
import { Field } from '../../shared/SelectField.js';

interface Props<T extends { from: string; to: string }> {
  /** Ids are `<idPrefix>-from`, `<idPrefix>-to` and `<idPrefix>-range-error`. */
  idPrefix: string;
  labels: { from: string; to: string; error: string };
  draft: T;
  onChange: (draft: T) => void;
  rangeError: boolean;
}

export function DateRangeFields<T extends { from: string; to: string }>({
  idPrefix,
  labels,
  draft,
  onChange,
  rangeError,
}: Props<T>) {
  const errorId = `${idPrefix}-range-error`;
  const dateProps = {
    className: 'input',
    type: 'date',
    required: true,
    'aria-invalid': rangeError ? true : undefined,
    'aria-describedby': rangeError ? errorId : undefined,
  };
  return (
    <>
      {rangeError && (
        <p id={errorId} className="field__error" role="alert">
          {labels.error}
        </p>
      )}
      <Field id={`${idPrefix}-from`} label={labels.from} invalid={rangeError}>
        <input
          id={`${idPrefix}-from`}
          {...dateProps}
          value={draft.from}
          onChange={(e) => onChange({ ...draft, from: e.target.value })}
        />
      </Field>
      <Field id={`${idPrefix}-to`} label={labels.to} invalid={rangeError}>
        <input
          id={`${idPrefix}-to`}
          {...dateProps}
          value={draft.to}
          onChange={(e) => onChange({ ...draft, to: e.target.value })}
        />
      </Field>
    </>
  );
}
