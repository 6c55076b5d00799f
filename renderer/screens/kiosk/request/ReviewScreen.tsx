// Check your request: every answer with "Change" (which returns here), then "Send my request". A refusal the
// agent could not pin on a field shows above the summary.
import { Fragment, type ReactNode } from 'react';
import {
  type CaseRequestFlowContext,
  type CaseRequestFlowEvent,
  contactFields,
  questionPages,
  questionText,
  serviceName,
} from '../../../../machines/caseRequestFlow.js';
import { useText } from '../kioskText.js';
import { Screen } from '../Screen.js';
import { answerText } from './answerText.js';
import { ErrorSummary, Local } from './requestText.js';

interface ReviewScreenProps {
  context: CaseRequestFlowContext;
  /** The site's name ("At or near …"). */
  placeName: string;
  send: (event: CaseRequestFlowEvent) => void;
}

type Change = Extract<CaseRequestFlowEvent, { type: 'review.change' }>['step'];

interface Row {
  key: string;
  label: ReactNode;
  /** The label as plain text, for the Change button's name ("Change Where"). */
  name: string;
  value: ReactNode;
  change: Change;
}

export function ReviewScreen({ context, placeName, send }: ReviewScreenProps) {
  const { lang, request: t } = useText();
  const service = context.catalog?.services.find((s) => s.code === context.serviceCode);
  const notGiven = <span className="summary__none">{t('review.notGiven')}</span>;
  const rows: Row[] = [
    {
      key: 'service',
      label: t('review.service'),
      name: t('review.service'),
      value: service ? <Local text={serviceName(service, lang)} /> : notGiven,
      change: { kind: 'category' },
    },
  ];
  questionPages(context.catalog, context.serviceCode).forEach((page, index) => {
    const attribute = page.attribute;
    if (attribute === null) return;
    const answer = answerText(attribute, context.answers[attribute.code], lang);
    rows.push({
      key: `answers.${attribute.code}`,
      label: <Local text={questionText(attribute, lang)} />,
      name: questionText(attribute, lang).text,
      value: answer ? (
        answer.map((part, i) => (
          <Fragment key={part.text}>
            {i > 0 && ', '}
            <Local text={part} />
          </Fragment>
        ))
      ) : (
        <span className="summary__none">{t('review.notAnswered')}</span>
      ),
      change: { kind: 'question', page: index },
    });
  });
  const { location, contact } = context;
  const contactText = contact
    ? contactFields
        .map((f) => contact[f].trim())
        .filter(Boolean)
        .join(', ')
    : '';
  rows.push(
    {
      key: 'location',
      label: t('review.location'),
      name: t('review.location'),
      value:
        location === null
          ? notGiven
          : location.kind === 'here'
            ? t('review.here', { place: placeName })
            : location.address,
      change: { kind: 'location' },
    },
    {
      key: 'description',
      label: t('review.description'),
      name: t('review.description'),
      value: context.description.trim() || notGiven,
      change: { kind: 'description' },
    },
    {
      key: 'contact',
      label: t('review.contact'),
      name: t('review.contact'),
      value: contactText || notGiven,
      change: { kind: 'contact' },
    },
  );
  return (
    <Screen title={t('review.title')} onBack={() => send({ type: 'request.back' })}>
      <ErrorSummary problems={context.problems} fieldIdOf={() => 'review-send'} />
      <dl className="summary summary--request">
        {rows.map((row) => (
          <div key={row.key} className="summary__row summary__row--change">
            <dt>{row.label}</dt>
            <dd className="summary__value">{row.value}</dd>
            <dd className="summary__action">
              <button
                type="button"
                className="button button--link"
                onClick={() => send({ type: 'review.change', step: row.change })}
              >
                {t('review.change')}
                <span className="visually-hidden"> {row.name}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <button
        id="review-send"
        type="button"
        className="button button--primary"
        onClick={() => send({ type: 'request.send' })}
      >
        {t('review.send')}
      </button>
    </Screen>
  );
}
