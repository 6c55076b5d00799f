// The facilities exit PIN: scrypt hashing and checking, and the guard that backs off after wrong PINs.
import type { StaffExitResult } from '../../machines/contracts/index.js';
import { defaultKdf, hashPassword, type KdfParams, verifyPassword } from '../secrets/passwords.js';

/** 6–12 digits: short enough to type on the kiosk's keypad, and the back-off makes guessing slow. */
export const EXIT_PIN = /^\d{6,12}$/;

export class ExitPinFormatError extends Error {
  override name = 'ExitPinFormatError';
}

/** Hashes a PIN like a staff password (scrypt, parameters kept in the hash); refuses a malformed PIN. */
export async function hashExitPin(pin: string, params: KdfParams = defaultKdf): Promise<string> {
  if (!EXIT_PIN.test(pin)) throw new ExitPinFormatError('the exit PIN must be 6 to 12 digits');
  return hashPassword(pin, params);
}

/** True when `pin` matches `stored`; false for a wrong PIN or a hash this code cannot read. */
export async function verifyExitPin(pin: string, stored: string): Promise<boolean> {
  return EXIT_PIN.test(pin) && verifyPassword(pin, stored);
}

/** Wrong PINs allowed before the guard starts to wait; then 30 s, 60 s, 120 s … at most 15 minutes. */
export const FREE_ATTEMPTS = 3;
export const MAX_LOCK_MS = 15 * 60_000;

export function lockMsAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(30_000 * 2 ** (failures - FREE_ATTEMPTS), MAX_LOCK_MS);
}

export interface ExitGuardDeps {
  /** The stored hash, read on every attempt so a PIN set while running is used. */
  pinHash: () => string | null;
  /** Quits the kiosk (Electron); absent in browser mode, where there is nothing to exit. */
  onExit?: () => void;
  now?: () => number;
}

export type ExitGuard = (pin: string) => Promise<StaffExitResult>;

export function createExitGuard(deps: ExitGuardDeps): ExitGuard {
  const now = deps.now ?? Date.now;
  let failures = 0;
  let lockedUntil = 0;
  const refuse = (reason: 'wrong-pin' | 'locked' | 'not-available' | 'not-set'): StaffExitResult => ({
    ok: false,
    reason,
    retryAfterSeconds: Math.max(0, Math.ceil((lockedUntil - now()) / 1000)),
  });
  async function attempt(pin: string): Promise<StaffExitResult> {
    if (!deps.onExit) return refuse('not-available');
    if (now() < lockedUntil) return refuse('locked');
    const stored = deps.pinHash();
    if (stored === null) return refuse('not-set');
    if (await verifyExitPin(pin, stored)) {
      failures = 0;
      lockedUntil = 0;
      deps.onExit();
      return { ok: true };
    }
    failures += 1;
    lockedUntil = now() + lockMsAfter(failures);
    return refuse('wrong-pin');
  }
  // One attempt at a time, so parallel guesses cannot slip past the back-off while a hash is computed.
  let last: Promise<unknown> = Promise.resolve();
  return (pin) => {
    const run = last.then(() => attempt(pin));
    last = run.catch(() => undefined);
    return run;
  };
}
