// How the City can contact the visitor (optional): a plain statement of how it is used, then first name, last
// name, phone and email; "Skip" gives none. Each wrong field says what to do.
import { useState } from 'react';
import {
  blankContact,
  type CaseRequestFlowContext,
  type CaseRequestFlowEvent,
  type ContactDraft,
  contactFields,
} from '../../../../machines/caseRequestFlow.js';
import { OnScreenKeyboard } from '../keyboard/OnScreenKeyboard.js';
import { useText } from '../kioskText.js';
import { Screen } from '../Screen.js';
import { Actions, describedBy, ErrorSummary, FieldError, problemsOf } from './requestText.js';

interface ContactScreenProps {
  context: CaseRequestFlowContext;
  send: (event: CaseRequestFlowEvent) => void;
}

const inputModes = { firstName: 'text', lastName: 'text', phone: 'tel', email: 'email' } as const;
const maxLengths = { firstName: 100, lastName: 100, phone: 24, email: 254 } as const;
const fieldId = (field: string) => `contact-${field.replace(/^contact\./, '')}`;

export function ContactScreen({ context, send }: ContactScreenProps) {
  const { request: t } = useText();
  const [draft, setDraft] = useState<ContactDraft>(context.contact ?? blankContact());
  const problems = problemsOf(context.problems, 'contact');
  return (
    <Screen title={t('contact.title')} lead={t('contact.lead')} onBack={() => send({ type: 'request.back' })}>
      <p className="notice notice--info" id="contact-use">
        {t('contact.use')}
      </p>
      <ErrorSummary problems={problems} fieldIdOf={fieldId} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send({ type: 'contact.given', contact: draft });
        }}
      >
        {contactFields.map((field) => {
          const id = fieldId(field);
          const problem = problems.find((p) => p.field === `contact.${field}`);
          return (
            <div key={field} className="field">
              <label htmlFor={id} className="field__label">
                {t(`contact.${field}`)}
              </label>
              <FieldError id={`${id}-error`} problem={problem} />
              {/* No autofill on a public kiosk: the browser must never offer one visitor's details to the next. */}
              <input
                id={id}
                type="text"
                inputMode={inputModes[field]}
                autoComplete="off"
                spellCheck={false}
                className="field__input"
                maxLength={maxLengths[field]}
                value={draft[field]}
                aria-invalid={problem ? true : undefined}
                aria-describedby={describedBy(problem && `${id}-error`)}
                onChange={(event) => setDraft((d) => ({ ...d, [field]: event.target.value }))}
              />
            </div>
          );
        })}
        <OnScreenKeyboard />
        <Actions>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => send({ type: 'contact.skipped' })}
          >
            {t('contact.skip')}
          </button>
        </Actions>
      </form>
    </Screen>
  );
}
