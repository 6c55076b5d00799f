// The information-visit figures: per language (visits, visits that printed a slip, visits that became a ticket)
// and per topic and language (views, prints, tickets), each visit counting at most once per figure.
import type { InfoVisitReport } from '../../../machines/contracts/index.js';
import type { InfoVisitFacts } from './infoStore.js';

type LanguageRow = InfoVisitReport['byLanguage'][number];
type TopicRow = InfoVisitReport['byTopic'][number];

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function computeInfoVisitReport(from: string, to: string, visits: InfoVisitFacts[]): InfoVisitReport {
  const languages = new Map<string, LanguageRow>();
  const topics = new Map<string, TopicRow>();
  const topicRow = (topicId: string, language: string) => {
    const key = `${language}\u0000${topicId}`;
    let row = topics.get(key);
    if (!row) {
      row = { topicId, language, views: 0, printed: 0, tickets: 0 };
      topics.set(key, row);
    }
    return row;
  };

  for (const visit of visits) {
    let row = languages.get(visit.language);
    if (!row) {
      row = { language: visit.language, visits: 0, printed: 0, tickets: 0 };
      languages.set(visit.language, row);
    }
    row.visits += 1;
    if (visit.printedTopicIds.length > 0) row.printed += 1;
    if (visit.ticketTopicId !== null) row.tickets += 1;
    for (const topicId of new Set(visit.topicIds)) topicRow(topicId, visit.language).views += 1;
    for (const topicId of new Set(visit.printedTopicIds)) topicRow(topicId, visit.language).printed += 1;
    if (visit.ticketTopicId !== null) topicRow(visit.ticketTopicId, visit.language).tickets += 1;
  }

  return {
    from,
    to,
    visits: visits.length,
    byLanguage: [...languages.values()].sort((a, b) => byCodeUnits(a.language, b.language)),
    byTopic: [...topics.values()].sort(
      (a, b) => byCodeUnits(a.language, b.language) || b.views - a.views || byCodeUnits(a.topicId, b.topicId),
    ),
  };
}
