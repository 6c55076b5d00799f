// What the overview shows about translations: per topic and site language its state (current, out of date,
// missing), and per language how many topics are missing or out of date.
import type { InfoGroup, InfoTopic } from '../../../../machines/contracts/info.js';
import { type TranslationState, translationState } from '../../../../machines/info/topicText.js';

export interface LanguageSummary {
  language: string;
  missing: number;
  outdated: number;
}

/** Counts per site language other than English (English is the source and always current). */
export function translationSummary(
  topics: readonly InfoTopic[],
  languages: readonly string[],
): LanguageSummary[] {
  return languages
    .filter((language) => language !== 'en')
    .map((language) => {
      const states = topics.map((topic) => translationState(topic, language));
      return {
        language,
        missing: states.filter((s) => s === 'missing').length,
        outdated: states.filter((s) => s === 'outdated').length,
      };
    });
}

export interface TopicStates {
  topic: InfoTopic;
  states: { language: string; state: TranslationState }[];
}

export interface GroupOverview {
  group: InfoGroup;
  topics: TopicStates[];
}

/** Groups in order with their topics in order, each with its state per site language. */
export function groupOverview(
  groups: readonly InfoGroup[],
  topics: readonly InfoTopic[],
  languages: readonly string[],
): GroupOverview[] {
  return groups.map((group) => ({
    group,
    topics: topics
      .filter((topic) => topic.groupId === group.id)
      .map((topic) => ({
        topic,
        states: languages.map((language) => ({ language, state: translationState(topic, language) })),
      })),
  }));
}
