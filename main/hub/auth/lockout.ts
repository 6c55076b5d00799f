// Sign-in back-off: after 5 consecutive failures a username is locked for 1 min, doubling up to 15 min.

export const freeFailures = 5;
const firstLockMs = 60_000;
const maxLockMs = 15 * 60_000;

/** When a username with `failures` consecutive failures (this one included) may try again; null if now. */
export function lockedUntilAfter(failures: number, now: Date): string | null {
  if (failures < freeFailures) return null;
  const ms = Math.min(firstLockMs * 2 ** (failures - freeFailures), maxLockMs);
  return new Date(now.getTime() + ms).toISOString();
}

export interface FailureState {
  failedLogins: number;
  lockedUntil: string | null;
}

/**
 * Failures for usernames that do not exist, kept in memory (bounded) so that they lock exactly like real
 * accounts and a lockout never reveals whether a username exists.
 */
export function createUnknownUserFailures(limit = 10_000) {
  const entries = new Map<string, FailureState>();
  return {
    get: (username: string): FailureState => entries.get(username) ?? { failedLogins: 0, lockedUntil: null },
    set(username: string, state: FailureState): void {
      entries.delete(username);
      entries.set(username, state);
      if (entries.size > limit) entries.delete(entries.keys().next().value!);
    },
  };
}
