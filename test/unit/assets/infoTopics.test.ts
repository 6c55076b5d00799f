// The shipped information starter set (assets/site/info-topics.json) against the contract and the Portland
// Building's site file: every group and topic in every kiosk language and up to date, desks that exist, https
// links, the six plain groups each with topics; and the Russian kiosk catalogs with exactly the English keys.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InfoContentBody } from '../../../machines/contracts/info.js';
import { SiteConfig } from '../../../machines/contracts/site.js';
import { translationState } from '../../../machines/info/topicText.js';

const assetsDir = join(import.meta.dirname, '../../../assets');
const readJson = (...parts: string[]): unknown => JSON.parse(readFileSync(join(assetsDir, ...parts), 'utf8'));

const content = InfoContentBody.parse(readJson('site', 'info-topics.json'));
const site = SiteConfig.parse(readJson('site', 'portland-building.json'));

describe('assets/site/info-topics.json', () => {
  it('parses with the contract', () => {
    expect(InfoContentBody.safeParse(readJson('site', 'info-topics.json')).success).toBe(true);
  });

  it('names every group in every kiosk language of the Portland Building', () => {
    expect(site.languages).toContain('ru');
    for (const group of content.groups) {
      expect(Object.keys(group.texts).sort(), group.id).toEqual([...site.languages].sort());
    }
  });

  it('has every topic in every kiosk language, each translation current with the English', () => {
    for (const topic of content.topics) {
      expect(Object.keys(topic.texts).sort(), topic.id).toEqual([...site.languages].sort());
      for (const language of site.languages) {
        expect(translationState(topic, language), `${topic.id} ${language}`).toBe('current');
      }
    }
  });

  it('sends "Talk to someone" only to services the site has', () => {
    const services = new Set(site.services.map((s) => s.id));
    const desks = content.topics.flatMap((t) => (t.deskServiceId === null ? [] : [t.deskServiceId]));
    expect(desks.length).toBeGreaterThan(0);
    for (const desk of desks) expect(services, desk).toContain(desk);
  });

  it('links only to https web addresses', () => {
    for (const topic of content.topics) {
      if (topic.webUrl !== null) expect(new URL(topic.webUrl).protocol, topic.id).toBe('https:');
    }
  });

  it('has the six plain groups, each with at least two topics', () => {
    expect(content.groups.map((g) => g.id)).toEqual([
      'city-services',
      'hours-and-directions',
      'pay-apply-renew',
      'other-governments',
      'community-services',
      'emergencies',
    ]);
    for (const group of content.groups) {
      const topics = content.topics.filter((t) => t.groupId === group.id);
      expect(topics.length, group.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives every topic a summary, a place and search words in every language', () => {
    for (const topic of content.topics) {
      for (const [language, text] of Object.entries(topic.texts)) {
        expect(text.summary.length, `${topic.id} ${language}`).toBeGreaterThan(0);
        expect(text.placeName.length, `${topic.id} ${language}`).toBeGreaterThan(0);
        expect(text.keywords.length, `${topic.id} ${language}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('Russian kiosk catalogs', () => {
  const namespaces = ['kiosk', 'request', 'services', 'ticket', 'status', 'auth'];

  it.each(namespaces)('ru/%s.json has exactly the English keys', (namespace) => {
    const keysOf = (language: string) =>
      Object.keys(readJson('locales', language, `${namespace}.json`) as Record<string, unknown>).sort();
    expect(keysOf('ru')).toEqual(keysOf('en'));
  });

  it('names Russian in Russian', () => {
    const kiosk = readJson('locales', 'ru', 'kiosk.json') as Record<string, string>;
    expect(kiosk['language.endonym']).toBe('Русский');
  });
});
