// Secret hashing with scrypt (memory-hard) for staff passwords and the kiosk exit PIN: per-secret salt,
// parameters kept in the hash, constant-time check.
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt cost parameters: N (CPU/memory cost, a power of two), r (block size), p (parallelism). */
export interface KdfParams {
  N: number;
  r: number;
  p: number;
}

/** Production cost: N=2^15, r=8, p=1 (32 MiB per hash). Tests may inject cheaper parameters. */
export const defaultKdf: KdfParams = { N: 2 ** 15, r: 8, p: 1 };

const keyLength = 32;
const saltLength = 16;
const encoded = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

function derive(password: string, salt: Buffer, { N, r, p }: KdfParams): Promise<Buffer> {
  // scrypt needs 128·N·r·p bytes; allow twice that so raising the parameters later keeps working.
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r * p };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** Hashes `password` with a fresh random salt: `scrypt$N=…,r=…,p=…$<salt>$<key>` (base64url). */
export async function hashPassword(password: string, params: KdfParams = defaultKdf): Promise<string> {
  const salt = randomBytes(saltLength);
  const key = await derive(password, salt, params);
  return `scrypt$N=${params.N},r=${params.r},p=${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** True when `password` matches `hash`, using the parameters stored in the hash; false for a malformed hash. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const match = encoded.exec(hash);
  if (!match) return false;
  const params = { N: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  const expected = Buffer.from(match[5]!, 'base64url');
  const key = await derive(password, Buffer.from(match[4]!, 'base64url'), params);
  return key.length === expected.length && timingSafeEqual(key, expected);
}
