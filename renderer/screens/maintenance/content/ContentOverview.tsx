// The overview of the information topics: groups in order, each a table of its topics with a translation
// badge per site language; with actions (edit, move, remove, add) for the draft, or read-only for a version.
import type { Dispatch } from 'react';
import type { InfoGroup, InfoTopic } from '../../../../machines/contracts/info.js';
import type { TranslationState } from '../../../../machines/info/topicText.js';
import { ConfirmAction } from '../ConfirmAction.js';
import { languageName, t } from './contentText.js';
import { groupOverview } from './draftSummary.js';
import type { DraftAction } from './infoDraft.js';

export interface OverviewActions {
  dispatch: Dispatch<DraftAction>;
  edit: (kind: 'topic' | 'group', id: string) => void;
  /** Adds a topic to the group and opens it in the editor. */
  addTopic: (groupId: string) => void;
}

interface Props {
  groups: readonly InfoGroup[];
  topics: readonly InfoTopic[];
  languages: readonly string[];
  /** null: read-only (a version from the history). */
  actions: OverviewActions | null;
  /** Prefix for ids and test ids, so two overviews can share a page. */
  idPrefix: string;
  /** Heading level of each group's name (h5 inside a version view that has its own h4). */
  groupHeading?: 'h4' | 'h5';
}

export const groupLabel = (group: InfoGroup) => group.texts.en?.name.trim() || t('overview.unnamedGroup');
export const topicLabel = (topic: InfoTopic) => topic.texts.en?.title.trim() || t('overview.untitledTopic');

export function StateBadge({ language, state }: { language: string; state: TranslationState }) {
  return (
    <span className={`badge badge--${state}`} data-testid={`state-${language}`} data-state={state}>
      {t(`state.${state}`)}
    </span>
  );
}

export function ContentOverview({ groups, topics, languages, actions, idPrefix, groupHeading }: Props) {
  const GroupHeading = groupHeading ?? 'h4';
  const overview = groupOverview(groups, topics, languages);
  return (
    <div className="content-overview">
      {overview.map(({ group, topics: rows }, groupIndex) => {
        const name = groupLabel(group);
        return (
          <div key={group.id} className="content-group" data-testid={`${idPrefix}-group-${group.id}`}>
            <GroupHeading id={`${idPrefix}-group-${group.id}-heading`}>{name}</GroupHeading>
            {actions && (
              <div className="button-row">
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => actions.edit('group', group.id)}
                >
                  {t('group.edit')}
                  <span className="visually-hidden"> {name}</span>
                </button>
                <MoveButtons
                  subject={name}
                  first={groupIndex === 0}
                  last={groupIndex === overview.length - 1}
                  onMove={(step) => actions.dispatch({ type: 'moveGroup', groupId: group.id, step })}
                />
                <ConfirmAction
                  label={t('group.remove')}
                  subject={name}
                  question={t('group.removeQuestion', { name, count: rows.length })}
                  confirmLabel={t('group.removeConfirm')}
                  busy={false}
                  onConfirm={() => actions.dispatch({ type: 'removeGroup', groupId: group.id })}
                />
              </div>
            )}
            {rows.length === 0 ? (
              <p className="muted">{t('overview.noTopics')}</p>
            ) : (
              <table className="table" aria-labelledby={`${idPrefix}-group-${group.id}-heading`}>
                <thead>
                  <tr>
                    <th scope="col">{t('overview.col.topic')}</th>
                    {languages.map((language) => (
                      <th key={language} scope="col">
                        {languageName(language)}
                      </th>
                    ))}
                    {actions && <th scope="col">{t('overview.col.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ topic, states }, index) => {
                    const title = topicLabel(topic);
                    return (
                      <tr key={topic.id} data-testid={`${idPrefix}-topic-${topic.id}`}>
                        <th scope="row">{title}</th>
                        {states.map(({ language, state }) => (
                          <td key={language}>
                            <StateBadge language={language} state={state} />
                          </td>
                        ))}
                        {actions && (
                          <td>
                            <button
                              type="button"
                              className="button button--small"
                              onClick={() => actions.edit('topic', topic.id)}
                            >
                              {t('topic.edit')}
                              <span className="visually-hidden"> {title}</span>
                            </button>
                            <MoveButtons
                              subject={title}
                              first={index === 0}
                              last={index === rows.length - 1}
                              onMove={(step) =>
                                actions.dispatch({ type: 'moveTopic', topicId: topic.id, step })
                              }
                            />
                            <ConfirmAction
                              label={t('topic.remove')}
                              subject={title}
                              question={t('topic.removeQuestion', { title })}
                              confirmLabel={t('topic.removeConfirm')}
                              busy={false}
                              onConfirm={() => actions.dispatch({ type: 'removeTopic', topicId: topic.id })}
                            />
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
            {actions && (
              <button
                type="button"
                className="button button--small"
                onClick={() => actions.addTopic(group.id)}
              >
                {t('topic.add')}
                <span className="visually-hidden"> {t('topic.addTo', { name })}</span>
              </button>
            )}
          </div>
        );
      })}
    </div>
  );
}

interface MoveProps {
  subject: string;
  first: boolean;
  last: boolean;
  onMove: (step: -1 | 1) => void;
}

function MoveButtons({ subject, first, last, onMove }: MoveProps) {
  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-disabled={first}
        onClick={() => !first && onMove(-1)}
      >
        {t('move.up')}
        <span className="visually-hidden"> {subject}</span>
      </button>
      <button
        type="button"
        className="button button--small"
        aria-disabled={last}
        onClick={() => !last && onMove(1)}
      >
        {t('move.down')}
        <span className="visually-hidden"> {subject}</span>
      </button>
    </>
  );
}
