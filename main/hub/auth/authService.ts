// Identity and access as one object: staff accounts, sessions, devices, and revocation notices for live streams.

import { defaultKdf } from '../../secrets/passwords.js';
import type { AuthStore } from '../store/authStore.js';
import {
  type AuthDeps,
  type AuthSettings,
  defaultSessionAbsoluteMs,
  defaultSessionIdleMs,
  type Revocation,
} from './authDeps.js';
import { createDeviceAccounts } from './deviceAccounts.js';
import { createSessions } from './sessions.js';
import { createStaffAccounts } from './staffAccounts.js';

export interface AuthServiceOptions extends Partial<AuthSettings> {
  store: AuthStore;
  now: () => Date;
}

export function createAuthService({ store, now, ...settings }: AuthServiceOptions) {
  const listeners = new Set<(revocation: Revocation) => void>();
  const deps: AuthDeps = {
    store,
    now,
    kdf: settings.kdf ?? defaultKdf,
    sessionIdleMs: settings.sessionIdleMs ?? defaultSessionIdleMs,
    sessionAbsoluteMs: settings.sessionAbsoluteMs ?? defaultSessionAbsoluteMs,
    revoked: (revocation) => {
      for (const listener of listeners) listener(revocation);
    },
  };
  const sessions = createSessions(deps);
  return {
    settings: { kdf: deps.kdf, sessionIdleMs: deps.sessionIdleMs, sessionAbsoluteMs: deps.sessionAbsoluteMs },
    sessions,
    staff: createStaffAccounts(deps, sessions),
    devices: createDeviceAccounts(deps),
    /** Calls `listener` whenever a session, user or device is revoked; returns the function that stops it. */
    onRevoked(listener: (revocation: Revocation) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
