// The visitor's optional contact details at the desk, with the plain statement of how the city uses them.
import type { FieldProblem } from '../../../../machines/contracts/caseRequests.js';
import { describedBy, Field } from '../../../shared/SelectField.js';
import { t } from '../deskText.js';
import { errorNoteFor } from './RequestFields.js';
import { type ContactDraft, type ContactField, contactFields } from './requestDraft.js';

interface Props {
  prefix: string;
  contact: ContactDraft;
  onChange: (contact: ContactDraft) => void;
  problems: readonly FieldProblem[];
  textOf: (problem: FieldProblem) => string;
}

const inputs: Record<ContactField, { type: string; autoComplete: string; maxLength: number }> = {
  firstName: { type: 'text', autoComplete: 'off', maxLength: 100 },
  lastName: { type: 'text', autoComplete: 'off', maxLength: 100 },
  email: { type: 'email', autoComplete: 'off', maxLength: 254 },
  phone: { type: 'tel', autoComplete: 'off', maxLength: 24 },
};

export function ContactFields({ prefix, contact, onChange, problems, textOf }: Props) {
  return (
    <fieldset className="fieldset stack">
      <legend className="field__label">{t('request.contact')}</legend>
      <p id={`${prefix}-contact-hint`} className="field__hint">
        {t('request.contactHint')}
      </p>
      {contactFields.map((field) => {
        const id = `${prefix}-contact-${field}`;
        const error = errorNoteFor(prefix, problems, textOf, `contact.${field}`);
        return (
          <Field key={field} id={id} label={t(`request.contact.${field}`)} error={error}>
            <input
              id={id}
              className="input"
              {...inputs[field]}
              spellCheck={false}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(`${prefix}-contact-hint`, error?.id)}
              value={contact[field]}
              onChange={(e) => onChange({ ...contact, [field]: e.target.value })}
            />
          </Field>
        );
      })}
    </fieldset>
  );
}
