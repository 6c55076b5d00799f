// Staff sessions: a random cookie token whose SHA-256 is the session id; idle and absolute expiry, sliding use.
import type { Principal } from '../../../machines/contracts/index.js';
import type { SessionRecord, StaffUserRecord } from '../store/authStore.js';
import type { AuthDeps } from './authDeps.js';
import { newToken, tokenHash } from './tokens.js';

/** last_seen_at is written at most this often per session (the idle timeout slides with it). */
const touchEveryMs = 10_000;

export type StaffPrincipal = Extract<Principal, { kind: 'staff' }>;

export interface StaffCaller {
  principal: StaffPrincipal;
  sessionId: string;
}

function staffPrincipal(deps: AuthDeps, user: StaffUserRecord, session: SessionRecord): StaffPrincipal {
  const idleEnd = new Date(session.lastSeenAt).getTime() + deps.sessionIdleMs;
  const end = Math.min(idleEnd, new Date(session.expiresAt).getTime());
  return {
    kind: 'staff',
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    sessionExpiresAt: new Date(end).toISOString(),
  };
}

export function createSessions(deps: AuthDeps) {
  const { store } = deps;
  /** The session and its user while both still work at `now`; null when expired, revoked or disabled. */
  const live = (sessionId: string, now: number) => {
    const session = store.findSession(sessionId);
    if (!session || session.revoked) return null;
    const lastSeen = new Date(session.lastSeenAt).getTime();
    if (now >= new Date(session.expiresAt).getTime() || now >= lastSeen + deps.sessionIdleMs) return null;
    const user = store.findUserById(session.userId);
    if (!user || user.disabled) return null;
    return { session, user, lastSeen };
  };
  return {
    /** Opens a session for `user`; returns the cookie token (shown once, never stored) and the principal. */
    start(user: StaffUserRecord): { token: string; caller: StaffCaller } {
      const token = newToken();
      const now = deps.now();
      const session: SessionRecord = {
        id: tokenHash(token),
        userId: user.id,
        createdAt: now.toISOString(),
        lastSeenAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + deps.sessionAbsoluteMs).toISOString(),
        revoked: false,
      };
      store.insertSession(session);
      return { token, caller: { principal: staffPrincipal(deps, user, session), sessionId: session.id } };
    },

    /** The staff member behind a cookie token, sliding the idle timeout; null if expired, revoked or disabled. */
    resolve(token: string): StaffCaller | null {
      const now = deps.now().getTime();
      const found = live(tokenHash(token), now);
      if (!found) return null;
      const { session, user, lastSeen } = found;
      if (now - lastSeen >= touchEveryMs) {
        session.lastSeenAt = new Date(now).toISOString();
        store.touchSession(session.id, session.lastSeenAt);
      }
      return { principal: staffPrincipal(deps, user, session), sessionId: session.id };
    },

    /** Whether a session still works, without counting as use (an open event stream is not activity). */
    isLive(sessionId: string): boolean {
      return live(sessionId, deps.now().getTime()) !== null;
    },

    revoke(sessionId: string): void {
      store.revokeSession(sessionId);
      deps.revoked({ sessionId });
    },

    revokeAllOf(userId: string): void {
      store.revokeUserSessions(userId);
      deps.revoked({ userId });
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
