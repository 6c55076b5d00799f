// parseAdminCommand: the create-admin, create-enrolment-code, backup and restore options, one plain line per mistake.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAdminCommand } from '../../../main/hub/adminCliArgs.js';
import { UsageError } from '../../../main/hub/cliArgs.js';

describe('parseAdminCommand', () => {
  it('reads create-admin options, defaulting the display name to the username and the data folder', () => {
    expect(parseAdminCommand('create-admin', ['--username', 'ada'])).toEqual({
      command: 'create-admin',
      dataDir: resolve('data/hub'),
      username: 'ada',
      displayName: 'ada',
    });
    expect(
      parseAdminCommand('create-admin', [
        '--data',
        '/srv/hub',
        '--username',
        'ada',
        '--display-name',
        'Ada L',
      ]),
    ).toMatchObject({ dataDir: '/srv/hub', displayName: 'Ada L' });
  });

  it('reads create-enrolment-code options', () => {
    expect(parseAdminCommand('create-enrolment-code', ['--role', 'display', '--name', 'Lobby TV'])).toEqual({
      command: 'create-enrolment-code',
      dataDir: resolve('data/hub'),
      role: 'display',
      name: 'Lobby TV',
    });
  });

  it('reads backup and restore options, resolving the files', () => {
    expect(parseAdminCommand('backup', ['--data', '/srv/hub', '--to', 'hub.sqlite.bak'])).toEqual({
      command: 'backup',
      dataDir: '/srv/hub',
      to: resolve('hub.sqlite.bak'),
    });
    expect(parseAdminCommand('restore', ['--from', '/srv/backups/hub-2026-11-27.sqlite'])).toEqual({
      command: 'restore',
      dataDir: resolve('data/hub'),
      from: '/srv/backups/hub-2026-11-27.sqlite',
    });
  });

  it.each([
    ['backup', ['--data', '/srv/hub'], /backup: option --to is required/],
    ['restore', ['--data', '/srv/hub'], /restore: option --from is required/],
    ['restore', ['--from', 'x', '--to', 'y'], /restore: unexpected --to/],
    ['create-admin', ['--username', 'Bad Name'], /create-admin: bad username: use 3–32 lower-case/],
    ['create-admin', ['--data', '/tmp/x'], /create-admin: option --username is required/],
    ['create-admin', ['--username', 'ok-name', '--role', 'desk'], /create-admin: unexpected --role/],
    ['create-admin', ['--username'], /create-admin: option --username needs a value/],
    ['create-admin', ['--username', 'ada', '--display-name', 'x'.repeat(81)], /longer than 80/],
    ['create-enrolment-code', ['--role', 'printer', '--name', 'x'], /--role must be kiosk or display/],
    ['create-enrolment-code', ['--role', 'kiosk'], /option --name is required/],
    ['create-enrolment-code', ['--role', 'kiosk', '--name', 'x', 'extra'], /unexpected/],
  ] as const)('refuses %s %j with a usage error', (command, argv, message) => {
    const attempt = () => parseAdminCommand(command, [...argv]);
    expect(attempt).toThrow(UsageError);
    expect(attempt).toThrow(message);
  });
});
