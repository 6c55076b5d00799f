// The timing rules of kiosk commands, as pure functions: expiry, hand-out again after a crash, staff-facing status.
import type { DeviceCommandStatus } from '../../../machines/contracts/index.js';

/** A command not completed this long after it was requested expires. */
export const commandLifetimeMs = 10 * 60_000;
/** A fetched command not completed this long after the fetch is handed out again (the kiosk may have crashed). */
export const refetchAfterMs = 60_000;
/** Most commands a device may have waiting (pending or fetched) at once. */
export const maxPendingCommands = 20;
/** Most commands listed for a device. */
export const commandListLimit = 20;

/** How a command stands in the hub's table: `fetched` is a kiosk working on it. */
export type StoredCommandStatus = DeviceCommandStatus | 'fetched';

export interface CommandTimes {
  status: StoredCommandStatus;
  requestedAt: string;
  fetchedAt: string | null;
}

const isOpen = (status: StoredCommandStatus) => status === 'pending' || status === 'fetched';

/** The latest request time at `now` that is still within a command's lifetime (older open commands expire). */
export const expiryCutoff = (now: Date) => new Date(now.getTime() - commandLifetimeMs).toISOString();

/** The latest fetch time at `now` after which a fetched, unfinished command is handed out again. */
export const refetchCutoff = (now: Date) => new Date(now.getTime() - refetchAfterMs).toISOString();

/** True when an open command has outlived its lifetime at `now`. */
export function hasExpired(command: CommandTimes, now: Date): boolean {
  return isOpen(command.status) && command.requestedAt <= expiryCutoff(now);
}

/** True when the device should get the command on a fetch at `now`. */
export function isDue(command: CommandTimes, now: Date): boolean {
  if (hasExpired(command, now)) return false;
  if (command.status === 'pending') return true;
  return (
    command.status === 'fetched' && command.fetchedAt !== null && command.fetchedAt <= refetchCutoff(now)
  );
}

/** What staff see: a fetched-but-unfinished command is still pending; an outlived one is expired. */
export function visibleStatus(command: CommandTimes, now: Date): DeviceCommandStatus {
  if (hasExpired(command, now)) return 'expired';
  return command.status === 'fetched' ? 'pending' : command.status;
}
