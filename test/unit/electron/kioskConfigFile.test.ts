// The kiosk PC's settings file: read into the shell's switches, command line first, every mistake named by line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFileArgs, withConfigFile } from '../../../main/electron/kioskConfigFile.js';
import { parseShellArgs } from '../../../main/electron/shellArgs.js';

const kioskConf = [
  '# Lobby 311 kiosk by the door',
  'role=kiosk',
  '',
  'hub = http://10.0.0.10:8311',
  'printer=usb:///dev/usb/lp0',
  'printer-model=epson-tm-t20iii',
  'scanner=serial:///dev/ttyACM0?baud=9600&eol=cr',
].join('\n');

describe('configFileArgs', () => {
  it('turns each setting into its switch, skipping comments and blank lines', () => {
    expect(configFileArgs(kioskConf, 'kiosk.conf')).toEqual([
      '--role=kiosk',
      '--hub=http://10.0.0.10:8311',
      '--printer=usb:///dev/usb/lp0',
      '--printer-model=epson-tm-t20iii',
      '--scanner=serial:///dev/ttyACM0?baud=9600&eol=cr',
    ]);
  });

  it.each([
    ['enrol=K7QM-4XPA', /line 1: unknown setting "enrol"/],
    ['hub http://10.0.0.10:8311', /line 1: expected "setting=value"/],
    ['role=kiosk\nrole=desk', /line 2: "role" is set twice/],
    ['# c\nprinter=', /line 2: "printer" has no value/],
  ])('refuses %j', (text, error) => {
    expect(() => configFileArgs(text, '/etc/lobby311/kiosk.conf')).toThrow(error);
  });
});

describe('withConfigFile', () => {
  const read = (path: string) => {
    if (path !== '/etc/lobby311/kiosk.conf') throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    return kioskConf;
  };

  it('gives the shell the role, hub and devices from the file', () => {
    const options = parseShellArgs(withConfigFile(['--config=/etc/lobby311/kiosk.conf', '--kiosk'], read));
    expect(options).toMatchObject({
      role: 'kiosk',
      hubUrl: 'http://10.0.0.10:8311',
      printerUri: 'usb:///dev/usb/lp0',
      printerModel: 'epson-tm-t20iii',
      scannerUri: 'serial:///dev/ttyACM0?baud=9600&eol=cr',
      enrolCode: null,
    });
  });

  it('lets a switch on the command line (an enrolment code, another hub) win over the file', () => {
    const options = parseShellArgs(
      withConfigFile(
        ['--config', '/etc/lobby311/kiosk.conf', '--hub=http://10.0.0.99:8311', '--enrol=k7qm-4xpa'],
        read,
      ),
    );
    expect(options.hubUrl).toBe('http://10.0.0.99:8311');
    expect(options.enrolCode).toBe('K7QM-4XPA');
    expect(options.printerUri).toBe('usb:///dev/usb/lp0');
  });

  it('leaves argv alone without --config', () => {
    const argv = ['.', '--role=desk'];
    expect(withConfigFile(argv, read)).toBe(argv);
  });

  it('says which file it cannot read, and refuses --config without a path', () => {
    expect(() => withConfigFile(['--config=/etc/lobby311/other.conf'], read)).toThrow(
      '--config "/etc/lobby311/other.conf": cannot read it (ENOENT)',
    );
    expect(() => withConfigFile(['--config', '--role=kiosk'], read)).toThrow('--config needs a file path');
    expect(() => withConfigFile(['--config='], read)).toThrow('--config needs a file path');
  });

  it('reads a real file from disk by default', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lobby311-conf-')), 'kiosk.conf');
    writeFileSync(file, 'role=display\nhub=https://hub.lobby.lan\n');
    expect(parseShellArgs(withConfigFile([`--config=${file}`]))).toMatchObject({
      role: 'display',
      hubUrl: 'https://hub.lobby.lan',
    });
  });
});
