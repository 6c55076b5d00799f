// Find information: the topics grouped plainly in their published order, with a search box (typed on the
// on-screen keyboard, which opens when the box is touched); search results as one list, or what to try instead.
import { useState } from 'react';
import type { InfoTopic } from '../../../../machines/contracts/info.js';
import { groupName, topicText } from '../../../../machines/info/topicText.js';
import {
  type InfoFlowContext,
  type InfoFlowEvent,
  searchTopics,
  topicsByGroup,
} from '../../../../machines/infoFlow.js';
import { OnScreenKeyboard } from '../keyboard/OnScreenKeyboard.js';
import { useText } from '../kioskText.js';
import { Screen } from '../Screen.js';

interface BrowseScreenProps {
  context: InfoFlowContext;
  send: (event: InfoFlowEvent) => void;
}

const SEARCH_ID = 'info-search';

function TopicButtons({ topics, send }: { topics: readonly InfoTopic[]; send: BrowseScreenProps['send'] }) {
  const { lang } = useText();
  return (
    <ul className="choices choices--services">
      {topics.map((topic) => {
        const { text, language, fallback } = topicText(topic, lang);
        const id = `info-topic-${topic.id}`;
        return (
          <li key={topic.id}>
            <button
              type="button"
              className="button button--choice"
              aria-labelledby={`${id}-name`}
              aria-describedby={text.summary ? `${id}-hint` : undefined}
              data-testid={id}
              onClick={() => send({ type: 'info.topic', topicId: topic.id })}
            >
              <span id={`${id}-name`} className="button__name" lang={fallback ? language : undefined}>
                {text.title}
              </span>
              {text.summary && (
                <span id={`${id}-hint`} className="button__hint" lang={fallback ? language : undefined}>
                  {text.summary}
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export function BrowseScreen({ context, send }: BrowseScreenProps) {
  const { lang, info: t } = useText();
  const [typing, setTyping] = useState(context.query !== '');
  if (context.content === null) return null;
  const query = context.query.trim();
  const results = query === '' ? null : searchTopics(context.content, lang, query);
  const search = (text: string) => send({ type: 'info.search', query: text });
  return (
    <Screen title={t('browse.title')} lead={t('browse.lead')} onBack={() => send({ type: 'info.back' })}>
      <form className="request__search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={SEARCH_ID} className="field__label">
          {t('browse.search')}
        </label>
        <p id={`${SEARCH_ID}-hint`} className="field__hint">
          {t('browse.searchHint')}
        </p>
        <input
          id={SEARCH_ID}
          type="search"
          className="field__input"
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          value={context.query}
          aria-describedby={`${SEARCH_ID}-hint`}
          data-testid="info-search"
          onFocus={() => setTyping(true)}
          onChange={(event) => search(event.target.value)}
        />
        {query !== '' && (
          <button type="button" className="button button--secondary" onClick={() => search('')}>
            {t('browse.clear')}
          </button>
        )}
        {typing && <OnScreenKeyboard />}
      </form>
      <p role="status" className="request__found" data-testid="info-found">
        {results === null
          ? ''
          : results.length === 0
            ? t('browse.noMatch', { query })
            : t('browse.found', { count: results.length })}
      </p>
      {results !== null
        ? results.length > 0 && (
            <section aria-labelledby="info-results">
              <h2 id="info-results" className="screen__subtitle">
                {t('browse.results')}
              </h2>
              <TopicButtons topics={results} send={send} />
            </section>
          )
        : topicsByGroup(context.content).map(({ group, topics }) => {
            const name = groupName(group, lang);
            return (
              <section key={group.id} aria-labelledby={`info-group-${group.id}`}>
                <h2
                  id={`info-group-${group.id}`}
                  className="screen__subtitle"
                  lang={name.fallback ? name.language : undefined}
                >
                  {name.text}
                </h2>
                <TopicButtons topics={topics} send={send} />
              </section>
            );
          })}
    </Screen>
  );
}
