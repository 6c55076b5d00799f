// One of a service's questions as a form control by its Open311 datatype: a line of text, a paragraph, a number,
// a date, one choice (select) or several (checkboxes); required ones say so; informational lines are just text.
import type { CaseAttribute } from '../../../../machines/contracts/caseRequests.js';
import { describedBy, Field, type FieldNote } from '../../../shared/SelectField.js';
import { t } from '../deskText.js';

interface Props {
  prefix: string;
  question: CaseAttribute;
  value: string | string[] | undefined;
  onChange: (value: string | string[]) => void;
  error: FieldNote | null;
}

export function QuestionField({ prefix, question, value, onChange, error }: Props) {
  const id = `${prefix}-answer-${question.code}`;
  if (!question.variable) return <p className="field__hint">{question.description}</p>;
  const label = question.required
    ? t('request.requiredLabel', { label: question.description })
    : question.description;
  const hint = question.datatypeDescription
    ? { id: `${id}-hint`, text: question.datatypeDescription }
    : undefined;
  const text = typeof value === 'string' ? value : '';
  const common = {
    id,
    'aria-required': question.required ? true : undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hint?.id, error?.id),
  };
  if (question.datatype === 'multivaluelist') {
    const chosen = Array.isArray(value) ? value : [];
    const toggle = (key: string) =>
      onChange(chosen.includes(key) ? chosen.filter((k) => k !== key) : [...chosen, key]);
    return (
      <fieldset
        className={error ? 'fieldset field field--error' : 'fieldset field'}
        aria-describedby={describedBy(hint?.id, error?.id)}
      >
        <legend className="field__label">{label}</legend>
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
        <div className="checkboxes">
          {question.values.map((option, index) => (
            <label key={option.key} className="checkbox">
              <input
                id={index === 0 ? id : `${id}-${index}`}
                type="checkbox"
                checked={chosen.includes(option.key)}
                onChange={() => toggle(option.key)}
              />{' '}
              {option.name}
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {question.datatype === 'singlevaluelist' ? (
        <select {...common} className="select" value={text} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('request.choose')}</option>
          {question.values.map((option) => (
            <option key={option.key} value={option.key}>
              {option.name}
            </option>
          ))}
        </select>
      ) : question.datatype === 'text' ? (
        <textarea
          {...common}
          className="textarea"
          rows={3}
          maxLength={1000}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          {...common}
          className="input"
          type={question.datatype === 'datetime' ? 'date' : 'text'}
          inputMode={question.datatype === 'number' ? 'decimal' : undefined}
          autoComplete="off"
          maxLength={question.datatype === 'string' ? 200 : 40}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
