// Tell us more: the description typed on the on-screen keyboard, with a live count of the characters left
// (optional, unless the service asks no questions).
import { useState } from 'react';
import {
  type CaseRequestFlowContext,
  type CaseRequestFlowEvent,
  questionsOf,
} from '../../../../machines/caseRequestFlow.js';
import { DESCRIPTION_MAX } from '../../../../machines/contracts/caseRequests.js';
import { OnScreenKeyboard } from '../keyboard/OnScreenKeyboard.js';
import { useText } from '../kioskText.js';
import { Screen } from '../Screen.js';
import { Actions, describedBy, ErrorSummary, FieldError, problemsOf } from './requestText.js';

interface DescriptionScreenProps {
  context: CaseRequestFlowContext;
  send: (event: CaseRequestFlowEvent) => void;
}

const FIELD_ID = 'description';

export function DescriptionScreen({ context, send }: DescriptionScreenProps) {
  const { request: t } = useText();
  const [text, setText] = useState(context.description);
  const required = questionsOf(context.catalog, context.serviceCode).length === 0;
  const problem = problemsOf(context.problems, 'description')[0];
  const left = DESCRIPTION_MAX - text.trim().length;
  return (
    <Screen
      title={t('description.title')}
      lead={required ? t('description.leadRequired') : t('description.lead')}
      onBack={() => send({ type: 'request.back' })}
    >
      <ErrorSummary problems={problem ? [problem] : []} fieldIdOf={() => FIELD_ID} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send({ type: 'description.given', description: text });
        }}
      >
        <label htmlFor={FIELD_ID} className="field__label">
          {t('description.label')}
        </label>
        <FieldError id={`${FIELD_ID}-error`} problem={problem} />
        <textarea
          id={FIELD_ID}
          className="field__textarea"
          rows={5}
          autoComplete="off"
          value={text}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy(problem && `${FIELD_ID}-error`, `${FIELD_ID}-count`)}
          onChange={(event) => setText(event.target.value)}
        />
        <p id={`${FIELD_ID}-count`} className={left < 0 ? 'field__count field__count--over' : 'field__count'}>
          {left < 0 ? t('description.over', { count: -left }) : t('description.left', { count: left })}
        </p>
        <OnScreenKeyboard />
        <Actions />
      </form>
    </Screen>
  );
}
