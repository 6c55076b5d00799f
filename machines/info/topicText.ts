// The words of an information topic or group in the visitor's language, with an honest fallback to English,
// and the translation state editors see (current, out of date after the English changed, or missing).
import type { InfoGroup, InfoTopic, InfoTopicText } from '../contracts/info.js';

export interface Localized<T> {
  text: T;
  /** The language the text is in (the visitor's, or `en` when it falls back). */
  language: string;
  fallback: boolean;
}

function pick<T>(texts: Readonly<Record<string, T>>, language: string): Localized<T> {
  const own = texts[language];
  if (own) return { text: own, language, fallback: false };
  const english = texts.en;
  if (!english) throw new Error('information content without English text');
  return { text: english, language: 'en', fallback: language !== 'en' };
}

export const topicText = (topic: InfoTopic, language: string): Localized<InfoTopicText> =>
  pick(topic.texts, language);

export const groupName = (group: InfoGroup, language: string): Localized<string> => {
  const picked = pick(group.texts, language);
  return { ...picked, text: picked.text.name };
};

export type TranslationState = 'current' | 'outdated' | 'missing';

/** `outdated`: translated from an English revision older than the topic's current one. */
export function translationState(topic: InfoTopic, language: string): TranslationState {
  const text = topic.texts[language];
  if (!text) return 'missing';
  return text.basedOn < topic.revision ? 'outdated' : 'current';
}
