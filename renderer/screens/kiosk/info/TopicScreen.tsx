// One information topic per screen: the topic as TopicDetails shows it, then Print this (the primary action),
// Talk to someone (when a desk service exists), Back to topics and Done. Focus moves to the topic's title.
import { useEffect, useRef } from 'react';
import type { InfoGroup, InfoTopic } from '../../../../machines/contracts/info.js';
import type { SiteConfig } from '../../../../machines/contracts/site.js';
import type { InfoFlowEvent } from '../../../../machines/infoFlow.js';
import { useText } from '../kioskText.js';
import { DoneButton, TalkButton } from './TalkButton.js';
import { TopicDetails } from './TopicDetails.js';

interface TopicScreenProps {
  topic: InfoTopic;
  groups: readonly InfoGroup[];
  site: SiteConfig;
  send: (event: InfoFlowEvent) => void;
}

export function TopicScreen({ topic, groups, site, send }: TopicScreenProps) {
  const { lang, info: t } = useText();
  const root = useRef<HTMLElement>(null);
  // A new topic moves focus to its title, so screen readers announce it.
  useEffect(() => {
    root.current?.querySelector<HTMLElement>('h1')?.focus();
  }, []);
  return (
    <section ref={root} className="screen screen--topic" aria-labelledby={`topic-${topic.id}-title`}>
      <button
        type="button"
        className="button button--back"
        data-testid="info-back"
        onClick={() => send({ type: 'info.back' })}
      >
        <span aria-hidden="true" className="button__arrow">
          ←
        </span>{' '}
        {t('topic.backToTopics')}
      </button>
      <TopicDetails topic={topic} groups={groups} language={lang} />
      <div className="topic__actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="info-print"
          onClick={() => send({ type: 'info.print' })}
        >
          {t('topic.print')}
        </button>
        <TalkButton topic={topic} site={site} send={send} />
        <DoneButton send={send} />
      </div>
    </section>
  );
}
