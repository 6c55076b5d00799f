// Find information search: every word is a prefix of a word in the visitor's language or English, ignoring case
// and accents (Spanish) and ё/е (Russian); title matches first; nothing found is an empty list.
import { describe, expect, it } from 'vitest';
import { foldSearchText, searchTopics, topicsByGroup } from '../../../../machines/infoFlow.js';
import { testContent } from './fixtures.js';

const content = testContent();
const ids = (language: string, query: string) => searchTopics(content, language, query).map((t) => t.id);

describe('topic search', () => {
  it('lists every topic in order for an empty query', () => {
    expect(ids('en', '  ')).toEqual(['water-bill', 'transit-pass', 'food-help']);
  });

  it('matches English word starts in any field, in any case', () => {
    expect(ids('en', 'WAT')).toEqual(['water-bill', 'transit-pass']);
    expect(ids('en', 'shelter legal')).toEqual(['food-help']);
    expect(ids('en', 'ater')).toEqual([]);
  });

  it('puts topics whose title matches before those that match elsewhere', () => {
    // "water" is in the water bill's title but only a keyword ("water taxi") of the transit pass.
    expect(ids('en', 'water')).toEqual(['water-bill', 'transit-pass']);
    expect(ids('en', 'customer')).toEqual(['water-bill']);
    expect(ids('en', 'transit water')).toEqual(['transit-pass']);
  });

  it('ignores Spanish accents both ways, and still finds English words for a Spanish visitor', () => {
    expect(ids('es', 'transito')).toEqual(['transit-pass']);
    expect(ids('es', 'autobus')).toEqual(['transit-pass']);
    expect(ids('es', 'AUTOBÚS')).toEqual(['transit-pass']);
    expect(ids('es', 'reduced')).toEqual(['transit-pass']);
    expect(ids('es', 'comunitarios')).toEqual(['food-help']);
  });

  it('finds Russian (Cyrillic) words, folding ё to е and case', () => {
    expect(ids('ru', 'счет воду')).toEqual(['water-bill']);
    expect(ids('ru', 'СЧЁТ')).toEqual(['water-bill']);
    expect(ids('ru', 'елочный')).toEqual(['transit-pass']);
    expect(ids('ru', 'социальные')).toEqual(['food-help']);
    expect(foldSearchText('Ёлка')).toBe('елка');
  });

  it('finds nothing for words no topic has', () => {
    expect(ids('en', 'passport')).toEqual([]);
    expect(ids('ru', 'паспорт')).toEqual([]);
    expect(ids('es', 'water pasaporte')).toEqual([]);
  });

  it('groups topics in the published group order', () => {
    expect(topicsByGroup(content).map((g) => [g.group.id, g.topics.map((t) => t.id)])).toEqual([
      ['city-services', ['water-bill', 'transit-pass']],
      ['community', ['food-help']],
    ]);
  });
});
