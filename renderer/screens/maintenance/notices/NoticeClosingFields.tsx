// "Stop issuing tickets early": which services stop, and from when on the site's clock.
import type { ServiceConfig } from '../../../../machines/contracts/site.js';
import { describedBy, Field } from '../../../shared/SelectField.js';
import { fieldIds, type NoticeDraft } from './noticeDraft.js';
import { t } from './noticesText.js';

interface Props {
  draft: NoticeDraft;
  onChange: (draft: NoticeDraft) => void;
  services: readonly Pick<ServiceConfig, 'id' | 'name'>[];
  timeZone: string;
  problemOf: (fieldId: string) => string | undefined;
}

export function NoticeClosingFields({ draft, onChange, services, timeZone, problemOf }: Props) {
  const servicesError = problemOf(fieldIds.closingServices);
  const fromError = problemOf(fieldIds.closingFrom);
  const toggle = (id: string) =>
    onChange({
      ...draft,
      closingServiceIds: draft.closingServiceIds.includes(id)
        ? draft.closingServiceIds.filter((s) => s !== id)
        : [...draft.closingServiceIds, id],
    });
  return (
    <div>
      <label className="checkbox">
        <input
          id="notice-closing"
          type="checkbox"
          checked={draft.closing}
          aria-describedby="notice-closing-hint"
          onChange={(e) =>
            onChange({
              ...draft,
              closing: e.target.checked,
              closingFrom: draft.closingFrom === '' ? draft.startsAt : draft.closingFrom,
            })
          }
        />
        {t('form.closing')}
      </label>
      <p id="notice-closing-hint" className="field__hint">
        {t('form.closingHint')}
      </p>
      {draft.closing && (
        <>
          <fieldset
            className={servicesError ? 'fieldset field field--error' : 'fieldset field'}
            aria-describedby={servicesError ? 'notice-closing-services-error' : undefined}
          >
            <legend className="field__label">{t('form.closingServices')}</legend>
            {servicesError && (
              <p id="notice-closing-services-error" className="field__error">
                {servicesError}
              </p>
            )}
            <div className="checkboxes">
              {services.map((service, index) => (
                <label key={service.id} className="checkbox">
                  <input
                    id={index === 0 ? fieldIds.closingServices : `${fieldIds.closingServices}-${service.id}`}
                    type="checkbox"
                    checked={draft.closingServiceIds.includes(service.id)}
                    onChange={() => toggle(service.id)}
                  />
                  {service.name}
                </label>
              ))}
            </div>
          </fieldset>
          <Field
            id={fieldIds.closingFrom}
            label={t('form.closingFrom')}
            hint={{ id: 'notice-closing-from-hint', text: t('form.timeHint', { timeZone }) }}
            error={fromError ? { id: 'notice-closing-from-error', text: fromError } : null}
          >
            <input
              id={fieldIds.closingFrom}
              className="input"
              type="datetime-local"
              aria-invalid={fromError ? true : undefined}
              aria-describedby={describedBy(
                'notice-closing-from-hint',
                fromError && 'notice-closing-from-error',
              )}
              value={draft.closingFrom}
              onChange={(e) => onChange({ ...draft, closingFrom: e.target.value })}
            />
          </Field>
        </>
      )}
    </div>
  );
}
