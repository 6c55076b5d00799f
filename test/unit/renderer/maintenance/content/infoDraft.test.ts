// The content editor's draft: adding, editing, removing and reordering groups and topics, translations, hours,
// and the revision rule (English changes bump the revision once; other languages then show as out of date).
import { describe, expect, it } from 'vitest';
import { translationState } from '../../../../../machines/info/topicText.js';
import {
  type DraftAction,
  draftOf,
  hasChanges,
  type InfoDraft,
  infoDraftReducer,
  isNewTopic,
  nextGroupId,
  nextTopicId,
} from '../../../../../renderer/screens/maintenance/content/infoDraft.js';
import { publishedContent } from './infoContentFixture.js';

const run = (...actions: DraftAction[]): InfoDraft =>
  actions.reduce(infoDraftReducer, draftOf(publishedContent));
const topicOf = (draft: InfoDraft, id: string) => {
  const found = draft.topics.find((t) => t.id === id);
  if (!found) throw new Error(`no topic ${id} in the draft`);
  return found;
};
const ids = (draft: InfoDraft) => draft.topics.map((t) => t.id);

describe('the revision rule', () => {
  it('bumps the revision once, however many times the English changes, and bases English on it', () => {
    const draft = run(
      {
        type: 'editText',
        topicId: 'water-bills',
        language: 'en',
        fields: { title: 'Water and sewer bills' },
      },
      {
        type: 'editText',
        topicId: 'water-bills',
        language: 'en',
        fields: { summary: 'Pay or ask about it' },
      },
      { type: 'editText', topicId: 'water-bills', language: 'en', fields: { keywords: ['sewer'] } },
    );
    const topic = topicOf(draft, 'water-bills');
    expect(topic.revision).toBe(3);
    expect(topic.texts.en?.basedOn).toBe(3);
    expect(topic.texts.es?.basedOn).toBe(2);
    expect(translationState(topic, 'es')).toBe('outdated');
  });

  it('goes back to the published revision when the English is put back as it was', () => {
    const draft = run(
      { type: 'editText', topicId: 'water-bills', language: 'en', fields: { title: 'Water' } },
      { type: 'markUpToDate', topicId: 'water-bills', language: 'es' },
      { type: 'editText', topicId: 'water-bills', language: 'en', fields: { title: ' Water bills ' } },
    );
    const topic = topicOf(draft, 'water-bills');
    expect(topic.revision).toBe(2);
    expect(topic.texts.en?.basedOn).toBe(2);
    expect(topic.texts.es?.basedOn).toBe(2);
    expect(hasChanges(draft)).toBe(true);
  });

  it('does not change the revision for a translation, hours or phone', () => {
    const draft = run(
      { type: 'editText', topicId: 'permits', language: 'es', fields: { title: 'Permisos de obra' } },
      { type: 'setHours', topicId: 'permits', hours: null },
      { type: 'editTopic', topicId: 'permits', facts: { phone: '311' } },
    );
    const topic = topicOf(draft, 'permits');
    expect(topic.revision).toBe(3);
    expect(topic.texts.es).toMatchObject({ title: 'Permisos de obra', basedOn: 2 });
    expect(topic.hours).toBeNull();
    expect(topic.phone).toBe('311');
  });

  it('marks a translation up to date by basing it on the current revision', () => {
    const draft = run(
      { type: 'editText', topicId: 'water-bills', language: 'en', fields: { title: 'Water' } },
      { type: 'markUpToDate', topicId: 'water-bills', language: 'es' },
    );
    expect(topicOf(draft, 'water-bills').texts.es?.basedOn).toBe(3);
    expect(translationState(topicOf(draft, 'water-bills'), 'es')).toBe('current');
  });

  it('starts a missing translation from the current revision and drops one whose fields are all cleared', () => {
    const started = run({ type: 'editText', topicId: 'food', language: 'es', fields: { title: 'Comida' } });
    expect(topicOf(started, 'food').texts.es).toMatchObject({ title: 'Comida', basedOn: 1, keywords: [] });
    const cleared = [
      { type: 'editText', topicId: 'food', language: 'es', fields: { title: '  ' } } as const,
    ].reduce(infoDraftReducer, started);
    expect(topicOf(cleared, 'food').texts.es).toBeUndefined();
    expect(translationState(topicOf(cleared, 'food'), 'es')).toBe('missing');
  });

  it('keeps English even when all its fields are cleared (English is required)', () => {
    const draft = run({
      type: 'editText',
      topicId: 'food',
      language: 'en',
      fields: { title: '', summary: '', placeName: '', addressLines: [], keywords: [] },
    });
    expect(topicOf(draft, 'food').texts.en?.title).toBe('');
    expect(topicOf(draft, 'food').revision).toBe(2);
  });
});

