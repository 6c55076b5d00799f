// Choosing the case store service: a search box that narrows the list as staff type (name, group, keywords)
// and picks the first match on Enter, and the list itself, grouped, for the arrow keys.
import { type KeyboardEvent, useState } from 'react';
import type { CaseService } from '../../../../machines/contracts/caseRequests.js';
import { describedBy, Field, type FieldNote } from '../../../shared/SelectField.js';
import { t } from '../deskText.js';
import { filterServices, groupServices } from './serviceSearch.js';

interface Props {
  prefix: string;
  services: readonly CaseService[];
  value: string;
  onChange: (serviceCode: string) => void;
  error: FieldNote | null;
}

export function ServicePicker({ prefix, services, value, onChange, error }: Props) {
  const [query, setQuery] = useState('');
  const matches = filterServices(services, query);
  const chosen = services.find((s) => s.code === value);
  const shown = chosen && !matches.includes(chosen) ? [chosen, ...matches] : matches;
  const searchId = `${prefix}-service-search`;
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const first = matches[0];
    if (first) onChange(first.code);
  };
  return (
    <div className="service-picker">
      <Field
        id={searchId}
        label={t('request.search')}
        hint={{ id: `${searchId}-hint`, text: t('request.searchHint') }}
      >
        <input
          id={searchId}
          className="input"
          type="search"
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          aria-describedby={`${searchId}-hint ${prefix}-service-count`}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKey}
        />
      </Field>
      <p id={`${prefix}-service-count`} className="field__count" aria-live="polite">
        {t('request.matches', { count: matches.length })}
      </p>
      <Field id={`${prefix}-service`} label={t('request.serviceRequired')} error={error}>
        <select
          id={`${prefix}-service`}
          className="select"
          aria-required="true"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(error?.id)}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="">{t('request.servicePlaceholder')}</option>
          {groupServices(shown).map(([group, list]) => (
            <optgroup key={group} label={group}>
              {list.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Field>
    </div>
  );
}
