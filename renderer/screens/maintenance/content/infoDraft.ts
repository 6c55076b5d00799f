// The editable draft of the information topics: a pure reducer over groups and topics (add, edit, remove,
// reorder, translate, hours) that keeps the revision rule — a topic whose English differs from the published
// one is at the published revision + 1, English based on it, other languages keeping theirs (so out of date).
import type {
  InfoContent,
  InfoContentBody,
  InfoGroup,
  InfoTopic,
  InfoTopicText,
} from '../../../../machines/contracts/info.js';
import type { OpeningHours, OpeningPeriod, Weekday } from '../../../../machines/contracts/site.js';

export interface InfoDraft {
  /** The published version the draft started from (PublishInfoBody.baseVersion). */
  baseVersion: number;
  /** That version's content, to tell what changed. */
  published: InfoContentBody;
  groups: InfoGroup[];
  topics: InfoTopic[];
}

/** The words of a topic a language's form edits (everything but `basedOn`). */
export type TextFields = Omit<InfoTopicText, 'basedOn'>;

/** The parts of a topic that are not words in a language. */
export type TopicFacts = Partial<Pick<InfoTopic, 'groupId' | 'phone' | 'webUrl' | 'deskServiceId'>>;

export type Step = -1 | 1;

export type DraftAction =
  | { type: 'load'; content: InfoContent }
  | { type: 'replace'; content: InfoContentBody }
  | { type: 'addGroup'; groupId: string }
  | { type: 'renameGroupId'; groupId: string; newId: string }
  | { type: 'editGroupName'; groupId: string; language: string; name: string }
  | { type: 'removeGroup'; groupId: string }
  | { type: 'moveGroup'; groupId: string; step: Step }
  | { type: 'addTopic'; groupId: string; topicId: string }
  | { type: 'renameTopicId'; topicId: string; newId: string }
  | { type: 'editTopic'; topicId: string; facts: TopicFacts }
  | { type: 'editText'; topicId: string; language: string; fields: Partial<TextFields> }
  | { type: 'markUpToDate'; topicId: string; language: string }
  | { type: 'setHours'; topicId: string; hours: OpeningHours | null }
  | { type: 'setDay'; topicId: string; day: Weekday; periods: OpeningPeriod[] }
  | { type: 'removeTopic'; topicId: string }
  | { type: 'moveTopic'; topicId: string; step: Step };

const emptyText: TextFields = {
  title: '',
  summary: '',
  placeName: '',
  addressLines: [],
  hoursNote: '',
  keywords: [],
};

export function draftOf(content: InfoContent): InfoDraft {
  const published = { groups: content.groups, topics: content.topics };
  return { baseVersion: content.version, published, groups: content.groups, topics: content.topics };
}

/** The draft as a publishable (or exportable) body. */
export const bodyOf = (draft: InfoDraft): InfoContentBody => ({ groups: draft.groups, topics: draft.topics });

/** Whether the draft differs from the version it started from. */
export const hasChanges = (draft: InfoDraft): boolean =>
  JSON.stringify(bodyOf(draft)) !== JSON.stringify(draft.published);

/** The first free id "<stem>-<n>" among `taken`. */
function freeId(stem: string, taken: readonly string[]): string {
  let n = 1;
  while (taken.includes(`${stem}-${n}`)) n += 1;
  return `${stem}-${n}`;
}

const same = (a: string, b: string) => a.trim() === b.trim();
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => same(item, b[i] ?? ''));

/** Whether two texts say the same words (ignoring surrounding spaces and `basedOn`). */
export function sameWords(a: TextFields, b: TextFields): boolean {
  return (
    same(a.title, b.title) &&
    same(a.summary, b.summary) &&
    same(a.placeName, b.placeName) &&
    same(a.hoursNote, b.hoursNote) &&
    sameList(a.addressLines, b.addressLines) &&
    sameList(a.keywords, b.keywords)
  );
}

/**
 * The revision rule: a topic whose English differs from the published topic of the same id is at the
 * published revision + 1; otherwise at the published revision. English is based on the revision; other
 * languages keep their `basedOn` (never later than the revision). New topics keep their own revision.
 */
export function withRevisionRule(topic: InfoTopic, published: InfoContentBody): InfoTopic {
  const before = published.topics.find((t) => t.id === topic.id);
  const english = topic.texts.en;
  if (!before || !english || !before.texts.en) return topic;
  const revision = sameWords(english, before.texts.en)
    ? before.revision
    : Math.max(topic.revision, before.revision + 1);
  const texts: Record<string, InfoTopicText> = {};
  for (const [language, text] of Object.entries(topic.texts)) {
    texts[language] = {
      ...text,
      basedOn: language === 'en' ? revision : Math.min(text.basedOn, revision),
    };
  }
  return { ...topic, revision, texts };
}

const isBlank = (fields: TextFields) =>
  [fields.title, fields.summary, fields.placeName, fields.hoursNote].every((s) => s.trim() === '') &&
  fields.addressLines.length === 0 &&
  fields.keywords.length === 0;

function editText(topic: InfoTopic, language: string, fields: Partial<TextFields>): InfoTopic {
  const current = topic.texts[language];
  const next = { ...emptyText, ...current, ...fields, basedOn: current?.basedOn ?? topic.revision };
  const texts = { ...topic.texts };
  if (language !== 'en' && isBlank(next)) delete texts[language];
  else texts[language] = next;
  return { ...topic, texts };
}

/** Moves the item at `index` one place within the indexes `among` (its siblings, in order). */
function moveAmong<T>(items: readonly T[], index: number, among: readonly number[], step: Step): T[] {
  const at = among.indexOf(index);
  const other = among[at + step];
  if (at < 0 || other === undefined) return [...items];
  const out = [...items];
  [out[index], out[other]] = [out[other] as T, out[index] as T];
  return out;
}

