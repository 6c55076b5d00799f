// One of the service's questions (its informational lines first), checked when the visitor continues; optional
// questions have "Skip". A page with only notes ("Please note") just continues.
import { useId, useState } from 'react';
import {
  type CaseRequestFlowContext,
  type CaseRequestFlowEvent,
  currentPage,
  questionHint,
  questionPages,
  questionText,
} from '../../../../machines/caseRequestFlow.js';
import type { CaseAttribute } from '../../../../machines/contracts/caseRequests.js';
import { useText } from '../kioskText.js';
import { Screen } from '../Screen.js';
import { AnswerInput } from './AnswerInput.js';
import { Actions, describedBy, ErrorSummary, FieldError, Local, problemsOf } from './requestText.js';

interface QuestionScreenProps {
  context: CaseRequestFlowContext;
  send: (event: CaseRequestFlowEvent) => void;
}

function Notes({ notes }: { notes: readonly CaseAttribute[] }) {
  const { lang, request: t } = useText();
  if (notes.length === 0) return null;
  return (
    <aside className="notice notice--info" aria-label={t('question.note')}>
      {notes.map((note) => (
        <p key={note.code}>
          <Local text={questionText(note, lang)} />
        </p>
      ))}
    </aside>
  );
}

export function QuestionScreen({ context, send }: QuestionScreenProps) {
  const { lang, request: t } = useText();
  const titleId = useId();
  const page = currentPage(context);
  const attribute = page?.attribute ?? null;
  const stored = attribute ? context.answers[attribute.code] : undefined;
  const [value, setValue] = useState<string | string[]>(
    stored ?? (attribute?.datatype === 'multivaluelist' ? [] : ''),
  );
  const back = () => send({ type: 'request.back' });
  if (page === null) return null;
  if (attribute === null) {
    return (
      <Screen title={t('question.noteTitle')} onBack={back}>
        <Notes notes={page.notes} />
        <form
          onSubmit={(event) => {
            event.preventDefault();
            send({ type: 'note.read' });
          }}
        >
          <Actions />
        </form>
      </Screen>
    );
  }
  const questions = questionPages(context.catalog, context.serviceCode).filter((p) => p.attribute !== null);
  const current = questions.findIndex((p) => p.attribute?.code === attribute.code) + 1;
  const field = `answers.${attribute.code}`;
  const problem = problemsOf(context.problems, field)[0];
  const inputId = `answer-${attribute.code}`;
  const hint = questionHint(attribute, lang);
  const choice =
    attribute.datatype === 'singlevaluelist'
      ? t('question.chooseOne')
      : attribute.datatype === 'multivaluelist'
        ? t('question.chooseAll')
        : '';
  const progress = t('question.progress', { current, total: questions.length });
  return (
    <Screen
      title={<Local text={questionText(attribute, lang)} />}
      titleId={titleId}
      lead={attribute.required ? progress : `${progress} ${t('question.optional')}`}
      onBack={back}
    >
      <Notes notes={page.notes} />
      <ErrorSummary problems={problem ? [problem] : []} fieldIdOf={() => inputId} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send({ type: 'answer.given', value });
        }}
      >
        {(hint.text || choice) && (
          <p id={`${inputId}-hint`} className="field__hint">
            {hint.text ? <Local text={hint} /> : choice}
          </p>
        )}
        <FieldError id={`${inputId}-error`} problem={problem} />
        <AnswerInput
          attribute={attribute}
          id={inputId}
          value={value}
          onChange={setValue}
          year={context.startedYear}
          labelledBy={titleId}
          describedBy={describedBy((hint.text || choice) && `${inputId}-hint`, problem && `${inputId}-error`)}
          invalid={problem !== undefined}
        />
        <Actions>
          {!attribute.required && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => send({ type: 'answer.skipped' })}
            >
              {t('question.skip')}
            </button>
          )}
        </Actions>
      </form>
    </Screen>
  );
}
