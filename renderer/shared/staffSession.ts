// Who is signed in at this staff screen: asks the hub (GET /api/auth/me), signs in and out, and drops back to
// the sign-in screen as soon as any call finds the session gone (401). Plain store, so tests need no DOM.
import type { Principal, StaffRole } from '../../machines/contracts/auth.js';
import { HubUnreachableError } from '../../machines/contracts/hubClient.js';
import { type AuthProblem, authProblemOf, type HubBridge } from '../bridge/hubBridge.js';

/** A signed-in member of staff (the staff half of `Principal`). */
export type StaffPrincipal = Extract<Principal, { kind: 'staff' }>;

/** Why the sign-in form is showing an error. `retry` is the hub's own sentence for locks and rate limits. */
export type SignInProblem =
  | { kind: 'missing-username' }
  | { kind: 'missing-password' }
  | { kind: 'missing-both' }
  | { kind: 'wrong-details' }
  | { kind: 'locked'; retry: string | null }
  | { kind: 'unreachable' }
  | { kind: 'failed' };

export type StaffSessionState =
  | { status: 'checking' }
  | { status: 'unreachable' }
  | { status: 'signedOut'; ended: boolean; problem: SignInProblem | null; busy: boolean }
  | { status: 'signedIn'; principal: StaffPrincipal; signingOut: boolean; signOutFailed: boolean };

export interface StaffSession {
  get(): StaffSessionState;
  subscribe(listener: () => void): () => void;
  /** Asks the hub who is signed in (again after `unreachable`). */
  check(): Promise<void>;
  signIn(username: string, password: string): Promise<void>;
  /** `everywhere`: end every session of this user, on every computer. */
  signOut(everywhere: boolean): Promise<void>;
  /** Listens to the bridge for a lost session and asks the hub who is signed in; returns a stop function. */
  connect(): () => void;
}

const signedOut = (ended: boolean, problem: SignInProblem | null = null): StaffSessionState => ({
  status: 'signedOut',
  ended,
  problem,
  busy: false,
});

/** A blank field is answered on the screen, before asking the hub. */
export function missingFields(username: string, password: string): SignInProblem | null {
  const noUser = username.trim() === '';
  const noPassword = password === '';
  if (noUser && noPassword) return { kind: 'missing-both' };
  if (noUser) return { kind: 'missing-username' };
  if (noPassword) return { kind: 'missing-password' };
  return null;
}

/** What a failed POST /api/auth/login means for the person at the screen. */
export function signInProblemOf(error: unknown): SignInProblem {
  if (error instanceof HubUnreachableError) return { kind: 'unreachable' };
  const problem = authProblemOf(error);
  if (problem === 'unauthenticated') return { kind: 'wrong-details' };
  if (error instanceof Error && 'code' in error) {
    if (error.code === 'rate-limited') return { kind: 'locked', retry: error.message || null };
    if (error.code === 'invalid-request') return { kind: 'wrong-details' };
  }
  return { kind: 'failed' };
}

export function createStaffSession(bridge: HubBridge): StaffSession {
  let state: StaffSessionState = { status: 'checking' };
  const listeners = new Set<() => void>();
  const set = (next: StaffSessionState) => {
    state = next;
    for (const listener of [...listeners]) listener();
  };
  const onAuthProblem = (problem: AuthProblem) => {
    if (problem === 'unauthenticated' && state.status === 'signedIn') set(signedOut(true));
  };

  const adopt = (principal: Principal) => {
    if (principal.kind === 'staff') {
      set({ status: 'signedIn', principal, signingOut: false, signOutFailed: false });
    } else set(signedOut(false));
  };

  const check = async () => {
    if (state.status === 'unreachable') set({ status: 'checking' });
    try {
      adopt(await bridge.call('me', {}));
    } catch (error) {
      set(authProblemOf(error) ? signedOut(false) : { status: 'unreachable' });
    }
  };

  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    check,
    async signIn(username, password) {
      if (state.status !== 'signedOut' || state.busy) return;
      const missing = missingFields(username, password);
      if (missing) return set({ ...state, problem: missing });
      set({ ...state, busy: true });
      try {
        adopt(await bridge.call('login', { body: { username: username.trim(), password } }));
      } catch (error) {
        set({ status: 'signedOut', ended: false, problem: signInProblemOf(error), busy: false });
      }
    },
    async signOut(everywhere) {
      if (state.status !== 'signedIn' || state.signingOut) return;
      set({ ...state, signingOut: true, signOutFailed: false });
      try {
        await bridge.call(everywhere ? 'signOutEverywhere' : 'logout', { body: {} });
      } catch (error) {
        if (!authProblemOf(error) && state.status === 'signedIn') {
          return set({ ...state, signingOut: false, signOutFailed: true });
        }
      }
      set(signedOut(false));
    },
    connect() {
      const stop = bridge.onAuthProblem(onAuthProblem);
      void check();
      return stop;
    },
  };
}

/** True when this member of staff has one of `roles`. */
export function hasRole(principal: StaffPrincipal, roles: readonly StaffRole[]): boolean {
  return roles.includes(principal.role);
}
