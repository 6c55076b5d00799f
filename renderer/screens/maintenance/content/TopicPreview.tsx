// The topic as a kiosk shows it, in a kiosk-sized frame, in the site language picked here (untranslated words
// fall back to English visibly, as on the kiosk).
import { useState } from 'react';
import type { InfoGroup, InfoTopic } from '../../../../machines/contracts/info.js';
import { TopicDetails } from '../../kiosk/info/TopicDetails.js';
import { languageName, t } from './contentText.js';

interface Props {
  topic: InfoTopic;
  groups: readonly InfoGroup[];
  languages: readonly string[];
}

export function TopicPreview({ topic, groups, languages }: Props) {
  const [language, setLanguage] = useState(languages[0] ?? 'en');
  const canShow = Boolean(topic.texts.en?.title.trim());
  return (
    <section className="content-preview" aria-labelledby="topic-preview-heading">
      <h4 id="topic-preview-heading">{t('preview.heading')}</h4>
      <div className="field">
        <label className="field__label" htmlFor="topic-preview-language">
          {t('preview.language')}
        </label>
        <select
          id="topic-preview-language"
          className="select"
          value={language}
          onChange={(event) => setLanguage(event.target.value)}
        >
          {languages.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
      </div>
      <div className="kiosk-frame" lang={language} data-testid="topic-preview">
        {canShow ? (
          <TopicDetails topic={topic} groups={groups} language={language} headingLevel={2} />
        ) : (
          <p className="muted">{t('preview.needsTitle')}</p>
        )}
      </div>
    </section>
  );
}
