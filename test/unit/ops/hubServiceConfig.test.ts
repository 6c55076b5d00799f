// The hub's service config file (hub.conf): every mistake named by file and line, command line over file over
// defaults, site config faults with their JSON line, and --check-config's collected verdict (in-process).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHubArgs } from '../../../main/hub/cliArgs.js';
import { ConfigError, loadSiteConfig } from '../../../main/hub/loadConfig.js';
import { resolveHubSettings } from '../../../main/hub/ops/hubSettings.js';
import { checkHubSetup } from '../../../main/hub/ops/hubSetup.js';
import { parseServiceConfig, ServiceConfigError } from '../../../main/hub/ops/serviceConfig.js';
import { defaultSiteConfig, projectRoot } from '../../../main/paths.js';

const scratch = mkdtempSync(join(tmpdir(), 'lobby311-hubconf-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const file = '/etc/lobby311/hub.conf';
const problemsOf = (text: string): readonly string[] => {
  try {
    parseServiceConfig(file, text);
  } catch (error) {
    expect(error).toBeInstanceOf(ServiceConfigError);
    return (error as ServiceConfigError).problems;
  }
  throw new Error('expected the file to be refused');
};

/** Writes `text` as a file in the scratch folder and returns its path. */
const write = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

describe('hub.conf', () => {
  it('reads every setting, resolving relative paths against the file folder', () => {
    const read = parseServiceConfig(
      file,
      [
        '# comment',
        'port = 8443',
        '  host=0.0.0.0  ',
        'data = /var/lib/lobby311',
        'site-config = site.json',
        'tls-cert = tls/hub.crt',
        'tls-key = tls/hub.key',
        'case-store = open311+https://311.example.gov/v2',
        'updates-dir = /srv/updates',
        'backup-dir = /var/lib/lobby311/backups',
        'backup-time = 02:30',
        'backup-keep = 14',
        'log-file = /var/log/lobby311/hub.log',
      ].join('\n'),
    );
    expect(read.settings).toEqual({
      port: 8443,
      host: '0.0.0.0',
      dataDir: '/var/lib/lobby311',
      configFile: '/etc/lobby311/site.json',
      tlsCert: '/etc/lobby311/tls/hub.crt',
      tlsKey: '/etc/lobby311/tls/hub.key',
      caseStore: 'open311+https://311.example.gov/v2',
      updatesDir: '/srv/updates',
      backupDir: '/var/lib/lobby311/backups',
      backupTime: '02:30',
      backupKeep: 14,
      logFile: '/var/log/lobby311/hub.log',
    });
    expect(read.lines).toMatchObject({ port: 2, host: 3, logFile: 13 });
  });

  it('names the file and line of each kind of mistake, all at once', () => {
    const text = [
      'host = 0.0.0.0', // 1
      '', // 2
      '# the port', // 3
      'port = 99999', // 4
      'prot = 8311', // 5
      'backup-time = 2:30', // 6
      'backup-keep = 0', // 7
      'data', // 8
      'host = 127.0.0.1', // 9
      'tls-cert =', // 10
      'port = 80.5', // 11
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      `${file} line 4: port must be 0-65535, got 99999`,
      `${file} line 5: unknown setting "prot" (known: port, host, data, site-config, tls-cert, tls-key, case-store, updates-dir, backup-dir, backup-time, backup-keep, log-file)`,
      `${file} line 6: backup-time must be a 24-hour time HH:MM such as 02:30, got 2:30`,
      `${file} line 7: backup-keep must be 1-366, got 0`,
      `${file} line 8: expected "name = value", got "data"`,
      `${file} line 9: host is set twice (first on line 1)`,
      `${file} line 10: tls-cert needs a value (delete the line to use the default)`,
      `${file} line 11: port is set twice (first on line 4)`,
    ]);
  });

  it('refuses backup-time without backup-dir, naming the line', () => {
    const conf = write('orphan.conf', 'port = 8311\nbackup-keep = 7\n');
    expect(() => resolveHubSettings({}, conf)).toThrow(
      `${conf} line 2: backup-keep is set but backup-dir is not: add backup-dir or delete the line`,
    );
  });

  it('names an unreadable file', () => {
    const missing = join(scratch, 'missing.conf');
    expect(() => resolveHubSettings({}, missing)).toThrow(`${missing}: cannot read the file (ENOENT)`);
  });

  it('lets the command line override the file, and the file the defaults', () => {
    const conf = write('layers.conf', 'port = 9000\nhost = 0.0.0.0\ndata = data\nbackup-dir = b\n');
    const settings = resolveHubSettings(parseHubArgs(['--port', '9100']).given, conf);
    expect(settings).toMatchObject({
      port: 9100,
      host: '0.0.0.0',
      dataDir: join(scratch, 'data'),
      configFile: defaultSiteConfig,
      caseStore: 'none',
      backup: { dir: join(scratch, 'b'), time: '02:00', keep: 14 },
      logFile: undefined,
    });
    expect(resolveHubSettings({})).toMatchObject({
      port: 8311,
      host: '127.0.0.1',
      dataDir: resolve('data/hub'),
      backup: null,
    });
  });

  it('ships a sample that parses and enables daily backups', () => {
    const sample = join(projectRoot, 'assets', 'ops', 'hub', 'hub.conf');
    expect(resolveHubSettings({}, sample)).toMatchObject({
      dataDir: '/var/lib/lobby311',
      configFile: '/etc/lobby311/site.json',
      backup: { dir: '/var/lib/lobby311/backups', time: '02:30', keep: 14 },
    });
  });
});

describe('site config problems for --check-config', () => {
  const refusalOf = (path: string): ConfigError => {
    try {
      loadSiteConfig(path);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return error as ConfigError;
    }
    throw new Error(`expected ${path} to be refused`);
  };

  it('give the JSON line of each fault, keeping the one-line message the hub prints at start', () => {
    const shipped = loadSiteConfig(defaultSiteConfig);
    const broken = JSON.stringify(
      { ...shipped, site: { ...shipped.site, timeZone: 'Mars/Olympus' } },
      null,
      2,
    );
    const path = write('site.json', broken);
    const line = broken.split('\n').findIndex((text) => text.includes('Mars/Olympus')) + 1;
    const refusal = refusalOf(path);
    expect(refusal.message).toBe(`config ${path}: site.timeZone: unknown time zone "Mars/Olympus"`);
    expect(refusal.problems).toEqual([
      `${path} line ${line}: site.timeZone: unknown time zone "Mars/Olympus"`,
    ]);
  });

  it('give the line of a JSON syntax error', () => {
    const path = write('syntax.json', '{\n  "site": {\n    "timeZone": "UTC",\n  }\n}\n');
    expect(refusalOf(path).problems).toEqual([expect.stringMatching(/ line 4: not valid JSON \(/)]);
    expect(refusalOf(path).problems[0]!.startsWith(path)).toBe(true);
  });
});

describe('checkHubSetup (--check-config)', () => {
  it('collects TLS, case store and folder problems, pointing at the hub.conf line they came from', () => {
    const conf = write(
      'check.conf',
      [
        `data = ${join(scratch, 'check-data')}`,
        'tls-cert = nowhere.crt',
        'tls-key = nowhere.key',
        'case-store = ftp://311.example.gov',
      ].join('\n'),
    );
    const problems = checkHubSetup(parseHubArgs(['--service-config', conf, '--check-config']), {});
    expect(problems).toEqual([
      `${conf} line 2: cannot read --tls-cert file ${join(scratch, 'nowhere.crt')} (ENOENT): check the path and its permissions`,
      expect.stringMatching(new RegExp(`^${conf} line 4: Unknown case store address`)),
    ]);
  });

  it('answers with no problem for the shipped defaults', () => {
    const problems = checkHubSetup(parseHubArgs(['--data', join(scratch, 'fresh'), '--check-config']), {});
    expect(problems).toEqual([]);
  });
});