describe('topics', () => {
  it('adds a topic at the end of its group with revision 1 and an empty English text', () => {
    const start = draftOf(publishedContent);
    const topicId = nextTopicId(start);
    expect(topicId).toBe('new-topic-1');
    const draft = infoDraftReducer(start, { type: 'addTopic', groupId: 'city', topicId });
    expect(ids(draft)).toEqual(['water-bills', 'permits', 'new-topic-1', 'food']);
    expect(topicOf(draft, topicId)).toMatchObject({
      revision: 1,
      groupId: 'city',
      texts: { en: { basedOn: 1 } },
    });
    expect(isNewTopic(draft, topicId)).toBe(true);
    expect(isNewTopic(draft, 'food')).toBe(false);
    expect(nextTopicId(draft)).toBe('new-topic-2');
  });

  it('renames a new topic, moves it to another group, and removes it', () => {
    const draft = run(
      { type: 'addTopic', groupId: 'city', topicId: 'new-topic-1' },
      { type: 'renameTopicId', topicId: 'new-topic-1', newId: 'shelter' },
      { type: 'editTopic', topicId: 'shelter', facts: { groupId: 'community' } },
    );
    expect(ids(draft)).toEqual(['water-bills', 'permits', 'food', 'shelter']);
    expect(topicOf(draft, 'shelter').groupId).toBe('community');
    const removed = infoDraftReducer(draft, { type: 'removeTopic', topicId: 'shelter' });
    expect(ids(removed)).toEqual(['water-bills', 'permits', 'food']);
  });

  it('moves a topic up and down among its own group only', () => {
    const down = run({ type: 'moveTopic', topicId: 'water-bills', step: 1 });
    expect(ids(down)).toEqual(['permits', 'water-bills', 'food']);
    const pastEnd = run({ type: 'moveTopic', topicId: 'permits', step: 1 });
    expect(ids(pastEnd)).toEqual(['water-bills', 'permits', 'food']);
    const up = run({ type: 'moveTopic', topicId: 'food', step: -1 });
    expect(ids(up)).toEqual(['water-bills', 'permits', 'food']);
  });

  it('sets weekly hours day by day, and none at all', () => {
    const draft = run(
      { type: 'setHours', topicId: 'food', hours: null },
      {
        type: 'setDay',
        topicId: 'food',
        day: 'tue',
        periods: [
          { opens: '09:00', closes: '12:00' },
          { opens: '13:00', closes: '17:00' },
        ],
      },
      { type: 'setDay', topicId: 'food', day: 'wed', periods: [] },
    );
    expect(topicOf(draft, 'food').hours).toEqual({
      tue: [
        { opens: '09:00', closes: '12:00' },
        { opens: '13:00', closes: '17:00' },
      ],
      wed: [],
    });
  });

  it('sets and clears the "Talk to someone" service, phone and web address', () => {
    const draft = run({
      type: 'editTopic',
      topicId: 'food',
      facts: { deskServiceId: 'housing', phone: null, webUrl: null },
    });
    expect(topicOf(draft, 'food')).toMatchObject({ deskServiceId: 'housing', phone: null, webUrl: null });
  });
});

describe('groups', () => {
  it('adds a group at the end, renames it with its topics, and names it per language', () => {
    const start = draftOf(publishedContent);
    const groupId = nextGroupId(start);
    const draft = [
      { type: 'addGroup', groupId } as const,
      { type: 'addTopic', groupId, topicId: 'bus' } as const,
      { type: 'renameGroupId', groupId, newId: 'transit' } as const,
      { type: 'editGroupName', groupId: 'transit', language: 'en', name: 'Transit' } as const,
      { type: 'editGroupName', groupId: 'transit', language: 'es', name: 'Transporte' } as const,
    ].reduce<InfoDraft>(infoDraftReducer, start);
    expect(groupId).toBe('new-group-1');
    expect(draft.groups.map((g) => g.id)).toEqual(['city', 'community', 'transit']);
    expect(draft.groups[2]?.texts).toEqual({ en: { name: 'Transit' }, es: { name: 'Transporte' } });
    expect(topicOf(draft, 'bus').groupId).toBe('transit');
  });

  it('drops a cleared translation of a group name but keeps an empty English name', () => {
    const draft = run(
      { type: 'editGroupName', groupId: 'city', language: 'es', name: '' },
      { type: 'editGroupName', groupId: 'city', language: 'en', name: '' },
    );
    expect(draft.groups[0]?.texts).toEqual({ en: { name: '' } });
  });

  it('reorders groups and removes a group with its topics', () => {
    const moved = run({ type: 'moveGroup', groupId: 'community', step: -1 });
    expect(moved.groups.map((g) => g.id)).toEqual(['community', 'city']);
    const removed = run({ type: 'removeGroup', groupId: 'city' });
    expect(removed.groups.map((g) => g.id)).toEqual(['community']);
    expect(ids(removed)).toEqual(['food']);
  });
});

describe('loading and importing', () => {
  it('starts unchanged from the loaded version', () => {
    const draft = draftOf(publishedContent);
    expect(draft.baseVersion).toBe(4);
    expect(hasChanges(draft)).toBe(false);
  });

  it('replaces the draft with imported content, keeping the base version and applying the revision rule', () => {
    const imported = {
      groups: publishedContent.groups,
      topics: publishedContent.topics.map((t) =>
        t.id === 'water-bills' && t.texts.en
          ? { ...t, texts: { ...t.texts, en: { ...t.texts.en, title: 'Water' } } }
          : t,
      ),
    };
    const draft = run({ type: 'replace', content: imported });
    expect(draft.baseVersion).toBe(4);
    expect(topicOf(draft, 'water-bills')).toMatchObject({
      revision: 3,
      texts: { en: { basedOn: 3 }, es: { basedOn: 2 } },
    });
    expect(topicOf(draft, 'permits').revision).toBe(3);
  });

  it('loads a newer version, dropping the draft', () => {
    const draft = run(
      { type: 'removeGroup', groupId: 'city' },
      { type: 'load', content: { ...publishedContent, version: 5 } },
    );
    expect(draft.baseVersion).toBe(5);
    expect(ids(draft)).toEqual(['water-bills', 'permits', 'food']);
  });
});
