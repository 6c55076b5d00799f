// hashPassword/verifyPassword: scrypt with a per-hash salt, parameters kept in the hash, constant-time check.
import { describe, expect, it } from 'vitest';
import { defaultKdf, hashPassword, verifyPassword } from '../../../main/secrets/passwords.js';

const cheap = { N: 2 ** 10, r: 8, p: 1 };
const password = 'correct horse battery staple';

describe('hashPassword', () => {
  it('uses the production cost by default (N=2^15, r=8, p=1) and verifies with it', async () => {
    expect(defaultKdf).toEqual({ N: 32768, r: 8, p: 1 });
    const hash = await hashPassword(password);
    expect(hash).toMatch(/^scrypt\$N=32768,r=8,p=1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await verifyPassword(password, hash)).toBe(true);
  });

  it('never contains the password and differs every time (random salt)', async () => {
    const [a, b] = await Promise.all([hashPassword(password, cheap), hashPassword(password, cheap)]);
    expect(a).not.toContain(password);
    expect(a).not.toBe(b);
    expect(a.split('$')[2]).not.toBe(b!.split('$')[2]);
  });
});

describe('verifyPassword', () => {
  it('refuses a wrong password, a changed case and a trailing space', async () => {
    const hash = await hashPassword(password, cheap);
    for (const guess of ['wrong password here', password.toUpperCase(), `${password} `])
      expect(await verifyPassword(guess, hash)).toBe(false);
  });

  it('reads the cost from the hash, so hashes made with other parameters still verify', async () => {
    const stronger = await hashPassword(password, { N: 2 ** 11, r: 8, p: 2 });
    expect(stronger).toContain('$N=2048,r=8,p=2$');
    expect(await verifyPassword(password, stronger)).toBe(true);
  });

  it('treats the same text in composed or decomposed Unicode as the same password', async () => {
    const hash = await hashPassword('café au lait, s’il vous plaît', cheap);
    expect(await verifyPassword('cafe\u0301 au lait, s’il vous plai\u0302t', hash)).toBe(true);
  });

  it.each(['', 'plain', 'scrypt$N=1024,r=8,p=1$onlysalt', 'bcrypt$2b$10$abcdefghijklmnopqrstuv'])(
    'answers false for a malformed hash %j',
    async (hash) => {
      expect(await verifyPassword(password, hash)).toBe(false);
    },
  );
});
