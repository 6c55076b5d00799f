// The caller the access guard resolved, narrowed for handlers that need a staff session or any principal.
import type { FastifyRequest } from 'fastify';
import { AuthError } from '../auth/authError.js';
import type { Caller } from '../auth/authenticate.js';
import type { StaffCaller } from '../auth/sessions.js';

const notSignedIn = () => new AuthError('unauthenticated', 'Sign in first: this needs a staff account.');

/** The resolved caller (the guard already refused anonymous callers on non-public routes). */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw notSignedIn();
  return request.caller;
}

/** The staff member and session behind the request. */
export function staffCallerOf(request: FastifyRequest): StaffCaller {
  const caller = request.caller;
  if (caller?.principal.kind !== 'staff' || caller.sessionId === null) throw notSignedIn();
  return { principal: caller.principal, sessionId: caller.sessionId };
}
