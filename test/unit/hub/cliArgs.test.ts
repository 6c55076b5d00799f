// parseHubArgs: defaults, every option, and one plain usage line for each kind of mistake.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpText, parseHubArgs, UsageError } from '../../../main/hub/cliArgs.js';

const usage = (args: string[]) => {
  try {
    parseHubArgs(args);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(args)} to be refused`);
};

describe('parseHubArgs', () => {
  it('gives only what the command line names, so the service config file and defaults fill the rest', () => {
    expect(parseHubArgs([])).toEqual({ given: {}, checkConfig: false, help: false });
  });

  it('reads every option, resolving paths', () => {
    expect(
      parseHubArgs([
        '--port',
        '0',
        '--host',
        '0.0.0.0',
        '--data',
        'tmp/x',
        '--config',
        'site.json',
        '--tls-cert',
        'hub.crt',
        '--tls-key',
        'hub.key',
        '--case-store',
        'none',
        '--updates-dir',
        'updates',
        '--service-config',
        'hub.conf',
        '--check-config',
        '--help',
      ]),
    ).toEqual({
      given: {
        port: 0,
        host: '0.0.0.0',
        dataDir: resolve('tmp/x'),
        configFile: resolve('site.json'),
        tlsCert: resolve('hub.crt'),
        tlsKey: resolve('hub.key'),
        caseStore: 'none',
        updatesDir: resolve('updates'),
      },
      serviceConfig: resolve('hub.conf'),
      checkConfig: true,
      help: true,
    });
    expect(parseHubArgs(['--port=65535']).given.port).toBe(65535);
  });

  it.each([
    [['--prot', '1'], 'unknown option --prot (see --help)'],
    [['-p', '1'], 'unknown option -p (see --help)'],
    [['serve'], 'unexpected argument serve (see --help)'],
    [['--port'], 'option --port needs a value (see --help)'],
    [['--port', 'eighty'], 'bad port "eighty": use a whole number from 0 to 65535 (see --help)'],
    [['--port', '65536'], 'bad port "65536": use a whole number from 0 to 65535 (see --help)'],
    [['--port', '-1'], 'option --port needs a value (see --help)'],
    [['--port', '80.5'], 'bad port "80.5": use a whole number from 0 to 65535 (see --help)'],
    [['--host', ''], 'option --host needs an address (see --help)'],
  ])('refuses %j with one line', (args, message) => {
    expect(usage(args)).toBe(message);
  });

  it('documents every option in --help', () => {
    const options = ['--port <n>', '--host <addr>', '--data <dir>', '--config <file>', '--help'];
    for (const option of [...options, '--service-config <file>', '--check-config']) {
      expect(helpText).toContain(option);
    }
  });
});
