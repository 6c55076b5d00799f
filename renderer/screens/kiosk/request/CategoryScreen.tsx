// What is the problem about: the case store's services grouped, with a search box (typed on the on-screen
// keyboard, which opens when the box is touched); a plain message when nothing matches.
import { useState } from 'react';
import {
  type CaseRequestFlowContext,
  type CaseRequestFlowEvent,
  serviceDescription,
  serviceName,
  servicesByGroup,
} from '../../../../machines/caseRequestFlow.js';
import { OnScreenKeyboard } from '../keyboard/OnScreenKeyboard.js';
import { useText } from '../kioskText.js';
import { Screen } from '../Screen.js';
import { describedBy, ErrorSummary, FieldError, Local, problemsOf } from './requestText.js';

interface CategoryScreenProps {
  context: CaseRequestFlowContext;
  send: (event: CaseRequestFlowEvent) => void;
}

const SEARCH_ID = 'category-search';

export function CategoryScreen({ context, send }: CategoryScreenProps) {
  const { lang, request: t } = useText();
  const [typing, setTyping] = useState(context.query !== '');
  if (context.catalog === null) return null;
  const groups = servicesByGroup(context.catalog, lang, context.query);
  const found = groups.reduce((n, g) => n + g.services.length, 0);
  const query = context.query.trim();
  const problem = problemsOf(context.problems, 'serviceCode')[0];
  const search = (text: string) => send({ type: 'search.changed', query: text });
  return (
    <Screen
      title={t('category.title')}
      lead={t('category.lead')}
      onBack={() => send({ type: 'request.back' })}
    >
      <ErrorSummary problems={problem ? [problem] : []} fieldIdOf={() => SEARCH_ID} />
      <form className="request__search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={SEARCH_ID} className="field__label">
          {t('category.search')}
        </label>
        <p id={`${SEARCH_ID}-hint`} className="field__hint">
          {t('category.searchHint')}
        </p>
        <FieldError id={`${SEARCH_ID}-error`} problem={problem} />
        <input
          id={SEARCH_ID}
          type="text"
          className="field__input"
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          value={context.query}
          aria-describedby={describedBy(`${SEARCH_ID}-hint`, problem && `${SEARCH_ID}-error`)}
          onFocus={() => setTyping(true)}
          onChange={(event) => search(event.target.value)}
        />
        {query !== '' && (
          <button type="button" className="button button--secondary" onClick={() => search('')}>
            {t('category.clear')}
          </button>
        )}
        {typing && <OnScreenKeyboard />}
      </form>
      <p role="status" className="request__found">
        {query === ''
          ? ''
          : found === 0
            ? t('category.noMatch', { query })
            : t('category.found', { count: found })}
      </p>
      {groups.map((group, g) => (
        <section key={group.group} aria-labelledby={`group-${g}`}>
          <h2 id={`group-${g}`} className="screen__subtitle">
            <Local text={group.label} />
          </h2>
          <ul className="choices choices--services">
            {group.services.map((service, s) => {
              const id = `service-${g}-${s}`;
              const description = serviceDescription(service, lang);
              return (
                <li key={service.code}>
                  <button
                    type="button"
                    className="button button--choice"
                    aria-labelledby={`${id}-name`}
                    aria-describedby={description.text ? `${id}-hint` : undefined}
                    aria-current={service.code === context.serviceCode ? 'true' : undefined}
                    onClick={() => send({ type: 'category.chosen', serviceCode: service.code })}
                  >
                    <span id={`${id}-name`} className="button__name">
                      <Local text={serviceName(service, lang)} />
                    </span>
                    {description.text && (
                      <span id={`${id}-hint`} className="button__hint">
                        <Local text={description} />
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </Screen>
  );
}