function mapTopic(draft: InfoDraft, topicId: string, change: (topic: InfoTopic) => InfoTopic): InfoDraft {
  return { ...draft, topics: draft.topics.map((t) => (t.id === topicId ? change(t) : t)) };
}

/** Puts `topic` after the last topic of its group (or at the end). */
function placeInGroup(topics: readonly InfoTopic[], topic: InfoTopic): InfoTopic[] {
  const last = topics.map((t) => t.groupId).lastIndexOf(topic.groupId);
  const out = [...topics];
  out.splice(last < 0 ? out.length : last + 1, 0, topic);
  return out;
}

/** The id a new topic gets: "new-topic-<n>", unused in the draft and the published version. */
export const nextTopicId = (draft: InfoDraft): string =>
  freeId(
    'new-topic',
    [...draft.topics, ...draft.published.topics].map((t) => t.id),
  );

/** The id a new group gets: "new-group-<n>", unused in the draft and the published version. */
export const nextGroupId = (draft: InfoDraft): string =>
  freeId(
    'new-group',
    [...draft.groups, ...draft.published.groups].map((g) => g.id),
  );

function newTopic(id: string, groupId: string): InfoTopic {
  return {
    id,
    groupId,
    revision: 1,
    phone: null,
    webUrl: null,
    hours: null,
    deskServiceId: null,
    texts: { en: { ...emptyText, basedOn: 1 } },
  };
}

function topicAction(draft: InfoDraft, action: DraftAction): InfoDraft {
  switch (action.type) {
    case 'addTopic':
      return { ...draft, topics: placeInGroup(draft.topics, newTopic(action.topicId, action.groupId)) };
    case 'renameTopicId':
      return mapTopic(draft, action.topicId, (t) => ({ ...t, id: action.newId }));
    case 'editTopic': {
      const topic = draft.topics.find((t) => t.id === action.topicId);
      if (!topic) return draft;
      const edited = { ...topic, ...action.facts };
      if (edited.groupId === topic.groupId) return mapTopic(draft, topic.id, () => edited);
      return {
        ...draft,
        topics: placeInGroup(
          draft.topics.filter((t) => t !== topic),
          edited,
        ),
      };
    }
    case 'editText':
      return mapTopic(draft, action.topicId, (t) =>
        withRevisionRule(editText(t, action.language, action.fields), draft.published),
      );
    case 'markUpToDate':
      return mapTopic(draft, action.topicId, (t) => {
        const text = t.texts[action.language];
        return text
          ? { ...t, texts: { ...t.texts, [action.language]: { ...text, basedOn: t.revision } } }
          : t;
      });
    case 'setHours':
      return mapTopic(draft, action.topicId, (t) => ({ ...t, hours: action.hours }));
    case 'setDay':
      return mapTopic(draft, action.topicId, (t) => ({
        ...t,
        hours: { ...t.hours, [action.day]: action.periods },
      }));
    case 'removeTopic':
      return { ...draft, topics: draft.topics.filter((t) => t.id !== action.topicId) };
    case 'moveTopic': {
      const index = draft.topics.findIndex((t) => t.id === action.topicId);
      const groupId = draft.topics[index]?.groupId;
      const siblings = draft.topics.flatMap((t, i) => (t.groupId === groupId ? [i] : []));
      return { ...draft, topics: moveAmong(draft.topics, index, siblings, action.step) };
    }
    default:
      return draft;
  }
}

function groupAction(draft: InfoDraft, action: DraftAction): InfoDraft {
  switch (action.type) {
    case 'addGroup':
      return { ...draft, groups: [...draft.groups, { id: action.groupId, texts: { en: { name: '' } } }] };
    case 'renameGroupId':
      return {
        ...draft,
        groups: draft.groups.map((g) => (g.id === action.groupId ? { ...g, id: action.newId } : g)),
        topics: draft.topics.map((t) => (t.groupId === action.groupId ? { ...t, groupId: action.newId } : t)),
      };
    case 'editGroupName':
      return {
        ...draft,
        groups: draft.groups.map((g) => {
          if (g.id !== action.groupId) return g;
          const texts = { ...g.texts };
          if (action.language !== 'en' && action.name.trim() === '') delete texts[action.language];
          else texts[action.language] = { name: action.name };
          return { ...g, texts };
        }),
      };
    case 'removeGroup':
      return {
        ...draft,
        groups: draft.groups.filter((g) => g.id !== action.groupId),
        topics: draft.topics.filter((t) => t.groupId !== action.groupId),
      };
    case 'moveGroup': {
      const index = draft.groups.findIndex((g) => g.id === action.groupId);
      const all = draft.groups.map((_, i) => i);
      return { ...draft, groups: moveAmong(draft.groups, index, all, action.step) };
    }
    default:
      return topicAction(draft, action);
  }
}

export function infoDraftReducer(draft: InfoDraft, action: DraftAction): InfoDraft {
  switch (action.type) {
    case 'load':
      return draftOf(action.content);
    case 'replace':
      return {
        ...draft,
        groups: action.content.groups,
        topics: action.content.topics.map((t) => withRevisionRule(t, draft.published)),
      };
    default:
      return groupAction(draft, action);
  }
}

/** Whether an id belongs to a group or topic not yet published (only those may be renamed). */
export const isNewGroup = (draft: InfoDraft, groupId: string) =>
  !draft.published.groups.some((g) => g.id === groupId);
export const isNewTopic = (draft: InfoDraft, topicId: string) =>
  !draft.published.topics.some((t) => t.id === topicId);
