// Parses the hub's admin subcommands: create-admin, create-enrolment-code, backup, restore (parseArgs, strict).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DeviceRole, type DeviceRole as DeviceRoleType, Username } from '../../machines/contracts/index.js';
import { UsageError } from './cliArgs.js';

export type AdminCommand =
  | { command: 'create-admin'; dataDir: string; username: string; displayName: string }
  | { command: 'create-enrolment-code'; dataDir: string; role: DeviceRoleType; name: string }
  | { command: 'backup'; dataDir: string; to: string }
  | { command: 'restore'; dataDir: string; from: string };

export const adminCommands = ['create-admin', 'create-enrolment-code', 'backup', 'restore'] as const;

function parse(command: string, argv: string[], names: string[]): Record<string, string | undefined> {
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
    });
    return values as Record<string, string | undefined>;
  } catch (error) {
    const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? 'an argument';
    const { code } = error as { code?: string };
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(`${command}: option ${option.split(' ')[0]} needs a value (see --help)`);
    }
    throw new UsageError(`${command}: unexpected ${option} (see --help)`);
  }
}

function required(command: string, values: Record<string, string | undefined>, name: string): string {
  const value = values[name]?.trim();
  if (!value) throw new UsageError(`${command}: option --${name} is required (see --help)`);
  return value;
}

/** Parses `argv` after the subcommand name. */
export function parseAdminCommand(command: (typeof adminCommands)[number], argv: string[]): AdminCommand {
  if (command === 'create-admin') {
    const values = parse(command, argv, ['data', 'username', 'display-name']);
    const username = Username.safeParse(required(command, values, 'username'));
    if (!username.success) {
      throw new UsageError(`${command}: bad username: ${username.error.issues[0]!.message}`);
    }
    const displayName = values['display-name']?.trim() || username.data;
    if (displayName.length > 80)
      throw new UsageError(`${command}: --display-name is longer than 80 characters`);
    return { command, dataDir: resolve(values.data ?? 'data/hub'), username: username.data, displayName };
  }
  if (command === 'backup') {
    const values = parse(command, argv, ['data', 'to']);
    return {
      command,
      dataDir: resolve(values.data ?? 'data/hub'),
      to: resolve(required(command, values, 'to')),
    };
  }
  if (command === 'restore') {
    const values = parse(command, argv, ['data', 'from']);
    const from = resolve(required(command, values, 'from'));
    return { command, dataDir: resolve(values.data ?? 'data/hub'), from };
  }
  const values = parse(command, argv, ['data', 'role', 'name']);
  const role = DeviceRole.safeParse(required(command, values, 'role'));
  if (!role.success) throw new UsageError(`${command}: --role must be kiosk or display`);
  const name = required(command, values, 'name');
  if (name.length > 80) throw new UsageError(`${command}: --name is longer than 80 characters`);
  return { command, dataDir: resolve(values.data ?? 'data/hub'), role: role.data, name };
}
