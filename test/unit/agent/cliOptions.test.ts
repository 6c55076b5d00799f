// The agent's command line: defaults, help, and one clear message for each mistake.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agentHelp, parseAgentArgs, parseAgentCommand, UsageError } from '../../../main/agent/cliOptions.js';

describe('agent command line', () => {
  it('needs only --hub and fills in the defaults', () => {
    expect(parseAgentArgs(['--hub', 'http://127.0.0.1:8311/'])).toEqual({
      help: false,
      hubUrl: 'http://127.0.0.1:8311',
      port: 8312,
      printerUri: 'none',
      printerModel: 'epson-tm-t88vi',
      scannerUri: null,
      dataDir: resolve('data/agent'),
      enrolCode: null,
      ticketLimit: { capacity: 5, refillMs: 4_000 },
    });
  });

  it('takes a ticket limit as burst/seconds and refuses anything else in one line', () => {
    expect(parseAgentArgs(['--hub', 'http://hub', '--ticket-limit', '20/1'])).toMatchObject({
      ticketLimit: { capacity: 20, refillMs: 1_000 },
    });
    expect(parseAgentArgs(['--hub', 'http://hub', '--ticket-limit', '10000/1'])).toMatchObject({
      ticketLimit: { capacity: 10_000 },
    });
    for (const bad of ['0/4', '5/0', '5', '5/4s', '20000/4', '5/9999'])
      expect(() => parseAgentArgs(['--hub', 'http://hub', '--ticket-limit', bad]), bad).toThrow(
        /--ticket-limit .*expected <burst>\/<seconds>/,
      );
  });

  it('takes a one-time enrolment code, normalised to the form the hub prints', () => {
    expect(parseAgentArgs(['--hub', 'http://hub', '--enrol', 'k7qm4xpa'])).toMatchObject({
      enrolCode: 'K7QM-4XPA',
    });
    expect(() => parseAgentArgs(['--hub', 'http://hub', '--enrol', 'open sesame'])).toThrow(
      /--enrol takes the code/,
    );
  });

  it('reads the set-exit-pin subcommand with its data folder, without needing --hub', () => {
    expect(parseAgentCommand(['set-exit-pin', '--data', '/tmp/k'])).toEqual({
      command: 'set-exit-pin',
      dataDir: '/tmp/k',
    });
    expect(parseAgentCommand(['--hub', 'http://hub'])).toMatchObject({
      command: 'run',
      hubUrl: 'http://hub',
    });
    expect(() => parseAgentCommand(['set-exit-pin', '--hub', 'http://hub'])).toThrow(UsageError);
  });

  it('takes every option in both --x v and --x=v forms', () => {
    expect(
      parseAgentArgs([
        '--hub=http://hub:8311',
        '--port',
        '0',
        '--printer=tcp://127.0.0.1:9100',
        '--data',
        '/tmp/a',
        '--printer-model=epson-tm-p20ii',
        '--scanner',
        'serial:///dev/ttyACM0?baud=9600&eol=crlf',
      ]),
    ).toMatchObject({
      hubUrl: 'http://hub:8311',
      port: 0,
      printerUri: 'tcp://127.0.0.1:9100',
      printerModel: 'epson-tm-p20ii',
      scannerUri: 'serial:///dev/ttyACM0?baud=9600&eol=crlf',
      dataDir: '/tmp/a',
    });
  });

  it('answers --help without needing --hub, and the help names every option', () => {
    expect(parseAgentArgs(['--help'])).toEqual({ help: true });
    for (const option of [
      '--hub',
      '--enrol',
      '--port',
      '--printer',
      '--printer-model',
      '--scanner',
      '--data',
      '--help',
      'set-exit-pin',
    ])
      expect(agentHelp).toContain(option);
    for (const model of ['epson-tm-t88vi', 'epson-tm-p20ii']) expect(agentHelp).toContain(model);
  });

  it.each([
    [[], /--hub is required/],
    [['--hub', 'not a url'], /--hub "not a url" is not a URL/],
    [['--hub', 'ftp://hub'], /must start with http/],
    [['--hub', 'http://hub', '--port', '70000'], /--port "70000"/],
    [['--hub', 'http://hub', '--port', 'abc'], /--port "abc"/],
    [['--hub', 'http://hub', '--printer', 'lpt1'], /--printer "lpt1": Invalid printer URI/],
    [['--hub', 'http://hub', '--colour', 'red'], /Unknown option '--colour'/],
    [
      ['--hub', 'http://hub', '--printer-model', 'star-tsp100'],
      /--printer-model "star-tsp100" is not supported; use one of epson-tm-t88vi, .*epson-tm-p20ii/,
    ],
    [
      ['--hub', 'http://hub', '--scanner', 'tcp://scanner:1'],
      /--scanner "tcp:\/\/scanner:1": Invalid scanner URI/,
    ],
  ])('refuses %j with a usage error', (argv, message) => {
    expect(() => parseAgentArgs(argv)).toThrow(UsageError);
    expect(() => parseAgentArgs(argv)).toThrow(message);
  });
});
