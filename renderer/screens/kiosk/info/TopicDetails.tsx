// One information topic as the kiosk shows it: title, what it is, where to go, hours, phone and web address,
// in the visitor's language or visibly in English. Presentational only (no buttons): the kiosk topic screen
// and the maintenance editor's preview both render it.
import type { InfoGroup, InfoTopic } from '../../../../machines/contracts/info.js';
import { openingHoursLines } from '../../../../machines/info/hoursText.js';
import { groupName, topicText } from '../../../../machines/info/topicText.js';
import { infoText } from './infoText.js';

interface TopicDetailsProps {
  topic: InfoTopic;
  groups: readonly InfoGroup[];
  language: string;
  /** Heading level of the title: 1 on the kiosk's own screen, 2 inside another page (the editor preview). */
  headingLevel?: 1 | 2;
}

export function TopicDetails({ topic, groups, language, headingLevel = 1 }: TopicDetailsProps) {
  const t = infoText(language);
  const { text, language: textLanguage, fallback } = topicText(topic, language);
  const group = groups.find((g) => g.id === topic.groupId);
  const groupLabel = group ? groupName(group, language) : null;
  const hoursLines = topic.hours ? openingHoursLines(topic.hours, language) : [];
  const hasPlace = text.placeName !== '' || text.addressLines.length > 0;
  const hasHours = hoursLines.length > 0 || text.hoursNote !== '';
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const SubHeading = headingLevel === 1 ? 'h2' : 'h3';
  const textLang = fallback ? textLanguage : undefined;
  return (
    <article className="topic" data-testid="topic-details" aria-labelledby={`topic-${topic.id}-title`}>
      {groupLabel && (
        <p className="topic__group" lang={groupLabel.fallback ? groupLabel.language : undefined}>
          {groupLabel.text}
        </p>
      )}
      <Heading id={`topic-${topic.id}-title`} className="topic__title" lang={textLang} tabIndex={-1}>
        {text.title}
      </Heading>
      {fallback && (
        <p className="topic__fallback" data-testid="topic-in-english">
          {t('topic.inEnglish')}
        </p>
      )}
      {text.summary !== '' && (
        <p className="topic__summary" lang={textLang}>
          {text.summary}
        </p>
      )}
      {hasPlace && (
        <section className="topic__fact">
          <SubHeading className="topic__label">{t('topic.where')}</SubHeading>
          <p lang={textLang}>
            {text.placeName !== '' && <span className="topic__line">{text.placeName}</span>}
            {text.addressLines.map((line) => (
              <span key={line} className="topic__line">
                {line}
              </span>
            ))}
          </p>
        </section>
      )}
      {hasHours && (
        <section className="topic__fact">
          <SubHeading className="topic__label">{t('topic.hours')}</SubHeading>
          <p>
            {hoursLines.map((line) => (
              <span key={line} className="topic__line">
                {line}
              </span>
            ))}
            {text.hoursNote !== '' && (
              <span className="topic__line" lang={textLang}>
                {text.hoursNote}
              </span>
            )}
          </p>
        </section>
      )}
      {topic.phone !== null && (
        <section className="topic__fact">
          <SubHeading className="topic__label">{t('topic.phone')}</SubHeading>
          <p className="topic__phone">{topic.phone}</p>
        </section>
      )}
      {topic.webUrl !== null && (
        <section className="topic__fact">
          <SubHeading className="topic__label">{t('topic.web')}</SubHeading>
          <p className="topic__web">{displayUrl(topic.webUrl)}</p>
        </section>
      )}
    </article>
  );
}

/** The address as people type it: no scheme, no trailing slash. */
function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
