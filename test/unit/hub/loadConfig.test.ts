// loadSiteConfig: accepts the shipped config, refuses broken files with one line naming file and fault.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadSiteConfig } from '../../../main/hub/loadConfig.js';
import { defaultSiteConfig } from '../../../main/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'lobby311-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const refusal = (file: string) => {
  try {
    loadSiteConfig(file);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the config to be refused');
};

describe('loadSiteConfig', () => {
  it('loads the Portland Building config', () => {
    const config = loadSiteConfig(defaultSiteConfig);
    expect(config.site.timeZone).toBe('America/Los_Angeles');
    expect(config.queues.find((q) => q.id === 'utility')?.lastNumber).toBe(999);
  });

  it('names the file, the issue path and the message of a schema fault', () => {
    const config = JSON.parse(readFileSync(defaultSiteConfig, 'utf8')) as { site: { timeZone: string } };
    config.site.timeZone = 'America/Portland_Maine';
    const file = write('tz.json', JSON.stringify(config));
    expect(refusal(file)).toBe(`config ${file}: site.timeZone: unknown time zone "America/Portland_Maine"`);
  });

  it('keeps a file with many faults to one line, listing the first five', () => {
    const message = refusal(write('empty.json', '{}'));
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/; and \d+ more$/);
  });

  it('refuses a file that is not JSON or cannot be read', () => {
    expect(refusal(write('broken.json', '{ "site": '))).toMatch(/broken\.json: not valid JSON/);
    expect(refusal(join(dir, 'missing.json'))).toMatch(/missing\.json: cannot read the file \(ENOENT\)/);
  });
});
