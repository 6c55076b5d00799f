// Edits one topic of the draft: its identifier (new topics only), group, phone, web address, weekly hours and
// "Talk to someone" service, the English words, then each other site language's words with its state and
// "Mark as up to date"; the kiosk preview sits beside it.
import { type Dispatch, useEffect, useRef } from 'react';
import type { InfoTopic } from '../../../../machines/contracts/info.js';
import type { SiteConfig } from '../../../../machines/contracts/site.js';
import { translationState } from '../../../../machines/info/topicText.js';
import { groupLabel, StateBadge, topicLabel } from './ContentOverview.js';
import { languageName, t } from './contentText.js';
import { IdField, TextField } from './fields.js';
import { HoursFields } from './HoursFields.js';
import { type DraftAction, type InfoDraft, isNewTopic, type TopicFacts } from './infoDraft.js';
import { TopicPreview } from './TopicPreview.js';
import { TopicTextFields } from './TopicTextFields.js';

interface Props {
  draft: InfoDraft;
  topic: InfoTopic;
  languages: readonly string[];
  site: SiteConfig;
  dispatch: Dispatch<DraftAction>;
  onRenamed: (newId: string) => void;
  onClose: () => void;
}

export function TopicEditor({ draft, topic, languages, site, dispatch, onRenamed, onClose }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const topicId = topic.id;
  const edit = (facts: TopicFacts) => dispatch({ type: 'editTopic', topicId, facts });
  const others = languages.filter((language) => language !== 'en');
  const deskDefault = site.information.deskServiceId;
  const deskName = site.services.find((s) => s.id === deskDefault)?.name ?? t('topic.deskUnset');

  return (
    <section
      className="sub-panel content-editor"
      aria-labelledby="topic-editor-heading"
      data-testid="topic-editor"
    >
      <h3 id="topic-editor-heading" ref={headingRef} tabIndex={-1}>
        {t('topic.editorHeading', { title: topicLabel(topic) })}
      </h3>
      <div className="content-editor__columns">
        <div className="stack content-editor__form">
          {isNewTopic(draft, topicId) && (
            <IdField
              id="topic-id"
              label={t('field.topicId')}
              hint={t('field.idHint')}
              value={topicId}
              taken={(id) => draft.topics.some((other) => other.id === id)}
              takenText={t('field.idTaken')}
              emptyText={t('field.idEmpty')}
              onRename={(newId) => {
                dispatch({ type: 'renameTopicId', topicId, newId });
                onRenamed(newId);
              }}
            />
          )}
          <div className="field">
            <label className="field__label" htmlFor="topic-group">
              {t('field.group')}
            </label>
            <select
              id="topic-group"
              className="select"
              value={topic.groupId}
              onChange={(event) => edit({ groupId: event.target.value })}
            >
              {draft.groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {groupLabel(group)}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="fieldset stack">
            <legend className="field__label">{t('topic.englishLegend')}</legend>
            <TopicTextFields
              idPrefix="topic-en"
              language="en"
              text={topic.texts.en}
              onChange={(fields) => dispatch({ type: 'editText', topicId, language: 'en', fields })}
            />
          </fieldset>
          <TextField
            id="topic-phone"
            label={t('field.phone')}
            hint={t('field.phoneHint')}
            type="tel"
            value={topic.phone ?? ''}
            onChange={(phone) => edit({ phone: phone === '' ? null : phone })}
          />
          <TextField
            id="topic-web"
            label={t('field.webUrl')}
            hint={t('field.webUrlHint')}
            type="url"
            value={topic.webUrl ?? ''}
            onChange={(webUrl) => edit({ webUrl: webUrl === '' ? null : webUrl })}
          />
          <HoursFields
            idPrefix="topic-hours"
            hours={topic.hours}
            onSetHours={(hours) => dispatch({ type: 'setHours', topicId, hours })}
            onSetDay={(day, periods) => dispatch({ type: 'setDay', topicId, day, periods })}
          />
          <div className="field">
            <label className="field__label" htmlFor="topic-desk">
              {t('field.deskService')}
            </label>
            <p className="field__hint" id="topic-desk-hint">
              {t('field.deskServiceHint')}
            </p>
            <select
              id="topic-desk"
              className="select"
              aria-describedby="topic-desk-hint"
              value={topic.deskServiceId ?? ''}
              onChange={(event) =>
                edit({ deskServiceId: event.target.value === '' ? null : event.target.value })
              }
            >
              <option value="">{t('field.deskDefault', { name: deskName })}</option>
              {site.services.map((service) => (
                <option key={service.id} value={service.id}>
                  {service.name}
                </option>
              ))}
            </select>
          </div>
          {others.map((language) => {
            const state = translationState(topic, language);
            const name = languageName(language);
            return (
              <fieldset
                key={language}
                className="fieldset stack content-translation"
                data-testid={`translation-${language}`}
              >
                <legend className="field__label">
                  {t('topic.translationLegend', { language: name })}{' '}
                  <StateBadge language={language} state={state} />
                </legend>
                <p className="field__hint">{t(`topic.translationHint.${state}`)}</p>
                <TopicTextFields
                  idPrefix={`topic-${language}`}
                  language={language}
                  text={topic.texts[language]}
                  onChange={(fields) => dispatch({ type: 'editText', topicId, language, fields })}
                />
                {state === 'outdated' && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => dispatch({ type: 'markUpToDate', topicId, language })}
                  >
                    {t('topic.markUpToDate')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                )}
              </fieldset>
            );
          })}
          <button type="button" className="button" onClick={onClose}>
            {t('topic.done')}
          </button>
        </div>
        <TopicPreview topic={topic} groups={draft.groups} languages={languages} />
      </div>
    </section>
  );
}
