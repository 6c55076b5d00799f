// What the identity and access modules share: the store, the clock, the KDF cost, session limits, revocations.

import type { KdfParams } from '../../secrets/passwords.js';
import type { AuthStore } from '../store/authStore.js';

/** Something was revoked: live connections using it (WebSocket streams) must close. */
export type Revocation = { sessionId: string } | { userId: string } | { deviceId: string };

export interface AuthSettings {
  /** scrypt cost for new password hashes (default: production cost, see passwords.ts). */
  kdf: KdfParams;
  /** A session ends after this long without a request (default 30 min). */
  sessionIdleMs: number;
  /** A session ends this long after sign-in, whatever the activity (default 12 h). */
  sessionAbsoluteMs: number;
}

export interface AuthDeps extends AuthSettings {
  store: AuthStore;
  now: () => Date;
  revoked(revocation: Revocation): void;
}

export const defaultSessionIdleMs = 30 * 60_000;
export const defaultSessionAbsoluteMs = 12 * 60 * 60_000;
