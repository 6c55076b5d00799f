// The facilities exit PIN: scrypt hashing and checking, and the guard that backs off after wrong PINs.
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import type { StaffExitResult } from '../../machines/contracts/index.js';

/** 6–12 digits: short enough to type on the kiosk's keypad, and the back-off makes guessing slow. */
export const EXIT_PIN = /^\d{6,12}$/;

export interface KdfParams {
  N: number;
  r: number;
  p: number;
}

/** Production cost (about 32 MiB, tens of milliseconds); tests pass cheaper parameters. */
export const productionKdf: KdfParams = { N: 2 ** 15, r: 8, p: 1 };

const KEY_LENGTH = 32;

function derive(pin: string, salt: Buffer, { N, r, p }: KdfParams): Promise<Buffer> {
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
  return new Promise((resolvePromise, reject) =>
    scrypt(pin, salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolvePromise(key))),
  );
}

export class ExitPinFormatError extends Error {
  override name = 'ExitPinFormatError';
}

/** `scrypt$N$r$p$<salt>$<hash>` (base64url); the parameters travel with the hash so they can be raised later. */
export async function hashExitPin(pin: string, params: KdfParams = productionKdf): Promise<string> {
  if (!EXIT_PIN.test(pin)) throw new ExitPinFormatError('the exit PIN must be 6 to 12 digits');
  const salt = randomBytes(16);
  const key = await derive(pin, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

/** True when `pin` matches `stored`; false for a wrong PIN or a hash this code cannot read. */
export async function verifyExitPin(pin: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash || !EXIT_PIN.test(pin)) return false;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (![params.N, params.r, params.p].every((v) => Number.isInteger(v) && v > 0)) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(pin, Buffer.from(salt, 'base64url'), params);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
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
