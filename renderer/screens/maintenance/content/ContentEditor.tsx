// The draft of the information topics and everything done to it: the translation summary, the overview with
// its actions, the topic or group editor, Publish, Import / export and the version history.
import { useReducer, useState } from 'react';
import type { InfoContent, InfoVersionSummary } from '../../../../machines/contracts/info.js';
import type { SiteConfig } from '../../../../machines/contracts/site.js';
import type { HubBridge } from '../../../bridge/hubBridge.js';
import { formatWhen } from '../maintenanceText.js';
import type { PanelMessage } from '../rowAction.js';
import { ContentOverview, type OverviewActions } from './ContentOverview.js';
import { languageName, t } from './contentText.js';
import { translationSummary } from './draftSummary.js';
import { GroupEditor } from './GroupEditor.js';
import { ImportExport } from './ImportExport.js';
import { draftOf, infoDraftReducer, nextGroupId, nextTopicId } from './infoDraft.js';
import { PublishForm } from './PublishForm.js';
import { TopicEditor } from './TopicEditor.js';
import { VersionHistory } from './VersionHistory.js';

interface Props {
  bridge: HubBridge;
  content: InfoContent;
  site: SiteConfig;
  /** Shows a status line (or an error) in the panel until the next one. */
  onMessage: (message: PanelMessage) => void;
  /** A new version was published (or restored): `text` says which; the panel loads it. */
  onChanged: (text: string) => void;
  onReload: () => void;
}

type Editing = { kind: 'topic' | 'group'; id: string; session: number } | null;

export function ContentEditor({ bridge, content, site, onMessage, onChanged, onReload }: Props) {
  const [draft, dispatch] = useReducer(infoDraftReducer, content, draftOf);
  const [editing, setEditing] = useState<Editing>(null);
  const languages = site.languages;
  const timeZone = site.site.timeZone;
  const edit = (kind: 'topic' | 'group', id: string) =>
    setEditing((e) => ({ kind, id, session: (e?.session ?? 0) + 1 }));
  const renamed = (id: string) => setEditing((e) => (e ? { ...e, id } : e));
  const actions: OverviewActions = {
    dispatch,
    edit,
    addTopic: (groupId) => {
      const topicId = nextTopicId(draft);
      dispatch({ type: 'addTopic', groupId, topicId });
      edit('topic', topicId);
    },
  };
  const addGroup = () => {
    const groupId = nextGroupId(draft);
    dispatch({ type: 'addGroup', groupId });
    edit('group', groupId);
  };
  const topic = editing?.kind === 'topic' ? draft.topics.find((t) => t.id === editing.id) : undefined;
  const group = editing?.kind === 'group' ? draft.groups.find((g) => g.id === editing.id) : undefined;
  const close = () => setEditing(null);

  return (
    <>
      <p data-testid="info-version">
        {content.version === 0
          ? t('version.starter')
          : t('version.published', {
              version: content.version,
              when: formatWhen(content.publishedAt, timeZone),
              who: content.publishedBy ?? '',
            })}
      </p>
      <h3 id="translation-summary-heading">{t('summary.heading')}</h3>
      <ul
        className="content-summary"
        aria-labelledby="translation-summary-heading"
        data-testid="translation-summary"
      >
        {translationSummary(draft.topics, languages).map(({ language, missing, outdated }) => (
          <li key={language} data-testid={`summary-${language}`}>
            <strong>{languageName(language)}:</strong> {t('summary.counts', { missing, outdated })}
          </li>
        ))}
      </ul>
      <h3 id="topics-overview-heading">{t('overview.heading', { topics: draft.topics.length })}</h3>
      <ContentOverview
        groups={draft.groups}
        topics={draft.topics}
        languages={languages}
        actions={actions}
        idPrefix="draft"
      />
      <button type="button" className="button button--small" onClick={addGroup}>
        {t('group.add')}
      </button>
      {topic && editing && (
        <TopicEditor
          key={editing.session}
          draft={draft}
          topic={topic}
          languages={languages}
          site={site}
          dispatch={dispatch}
          onRenamed={renamed}
          onClose={close}
        />
      )}
      {group && editing && (
        <GroupEditor
          key={editing.session}
          draft={draft}
          group={group}
          languages={languages}
          dispatch={dispatch}
          onRenamed={renamed}
          onClose={close}
        />
      )}
      <PublishForm
        bridge={bridge}
        draft={draft}
        onPublished={(summary) => onChanged(t('publish.done', { version: summary.version }))}
        onReload={onReload}
      />
      <ImportExport
        draft={draft}
        dispatch={(action) => {
          close();
          dispatch(action);
        }}
        onImported={(text) => onMessage({ text, error: false })}
      />
      <VersionHistory
        bridge={bridge}
        current={content.version}
        languages={languages}
        timeZone={timeZone}
        onRestored={(summary) => onChanged(restoredText(summary))}
        onConflict={() => onMessage({ text: t('history.conflict'), error: true })}
      />
    </>
  );
}

const restoredText = (summary: InfoVersionSummary) =>
  t('history.restored', { version: summary.version, from: summary.restoredFrom ?? summary.version });
