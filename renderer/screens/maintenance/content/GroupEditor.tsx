// Edits one group of the draft: its identifier (new groups only) and its name in English and each other site
// language (a cleared translation falls back to English on the kiosk).
import { type Dispatch, useEffect, useRef } from 'react';
import type { InfoGroup } from '../../../../machines/contracts/info.js';
import { groupLabel } from './ContentOverview.js';
import { languageName, t } from './contentText.js';
import { IdField, TextField } from './fields.js';
import { type DraftAction, type InfoDraft, isNewGroup } from './infoDraft.js';

interface Props {
  draft: InfoDraft;
  group: InfoGroup;
  languages: readonly string[];
  dispatch: Dispatch<DraftAction>;
  onRenamed: (newId: string) => void;
  onClose: () => void;
}

export function GroupEditor({ draft, group, languages, dispatch, onRenamed, onClose }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const groupId = group.id;
  const ordered = ['en', ...languages.filter((language) => language !== 'en')];
  return (
    <section className="sub-panel stack" aria-labelledby="group-editor-heading" data-testid="group-editor">
      <h3 id="group-editor-heading" ref={headingRef} tabIndex={-1}>
        {t('group.editorHeading', { name: groupLabel(group) })}
      </h3>
      {isNewGroup(draft, groupId) && (
        <IdField
          id="group-id"
          label={t('field.groupId')}
          hint={t('field.idHint')}
          value={groupId}
          taken={(id) => draft.groups.some((other) => other.id === id)}
          takenText={t('field.idTaken')}
          emptyText={t('field.idEmpty')}
          onRename={(newId) => {
            dispatch({ type: 'renameGroupId', groupId, newId });
            onRenamed(newId);
          }}
        />
      )}
      {ordered.map((language) => (
        <TextField
          key={language}
          id={`group-name-${language}`}
          label={t('field.groupName', { language: languageName(language) })}
          lang={language === 'en' ? undefined : language}
          value={group.texts[language]?.name ?? ''}
          onChange={(name) => dispatch({ type: 'editGroupName', groupId, language, name })}
        />
      ))}
      <button type="button" className="button" onClick={onClose}>
        {t('group.done')}
      </button>
    </section>
  );
}
