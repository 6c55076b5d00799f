// Staff accounts: sign-in with back-off and no username disclosure, creating, listing and disabling users.
import { randomUUID } from 'node:crypto';
import type { StaffRole, StaffUser } from '../../../machines/contracts/index.js';
import { hashPassword, verifyPassword } from '../../secrets/passwords.js';
import { type StaffUserRecord, UsernameTakenError } from '../store/authStore.js';
import type { AuthDeps } from './authDeps.js';
import { AuthError } from './authError.js';
import { createUnknownUserFailures, type FailureState, lockedUntilAfter } from './lockout.js';
import type { Sessions, StaffCaller } from './sessions.js';
import { newToken } from './tokens.js';

export const wrongCredentialsMessage = 'The username or password is wrong: check both and try again.';

export interface NewStaffUser {
  username: string;
  displayName: string;
  role: StaffRole;
  password: string;
}

export const toStaffUser = (user: StaffUserRecord): StaffUser => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  role: user.role,
  disabled: user.disabled,
  createdAt: user.createdAt,
});

function lockedError(lockedUntil: string, now: Date): AuthError {
  const seconds = Math.max(1, Math.ceil((new Date(lockedUntil).getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new AuthError(
    'rate-limited',
    `Too many failed sign-ins for this username: wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
    seconds,
  );
}

export function createStaffAccounts(deps: AuthDeps, sessions: Sessions) {
  const { store } = deps;
  const unknownUsers = createUnknownUserFailures();
  // Unknown usernames are checked against this hash so that they take as long as real ones.
  let dummyHash: Promise<string> | undefined;
  const dummy = () => {
    dummyHash ??= hashPassword(newToken(), deps.kdf);
    return dummyHash;
  };

  const failuresOf = (username: string): FailureState =>
    store.findUserByUsername(username) ?? unknownUsers.get(username);
  const isLocked = (state: FailureState, now: Date) =>
    state.lockedUntil !== null && state.lockedUntil > now.toISOString();

  function recordFailure(username: string, now: Date): void {
    const failedLogins = failuresOf(username).failedLogins + 1;
    const lockedUntil = lockedUntilAfter(failedLogins, now);
    const user = store.findUserByUsername(username);
    if (user) store.setLoginFailures(user.id, failedLogins, lockedUntil);
    else unknownUsers.set(username, { failedLogins, lockedUntil });
  }

  return {
    /** Checks the password and opens a session; 401 for any wrong, unknown or disabled account, 429 when locked. */
    async login(typedUsername: string, password: string): Promise<{ token: string; caller: StaffCaller }> {
      const username = typedUsername.trim().toLowerCase();
      const started = deps.now();
      const before = failuresOf(username);
      if (isLocked(before, started)) throw lockedError(before.lockedUntil!, started);
      const user = store.findUserByUsername(username);
      const matches = await verifyPassword(password, user ? user.passwordHash : await dummy());
      const now = deps.now();
      // A parallel attempt may have locked the username while this one was hashing.
      const current = failuresOf(username);
      if (isLocked(current, now)) throw lockedError(current.lockedUntil!, now);
      if (!user || !matches || user.disabled) {
        recordFailure(username, now);
        throw new AuthError('unauthenticated', wrongCredentialsMessage);
      }
      if (current.failedLogins > 0) store.setLoginFailures(user.id, 0, null);
      return sessions.start(user);
    },

    list: (): StaffUser[] => store.listUsers().map(toStaffUser),

    /** The stored username matching what was typed at sign-in, or undefined (for audit: never record guesses). */
    knownUsername: (typed: string): string | undefined =>
      store.findUserByUsername(typed.trim().toLowerCase())?.username,

    /** Adds a staff user; 409 conflict when the username is taken. */
    async create(input: NewStaffUser): Promise<StaffUser> {
      const record: StaffUserRecord = {
        id: randomUUID(),
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        passwordHash: await hashPassword(input.password, deps.kdf),
        disabled: false,
        createdAt: deps.now().toISOString(),
        failedLogins: 0,
        lockedUntil: null,
      };
      try {
        store.insertUser(record);
      } catch (error) {
        if (!(error instanceof UsernameTakenError)) throw error;
        throw new AuthError('conflict', `The username "${input.username}" is taken: choose another one.`);
      }
      return toStaffUser(record);
    },

    /** Disables a user and ends all their sessions at once; nobody can disable their own account. */
    disable(userId: string, by: StaffCaller): StaffUser {
      const user = store.findUserById(userId);
      if (!user) throw new AuthError('not-found', 'There is no staff user with that id: reload the list.');
      if (user.id === by.principal.userId) {
        throw new AuthError('conflict', 'You cannot disable your own account: ask another administrator.');
      }
      store.disableUser(user.id);
      deps.revoked({ userId: user.id });
      return toStaffUser({ ...user, disabled: true });
    },
  };
}

export type StaffAccounts = ReturnType<typeof createStaffAccounts>;
