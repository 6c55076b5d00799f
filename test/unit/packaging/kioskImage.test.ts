// assets/kiosk-image: the systemd units, udev rules, settings example and scripts that turn a Debian 12 PC into a
// kiosk are well-formed and agree with each other and with the app's command line.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  configFileArgs,
  configFileSettings,
  withConfigFile,
} from '../../../main/electron/kioskConfigFile.js';
import { parseShellArgs } from '../../../main/electron/shellArgs.js';
import { projectRoot } from '../../../main/paths.js';
import { parseSystemdUnit, type UnitFile } from './support/systemdUnit.js';
import { parseUdevRules } from './support/udevRules.js';

const imageDir = join(projectRoot, 'assets', 'kiosk-image');
const unitNames = [
  'lobby311-kiosk.service',
  'lobby311-nightly-restart.service',
  'lobby311-nightly-restart.timer',
];
const scripts = ['setup-kiosk.sh', 'enrol-kiosk.sh'];
const read = (file: string) => readFileSync(join(imageDir, file), 'utf8');
const unit = (file: string): UnitFile => parseSystemdUnit(read(file), file);
/** The binaries the units start, which exist on a kiosk PC but not on this build machine. */
const kioskOnlyBinaries = ['/usr/bin/cage', '/usr/bin/lobby311'];

function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

describe('lobby311-kiosk.service', () => {
  const kiosk = unit('lobby311-kiosk.service');
  const service = kiosk.Service!;

  it('logs the kiosk user in on tty1 with a real login session, in place of the getty', () => {
    expect(service.User).toEqual(['kiosk']);
    expect(service.PAMName).toEqual(['login']);
    expect(service.TTYPath).toEqual(['/dev/tty1']);
    expect(service.UtmpIdentifier).toEqual(['tty1']);
    expect(kiosk.Unit!.Conflicts).toContain('getty@tty1.service');
    expect(kiosk.Install!.WantedBy).toEqual(['graphical.target']);
  });

  it('runs the app in cage with its settings file, restarting it after any exit but a settings error', () => {
    const [execStart] = service.ExecStart!;
    expect(execStart).toMatch(/^\/usr\/bin\/cage -d -- \/usr\/bin\/lobby311 /);
    expect(execStart).toContain('--config=/etc/lobby311/kiosk.conf');
    expect(service.Restart).toEqual(['always']);
    expect(service.RestartPreventExitStatus).toEqual(['2']);
    expect(kiosk.Unit!.StartLimitIntervalSec).toEqual(['0']);
  });

  it('takes an enrolment code from the file lobby311-enrol writes, for one start only', () => {
    const envFile = '/run/lobby311/enrol.env';
    expect(service.EnvironmentFile).toEqual([`-${envFile}`]);
    expect(service.ExecStartPost).toEqual([`+/bin/rm -f ${envFile}`]);
    const enrol = read('enrol-kiosk.sh');
    const variable = /printf '([A-Z0-9_]+)=--enrol=%s\\n'.*>\s*(\S+)/.exec(enrol);
    expect(variable?.[2]).toBe(envFile);
    expect(service.ExecStart![0]).toMatch(new RegExp(`\\$${variable?.[1]}$`));
  });
});

describe('the nightly restart window', () => {
  it('fires once a night and restarts the kiosk unit only if it is running', () => {
    const timer = unit('lobby311-nightly-restart.timer');
    expect(timer.Timer!.OnCalendar).toEqual(['*-*-* 03:30:00']);
    expect(timer.Timer!.Persistent).toEqual(['false']);
    expect(timer.Install!.WantedBy).toEqual(['timers.target']);
    const restart = unit('lobby311-nightly-restart.service');
    expect(restart.Service!.Type).toEqual(['oneshot']);
    expect(restart.Service!.ExecStart).toEqual(['/bin/systemctl try-restart lobby311-kiosk.service']);
  });
});

