// The content of a service request, shared by the desk's form and the review list's Edit form: the service,
// its questions, where (here or an address) and the description with its count. Each field shows its problem.
import type { CaseCatalog, FieldProblem } from '../../../../machines/contracts/caseRequests.js';
import { DESCRIPTION_MAX } from '../../../../machines/contracts/caseRequests.js';
import { ChoiceGroup } from '../../../shared/ChoiceGroup.js';
import { describedBy, Field, type FieldNote } from '../../../shared/SelectField.js';
import { t } from '../deskText.js';
import { QuestionField } from './QuestionField.js';
import { ADDRESS_MAX, fieldId, questionsOf, type RequestDraft } from './requestDraft.js';
import { ServicePicker } from './ServicePicker.js';

interface Props {
  prefix: string;
  catalog: CaseCatalog;
  draft: RequestDraft;
  onChange: (draft: RequestDraft) => void;
  problems: readonly FieldProblem[];
  textOf: (problem: FieldProblem) => string;
}

/** The error line for `field` (its first problem), with the id its control names in aria-describedby. */
export function errorNoteFor(
  prefix: string,
  problems: readonly FieldProblem[],
  textOf: (problem: FieldProblem) => string,
  field: string,
): FieldNote | null {
  const problem = problems.find((p) => p.field === field);
  return problem ? { id: `${fieldId(prefix, field)}-error`, text: textOf(problem) } : null;
}

export function RequestFields({ prefix, catalog, draft, onChange, problems, textOf }: Props) {
  const errorFor = (field: string) => errorNoteFor(prefix, problems, textOf, field);
  const set = (change: Partial<RequestDraft>) => onChange({ ...draft, ...change });
  const questions = (catalog.definitions[draft.serviceCode]?.attributes ?? [])
    .slice()
    .sort((a, b) => a.order - b.order);
  const addressError = errorFor('location');
  const descriptionError = errorFor('description');
  const length = draft.description.length;
  return (
    <>
      <ServicePicker
        prefix={prefix}
        services={catalog.services}
        value={draft.serviceCode}
        onChange={(serviceCode) => set({ serviceCode })}
        error={errorFor('serviceCode')}
      />
      {questionsOf(catalog, draft.serviceCode).length > 0 && (
        <p className="muted">{t('request.questions')}</p>
      )}
      {questions.map((question) => (
        <QuestionField
          key={question.code}
          prefix={prefix}
          question={question}
          value={draft.answers[question.code]}
          onChange={(value) => set({ answers: { ...draft.answers, [question.code]: value } })}
          error={errorFor(`answers.${question.code}`)}
        />
      ))}
      <ChoiceGroup
        type="radio"
        name={`${prefix}-location`}
        legend={t('request.where')}
        options={[
          { value: 'here', label: t('request.where.here') },
          { value: 'address', label: t('request.where.address') },
        ]}
        selected={[draft.location]}
        onToggle={(location) => set({ location })}
      />
      {draft.location === 'address' && (
        <Field
          id={`${prefix}-address`}
          label={t('request.addressRequired')}
          hint={{ id: `${prefix}-address-hint`, text: t('request.addressHint') }}
          error={addressError}
        >
          <input
            id={`${prefix}-address`}
            className="input"
            type="text"
            autoComplete="off"
            maxLength={ADDRESS_MAX}
            aria-required="true"
            aria-invalid={addressError ? true : undefined}
            aria-describedby={describedBy(`${prefix}-address-hint`, addressError?.id)}
            value={draft.address}
            onChange={(e) => set({ address: e.target.value })}
          />
        </Field>
      )}
      <Field
        id={`${prefix}-description`}
        label={t('request.description')}
        hint={{ id: `${prefix}-description-hint`, text: t('request.descriptionHint') }}
        error={descriptionError}
      >
        <textarea
          id={`${prefix}-description`}
          className="textarea"
          rows={4}
          aria-invalid={descriptionError ? true : undefined}
          aria-describedby={describedBy(
            `${prefix}-description-hint`,
            `${prefix}-description-count`,
            descriptionError?.id,
          )}
          value={draft.description}
          onChange={(e) => set({ description: e.target.value })}
        />
      </Field>
      <p id={`${prefix}-description-count`} className="field__count">
        {t('request.descriptionCount', { count: length, max: DESCRIPTION_MAX })}
      </p>
    </>
  );
}
