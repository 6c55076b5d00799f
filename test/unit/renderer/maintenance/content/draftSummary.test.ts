// The overview's figures: per language how many topics are missing or out of date, and each topic's state per
// site language in group order.
import { describe, expect, it } from 'vitest';
import {
  groupOverview,
  translationSummary,
} from '../../../../../renderer/screens/maintenance/content/draftSummary.js';
import { draftOf, infoDraftReducer } from '../../../../../renderer/screens/maintenance/content/infoDraft.js';
import { publishedContent } from './infoContentFixture.js';

const { groups, topics } = publishedContent;

describe('translationSummary', () => {
  it('counts missing and out-of-date translations per language other than English', () => {
    expect(translationSummary(topics, ['en', 'es', 'zh-Hans'])).toEqual([
      { language: 'es', missing: 1, outdated: 1 },
      { language: 'zh-Hans', missing: 3, outdated: 0 },
    ]);
  });

  it('counts a translation as out of date once the English it came from changes', () => {
    const draft = infoDraftReducer(draftOf(publishedContent), {
      type: 'editText',
      topicId: 'water-bills',
      language: 'en',
      fields: { placeName: 'Room 120' },
    });
    expect(translationSummary(draft.topics, ['en', 'es'])).toEqual([
      { language: 'es', missing: 1, outdated: 2 },
    ]);
  });
});

describe('groupOverview', () => {
  it('lists groups in order with their topics and a state per site language', () => {
    const overview = groupOverview(groups, topics, ['en', 'es']);
    expect(
      overview.map(({ group, topics: rows }) => [
        group.id,
        rows.map(({ topic, states }) => [topic.id, states.map((s) => `${s.language}:${s.state}`)]),
      ]),
    ).toEqual([
      [
        'city',
        [
          ['water-bills', ['en:current', 'es:current']],
          ['permits', ['en:current', 'es:outdated']],
        ],
      ],
      ['community', [['food', ['en:current', 'es:missing']]]],
    ]);
  });
});
