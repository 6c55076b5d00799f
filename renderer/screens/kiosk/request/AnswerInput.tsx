// The input for one question, by its datatype: text field (string), text area (text), number with a digit pad,
// date selects, big radio-style buttons (one choice) or checkbox-style buttons (several).

import { valueName } from '../../../../machines/caseRequestFlow.js';
import type { CaseAttribute } from '../../../../machines/contracts/caseRequests.js';
import { OnScreenKeyboard } from '../keyboard/OnScreenKeyboard.js';
import { useText } from '../kioskText.js';
import { DateAnswer } from './DateAnswer.js';
import { Local } from './requestText.js';

interface AnswerInputProps {
  attribute: CaseAttribute;
  /** The first input's id (the error summary links to it). */
  id: string;
  value: string | string[];
  onChange: (value: string | string[]) => void;
  year: number;
  /** The heading's id: the question is the field's label. */
  labelledBy: string;
  describedBy?: string;
  invalid: boolean;
}

export function AnswerInput(props: AnswerInputProps) {
  const { attribute, id, value, onChange, labelledBy, describedBy, invalid } = props;
  const { lang } = useText();
  const text = typeof value === 'string' ? value : '';
  const common = {
    id,
    'aria-labelledby': labelledBy,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    autoComplete: 'off',
    spellCheck: false,
  };
  switch (attribute.datatype) {
    case 'string':
      return (
        <>
          <input
            {...common}
            type="text"
            className="field__input"
            maxLength={200}
            value={text}
            onChange={(e) => onChange(e.target.value)}
          />
          <OnScreenKeyboard />
        </>
      );
    case 'text':
      return (
        <>
          <textarea
            {...common}
            className="field__textarea"
            rows={4}
            maxLength={1000}
            value={text}
            onChange={(e) => onChange(e.target.value)}
          />
          <OnScreenKeyboard />
        </>
      );
    case 'number':
      return (
        <>
          <input
            {...common}
            type="text"
            inputMode="decimal"
            className="field__input field__input--number"
            maxLength={20}
            value={text}
            onChange={(e) => onChange(e.target.value)}
          />
          <OnScreenKeyboard mode="digits" />
        </>
      );
    case 'datetime':
      return (
        <DateAnswer
          id={id}
          value={text}
          year={props.year}
          onChange={onChange}
          labelledBy={labelledBy}
          describedBy={describedBy}
        />
      );
    case 'singlevaluelist':
    case 'multivaluelist': {
      const multiple = attribute.datatype === 'multivaluelist';
      const chosen = Array.isArray(value) ? value : value === '' ? [] : [value];
      return (
        <fieldset className="choice-answer" aria-labelledby={labelledBy} aria-describedby={describedBy}>
          <ul className="choices">
            {attribute.values.map((option, index) => {
              const checked = chosen.includes(option.key);
              return (
                <li key={option.key}>
                  <label className="choice-answer__option">
                    <input
                      id={index === 0 ? id : `${id}-${index}`}
                      type={multiple ? 'checkbox' : 'radio'}
                      name={id}
                      className="choice-answer__input"
                      checked={checked}
                      onChange={() => {
                        if (!multiple) onChange(option.key);
                        else
                          onChange(
                            checked ? chosen.filter((k) => k !== option.key) : [...chosen, option.key],
                          );
                      }}
                    />
                    <span className="choice-answer__label">
                      <Local text={valueName(option, lang)} />
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      );
    }
  }
}
