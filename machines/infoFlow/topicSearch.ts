// Find information search: a topic matches when every word typed is the start of a word in its title, summary,
// keywords, place or group name, in the visitor's language or in English, ignoring case and accents (so "tránsito"
// finds "transito" and "ёлка" finds "елка"). Title matches come first; otherwise the content's own order stays.
import type { InfoContent, InfoGroup, InfoTopic } from '../contracts/info.js';

/** Lower case with accents and other marks removed (NFD: "é" → "e", and "ё" → "е" as Russian readers expect). */
export function foldSearchText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The folded words of a text: runs of letters and digits. */
export function searchWords(text: string): string[] {
  return foldSearchText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

type Content = Pick<InfoContent, 'groups' | 'topics'>;

function fieldWords(topic: InfoTopic, group: InfoGroup | undefined, language: string) {
  const title: string[] = [];
  const rest: string[] = [];
  for (const lang of new Set([language, 'en'])) {
    const text = topic.texts[lang];
    if (text) {
      title.push(...searchWords(text.title));
      rest.push(...searchWords([text.summary, text.placeName, ...text.keywords].join(' ')));
    }
    const name = group?.texts[lang]?.name;
    if (name) rest.push(...searchWords(name));
  }
  return { title, all: [...title, ...rest] };
}

const startsAny = (words: readonly string[], query: string) => words.some((word) => word.startsWith(query));

/** The topics matching `query` (all of them for an empty query), title matches first, then content order. */
export function searchTopics(content: Content, language: string, query: string): InfoTopic[] {
  const wanted = searchWords(query);
  if (wanted.length === 0) return [...content.topics];
  const groups = new Map(content.groups.map((g) => [g.id, g]));
  const ranked: { topic: InfoTopic; rank: number; index: number }[] = [];
  content.topics.forEach((topic, index) => {
    const words = fieldWords(topic, groups.get(topic.groupId), language);
    if (!wanted.every((w) => startsAny(words.all, w))) return;
    const inTitle = wanted.filter((w) => startsAny(words.title, w)).length;
    ranked.push({ topic, rank: inTitle === wanted.length ? 0 : inTitle > 0 ? 1 : 2, index });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map((r) => r.topic);
}

export interface TopicGroup {
  group: InfoGroup;
  topics: InfoTopic[];
}

/** The groups in their published order, each with its topics in order; groups without topics are left out. */
export function topicsByGroup(content: Content): TopicGroup[] {
  return content.groups
    .map((group) => ({ group, topics: content.topics.filter((t) => t.groupId === group.id) }))
    .filter((g) => g.topics.length > 0);
}
