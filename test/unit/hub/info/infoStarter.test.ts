// Loading the shipped starter set: a valid file is version 0's content; a bad one stops the hub with an error
// naming the file and the first problem.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultInfoStarterFile, loadInfoStarter } from '../../../../main/hub/info/infoStarter.js';
import { projectRoot } from '../../../../main/paths.js';
import { testSiteConfig } from '../../../support/siteConfig.js';

const fixture = join(projectRoot, 'test', 'fixtures', 'info', 'starter-topics.json');
const config = testSiteConfig();
const fixtureJson = () =>
  JSON.parse(readFileSync(fixture, 'utf8')) as { groups: unknown[]; topics: Record<string, unknown>[] };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lobby311-info-starter-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (content: string) => {
  const file = join(dir, 'info-topics.json');
  writeFileSync(file, content);
  return file;
};

describe('loadInfoStarter', () => {
  it('reads the groups and topics in their order, with defaults filled in', () => {
    const content = loadInfoStarter(fixture, config);
    expect(content.groups.map((g) => g.id)).toEqual(['city-services', 'community-services']);
    expect(content.topics.map((t) => [t.id, t.deskServiceId])).toEqual([
      ['water-bill-help', 'utility-bills'],
      ['parking-permits', null],
      ['call-211', null],
    ]);
  });

  it('defaults to the shipped assets/site/info-topics.json', () => {
    expect(defaultInfoStarterFile).toBe(join(projectRoot, 'assets', 'site', 'info-topics.json'));
  });

  it('names the file and the first field when the content does not match the contract', () => {
    const json = fixtureJson();
    json.topics[1] = { ...json.topics[1], groupId: 'transit' };
    const file = write(JSON.stringify(json));
    expect(() => loadInfoStarter(file, config)).toThrow(
      `${file}: "topics.1.groupId" is invalid (unknown group "transit")`,
    );
  });

  it('refuses a topic without English text', () => {
    const json = fixtureJson();
    const texts = json.topics[2]!.texts as Record<string, unknown>;
    json.topics[2] = { ...json.topics[2], texts: { es: texts.es } };
    const file = write(JSON.stringify(json));
    expect(() => loadInfoStarter(file, config)).toThrow(/"topics\.2\.texts\.en" is invalid/);
  });

  it('refuses a topic whose "Talk to someone" service the site does not have', () => {
    const json = fixtureJson();
    json.topics[0] = { ...json.topics[0], deskServiceId: 'dog-licences' };
    const file = write(JSON.stringify(json));
    expect(() => loadInfoStarter(file, config)).toThrow(
      new RegExp(
        `^${file}: "topics\\.0\\.deskServiceId" is invalid \\(Topic "water-bill-help" .*"dog-licences"`,
      ),
    );
  });

  it('names the file when it is not JSON or is missing', () => {
    const file = write('{ "groups": [');
    expect(() => loadInfoStarter(file, config)).toThrow(`${file}: cannot be read as JSON`);
    const missing = join(dir, 'missing.json');
    expect(() => loadInfoStarter(missing, config)).toThrow(missing);
  });
});
