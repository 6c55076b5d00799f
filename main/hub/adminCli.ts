// Runs the admin subcommands on the hub database through a separate connection (safe while the hub runs);
// restore is the exception: it refuses while a hub serves the folder.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Password } from '../../machines/contracts/index.js';
import type { AdminCommand } from './adminCliArgs.js';
import { AuthError } from './auth/authError.js';
import { createAuthService } from './auth/authService.js';
import { UsageError } from './cliArgs.js';
import { backupHubDatabase } from './ops/backupDatabase.js';
import { DatabaseFileError } from './ops/hubDatabaseFile.js';
import { HubRunningError } from './ops/hubLock.js';
import { restoreHubDatabase } from './ops/restoreDatabase.js';
import { readPassword } from './readPassword.js';
import { openHubDatabase } from './store/hubDatabase.js';
import { createSqliteAuthStore } from './store/sqliteAuthStore.js';

/** A refusal that is not a usage mistake (e.g. the username exists): exit code 1. */
export class RefusedError extends Error {
  override name = 'RefusedError';
}

/** Backup and restore: the database file as a whole, never opened through the hub's migrations. */
async function runFileCommand(
  command: Extract<AdminCommand, { command: 'backup' | 'restore' }>,
): Promise<string> {
  try {
    if (command.command === 'backup') {
      const { schemaVersion, bytes } = await backupHubDatabase(command.dataDir, command.to);
      return `backup written to ${command.to} (schema version ${schemaVersion}, ${bytes} bytes)`;
    }
    const { schemaVersion, keptAs } = await restoreHubDatabase(command.dataDir, command.from);
    const kept = keptAs ? `; the replaced database is kept as ${keptAs}` : '';
    return `restored ${command.from} into ${command.dataDir} (schema version ${schemaVersion})${kept}`;
  } catch (error) {
    if (error instanceof DatabaseFileError || error instanceof HubRunningError) {
      throw new RefusedError(`${command.command}: ${error.message}`);
    }
    throw error;
  }
}

/** Runs `command`; resolves with the one line to print on stdout. */
export async function runAdminCommand(command: AdminCommand): Promise<string> {
  if (command.command === 'backup' || command.command === 'restore') return runFileCommand(command);
  let password: string | undefined;
  if (command.command === 'create-admin') {
    const checked = Password.safeParse(await readPassword());
    if (!checked.success)
      throw new UsageError(`create-admin: bad password: ${checked.error.issues[0]!.message}`);
    password = checked.data;
  }
  mkdirSync(command.dataDir, { recursive: true });
  const db = openHubDatabase(join(command.dataDir, 'hub.sqlite'));
  try {
    const auth = createAuthService({ store: createSqliteAuthStore(db), now: () => new Date() });
    if (command.command === 'create-enrolment-code') {
      const code = auth.devices.createEnrolmentCode({ role: command.role, name: command.name }, 'cli');
      return code.code;
    }
    const { username, displayName } = command;
    const user = await auth.staff
      .create({ username, displayName, role: 'administrator', password: password! })
      .catch((error: unknown) => {
        if (error instanceof AuthError && error.code === 'conflict') {
          throw new RefusedError(`create-admin: the username "${username}" exists already: choose another`);
        }
        throw error;
      });
    return `created administrator "${user.username}" (id ${user.id})`;
  } finally {
    db.close();
  }
}
