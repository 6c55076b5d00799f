// The facilities exit PIN: scrypt hashes, checking, and the guard's back-off after wrong PINs.
import { describe, expect, it, vi } from 'vitest';
import {
  createExitGuard,
  FREE_ATTEMPTS,
  hashExitPin,
  lockMsAfter,
  MAX_LOCK_MS,
  verifyExitPin,
} from '../../../main/agent/exitPin.js';
import { defaultKdf, type KdfParams } from '../../../main/secrets/passwords.js';

const cheap: KdfParams = { N: 1024, r: 8, p: 1 };

describe('exit PIN hashing', () => {
  it('hashes with the production scrypt cost and verifies only the same PIN', async () => {
    const stored = await hashExitPin('73915482', defaultKdf);
    expect(stored).toMatch(/^scrypt\$N=32768,r=8,p=1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(stored).not.toContain('73915482');
    expect(await verifyExitPin('73915482', stored)).toBe(true);
    expect(await verifyExitPin('73915483', stored)).toBe(false);
  });

  it('salts every hash, so the same PIN hashes differently twice', async () => {
    const [a, b] = await Promise.all([hashExitPin('123456', cheap), hashExitPin('123456', cheap)]);
    expect(a).not.toBe(b);
    expect(await verifyExitPin('123456', b)).toBe(true);
  });

  it.each(['12345', '1234567890123', '12a456', ' 123456'])(
    'refuses to hash %j (6 to 12 digits)',
    async (pin) => {
      await expect(hashExitPin(pin, cheap)).rejects.toThrow(/6 to 12 digits/);
    },
  );

  it('answers false for a stored value it cannot read', async () => {
    expect(await verifyExitPin('123456', 'plain:123456')).toBe(false);
    expect(await verifyExitPin('123456', 'scrypt$N=x,r=8,p=1$c2FsdA$aGFzaA')).toBe(false);
  });
});

describe('exit guard', () => {
  const setUp = async () => {
    const onExit = vi.fn();
    const stored = await hashExitPin('246810', cheap);
    let clock = 1_000_000;
    const guard = createExitGuard({ pinHash: () => stored, now: () => clock, onExit });
    return { guard, onExit, advance: (ms: number) => (clock += ms) };
  };

  it('exits on the right PIN', async () => {
    const { guard, onExit } = await setUp();
    expect(await guard('246810')).toEqual({ ok: true });
    expect(onExit).toHaveBeenCalledTimes(1);
  });

  it('allows a few wrong PINs, then makes the next one wait, longer each time', async () => {
    const { guard, onExit, advance } = await setUp();
    for (let i = 1; i < FREE_ATTEMPTS; i += 1) {
      expect(await guard('000000')).toEqual({ ok: false, reason: 'wrong-pin', retryAfterSeconds: 0 });
    }
    expect(await guard('000000')).toEqual({ ok: false, reason: 'wrong-pin', retryAfterSeconds: 30 });
    // While locked, even the right PIN is not checked.
    expect(await guard('246810')).toEqual({ ok: false, reason: 'locked', retryAfterSeconds: 30 });
    advance(30_000);
    expect(await guard('111111')).toEqual({ ok: false, reason: 'wrong-pin', retryAfterSeconds: 60 });
    advance(60_000);
    expect(await guard('246810')).toEqual({ ok: true });
    expect(onExit).toHaveBeenCalledTimes(1);
    expect(await guard('000000')).toMatchObject({ retryAfterSeconds: 0 });
  });

  it('checks one attempt at a time, so parallel guesses cannot skip the wait', async () => {
    const { guard } = await setUp();
    const results = await Promise.all(
      Array.from({ length: FREE_ATTEMPTS + 2 }, (_, i) => guard(String(100000 + i))),
    );
    expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual([
      ...Array(FREE_ATTEMPTS).fill('wrong-pin'),
      'locked',
      'locked',
    ]);
  });

  it('caps the wait at 15 minutes', () => {
    expect(lockMsAfter(FREE_ATTEMPTS - 1)).toBe(0);
    expect(lockMsAfter(FREE_ATTEMPTS)).toBe(30_000);
    expect(lockMsAfter(FREE_ATTEMPTS + 50)).toBe(MAX_LOCK_MS);
  });

  it('says exit is not available when there is nothing to exit (browser mode)', async () => {
    const stored = await hashExitPin('246810', cheap);
    const guard = createExitGuard({ pinHash: () => stored });
    expect(await guard('246810')).toEqual({ ok: false, reason: 'not-available', retryAfterSeconds: 0 });
  });

  it('says no PIN is set when none was stored', async () => {
    const onExit = vi.fn();
    const guard = createExitGuard({ pinHash: () => null, onExit });
    expect(await guard('246810')).toEqual({ ok: false, reason: 'not-set', retryAfterSeconds: 0 });
    expect(onExit).not.toHaveBeenCalled();
  });
});
