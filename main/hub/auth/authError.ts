// The error the identity and access code throws: a contract error code plus a plain sentence saying what to do.
import type { ApiErrorCode } from '../../../machines/contracts/index.js';

export type AuthErrorCode = Extract<
  ApiErrorCode,
  'unauthenticated' | 'forbidden' | 'rate-limited' | 'conflict' | 'not-found'
>;

export class AuthError extends Error {
  constructor(
    readonly code: AuthErrorCode,
    message: string,
    /** For rate-limited: seconds until the caller may try again (sent as Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}
