// Random credentials and their stored form: tokens are 32 random bytes (base64url), stored only as SHA-256.
import { createHash, randomBytes, randomInt } from 'node:crypto';

/** A new bearer credential: 256 random bits, base64url (43 characters). */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What the database keeps instead of a token or code: its SHA-256, hex. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Letters and digits nobody confuses when reading a code aloud: no I, O, 0 or 1. */
export const codeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time enrolment code, e.g. "K7QM-4XPA" (40 random bits). */
export function newEnrolmentCode(): string {
  const pick = () => Array.from({ length: 4 }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join('');
  return `${pick()}-${pick()}`;
}

/** The code as typed ("k7qm 4xpa", "K7QM4XPA") in its canonical "K7QM-4XPA" form, or undefined if it cannot be one. */
export function normaliseEnrolmentCode(typed: string): string | undefined {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== 8 || [...compact].some((c) => !codeAlphabet.includes(c))) return undefined;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}