describe('systemd-analyze verify', () => {
  it('finds nothing wrong with the units beyond the kiosk-only binaries missing here', (context) => {
    if (!hasCommand('systemd-analyze')) {
      console.log(
        'skipped systemd-analyze verify: systemd-analyze is not installed (.ci/run installs systemd)',
      );
      context.skip();
    }
    const run = spawnSync(
      'systemd-analyze',
      ['verify', '--man=no', ...unitNames.map((n) => join(imageDir, n))],
      {
        encoding: 'utf8',
      },
    );
    const complaints = `${run.stdout}${run.stderr}`
      .split('\n')
      .filter((line) => line.trim() !== '')
      .filter(
        (line) =>
          !kioskOnlyBinaries.some((binary) =>
            line.endsWith(`Command ${binary} is not executable: No such file or directory`),
          ),
      );
    expect(complaints).toEqual([]);
  });
});

describe('60-lobby311-devices.rules', () => {
  const rules = parseUdevRules(read('60-lobby311-devices.rules'), '60-lobby311-devices.rules');
  const setup = read('setup-kiosk.sh');
  const kioskGroups = /usermod --append --groups (\S+) kiosk/.exec(setup)?.[1]?.split(',') ?? [];

  it.each([
    ['usbmisc', 'lp[0-9]*', 'lp'],
    ['tty', 'ttyUSB[0-9]*', 'dialout'],
    ['tty', 'ttyACM[0-9]*', 'dialout'],
  ])('gives %s devices %s to group %s, which the kiosk user is in', (subsystem, kernel, group) => {
    const rule = rules.find((pairs) =>
      pairs.some((p) => p.key === 'KERNEL' && p.operator === '==' && p.value === kernel),
    );
    expect(rule).toContainEqual({ key: 'SUBSYSTEM', attribute: null, operator: '==', value: subsystem });
    expect(rule).toContainEqual({ key: 'GROUP', attribute: null, operator: '=', value: group });
    expect(rule).toContainEqual({ key: 'MODE', attribute: null, operator: '=', value: '0660' });
    expect(kioskGroups).toContain(group);
  });

  it.each([
    ['KERNEL="lp0", GROUP="lp"', /KERNEL cannot be used with =/],
    ['KERNEL=="lp0", GROUP=="lp"', /GROUP cannot be used with ==/],
    ['KERNEL=="lp0" GROUP="lp"', /cannot read/],
    ['KERNEL==lp0', /cannot read/],
    ['KERNAL=="lp0"', /KERNAL cannot be used/],
  ])('the rule reader refuses %j', (line, error) => {
    expect(() => parseUdevRules(line, 'bad.rules')).toThrow(error);
  });
});

describe('the unit reader', () => {
  it.each([
    ['User=kiosk', /outside any section/],
    ['[Service]\nUser kiosk', /expected Key=value/],
    ['[Service\nUser=kiosk', /bad section header/],
  ])('refuses %j', (text, error) => {
    expect(() => parseSystemdUnit(text, 'bad.service')).toThrow(error);
  });
});

describe('the kiosk settings', () => {
  it('kiosk.conf.example starts a kiosk on the example hub with a USB printer', () => {
    const argv = withConfigFile(['--config=kiosk.conf.example'], (path) => read(path));
    expect(parseShellArgs(argv)).toMatchObject({
      role: 'kiosk',
      hubUrl: 'http://10.0.0.10:8311',
      printerUri: 'usb:///dev/usb/lp0',
      scannerUri: null,
    });
  });

  it('setup-kiosk.sh writes only settings the app knows, and every one it needs', () => {
    const written = [...read('setup-kiosk.sh').matchAll(/^\s*echo "([a-z-]+)=\$/gm)].map((m) => m[1]);
    expect(written).toEqual([...configFileSettings].filter((s) => s !== 'data'));
    expect(() => configFileArgs(written.map((s) => `${s}=x`).join('\n'), 'setup-kiosk.sh')).not.toThrow();
  });
});

describe('the scripts', () => {
  it.each(scripts)('%s is strict bash that parses', (script) => {
    const source = read(script);
    expect(source.startsWith('#!/usr/bin/env bash\n')).toBe(true);
    expect(source).toContain('set -euo pipefail');
    const run = spawnSync('bash', ['-n', join(imageDir, script)], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('pass shellcheck', (context) => {
    if (!hasCommand('shellcheck')) {
      console.log('skipped shellcheck: shellcheck is not installed (.ci/run installs it)');
      context.skip();
    }
    const run = spawnSync(
      'shellcheck',
      scripts.map((s) => join(imageDir, s)),
      { encoding: 'utf8' },
    );
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });
});
