// assets/ops/hub: the hub's systemd unit is sandboxed, runs the hub from /opt/lobby311 with /etc/lobby311/hub.conf,
// agrees with the sysusers/tmpfiles snippets and the sample hub.conf, and passes `systemd-analyze verify`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveHubSettings } from '../../../main/hub/ops/hubSettings.js';
import { projectRoot } from '../../../main/paths.js';
import { parseSystemdUnit } from '../packaging/support/systemdUnit.js';

const hubDir = join(projectRoot, 'assets', 'ops', 'hub');
const read = (file: string) => readFileSync(join(hubDir, file), 'utf8');
const unit = parseSystemdUnit(read('lobby311-hub.service'), 'lobby311-hub.service');
const service = unit.Service!;

describe('lobby311-hub.service', () => {
  it('runs the hub with the service config, as the lobby311 user, restarting after failures only', () => {
    expect(service.ExecStart).toEqual([
      '/usr/bin/node --import tsx main/hub/cli.ts --service-config /etc/lobby311/hub.conf',
    ]);
    expect(service.WorkingDirectory).toEqual(['/opt/lobby311']);
    expect(service.User).toEqual(['lobby311']);
    expect(service.Restart).toEqual(['on-failure']);
    // Exit code 2 is a configuration mistake: restarting would only repeat it.
    expect(service.RestartPreventExitStatus).toEqual(['2']);
    expect(unit.Install!.WantedBy).toEqual(['multi-user.target']);
  });

  it('keeps the database in its state folder and reads its settings from its configuration folder', () => {
    expect(service.StateDirectory).toEqual(['lobby311']);
    expect(service.ConfigurationDirectory).toEqual(['lobby311']);
    const sample = resolveHubSettings({}, join(hubDir, 'hub.conf'));
    expect(sample.dataDir).toBe('/var/lib/lobby311');
    expect(sample.backup?.dir.startsWith('/var/lib/lobby311/')).toBe(true);
  });

  it.each([
    ['ProtectSystem', 'strict'],
    ['ProtectHome', 'yes'],
    ['PrivateTmp', 'yes'],
    ['PrivateDevices', 'yes'],
    ['NoNewPrivileges', 'yes'],
    ['RestrictAddressFamilies', 'AF_INET AF_INET6 AF_UNIX'],
    ['CapabilityBoundingSet', ''],
    ['AmbientCapabilities', ''],
    ['SystemCallFilter', '@system-service'],
    ['RestrictNamespaces', 'yes'],
    ['LockPersonality', 'yes'],
  ])('is sandboxed: %s=%s', (key, value) => {
    expect(service[key]).toEqual([value]);
  });

  it('leaves MemoryDenyWriteExecute off (V8 compiles to memory it executes) and says why', () => {
    expect(service.MemoryDenyWriteExecute).toBeUndefined();
    expect(read('lobby311-hub.service')).toMatch(
      /# MemoryDenyWriteExecute=yes is deliberately NOT set: .*V8/,
    );
  });

  it('has its user made by the sysusers snippet, and its folders by the tmpfiles snippet', () => {
    const users = read('lobby311.sysusers')
      .split('\n')
      .filter((line) => line.startsWith('u '));
    expect(users).toEqual([expect.stringMatching(/^u lobby311 - "[^"]+" \/var\/lib\/lobby311 /)]);
    const folders = read('lobby311.tmpfiles')
      .split('\n')
      .filter((line) => line.startsWith('d '));
    expect(folders).toContain('d /etc/lobby311 0750 root lobby311 -');
    expect(folders).toContain('d /var/lib/lobby311 0750 lobby311 lobby311 -');
    expect(folders).toContain('d /var/lib/lobby311/backups 0750 lobby311 lobby311 -');
  });
});

const hasCommand = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

describe('checks by the system tools', () => {
  it('systemd-analyze verify finds nothing wrong with the hub unit', (context) => {
    if (!hasCommand('systemd-analyze')) {
      console.log(
        'skipped systemd-analyze verify: systemd-analyze is not installed (.ci/run installs systemd)',
      );
      context.skip();
    }
    const run = spawnSync('systemd-analyze', ['verify', '--man=no', join(hubDir, 'lobby311-hub.service')], {
      encoding: 'utf8',
    });
    // Where Node is not Debian's /usr/bin/node (a build machine), only that complaint is allowed.
    const complaints = `${run.stdout}${run.stderr}`
      .split('\n')
      .filter((line) => line.trim() !== '')
      .filter((line) => !line.endsWith('Command /usr/bin/node is not executable: No such file or directory'));
    expect(complaints).toEqual([]);
  });

  it('shellcheck finds nothing wrong with the lobby311-hub command wrapper', (context) => {
    if (!hasCommand('shellcheck')) {
      console.log('skipped shellcheck: shellcheck is not installed (.ci/run installs it)');
      context.skip();
    }
    const run = spawnSync('shellcheck', [join(hubDir, 'lobby311-hub')], { encoding: 'utf8' });
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });
});
