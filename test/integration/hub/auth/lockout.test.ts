// Brute-force back-off on sign-in: 5 failures lock a username for 1 min, doubling; unknown usernames alike.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../machines/contracts/index.js';
import { startTestHub, type TestHub, testPassword } from '../support/testHub.js';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
  await hub.auth.staff.create({
    username: 'dana',
    displayName: 'Dana',
    role: 'desk',
    password: testPassword,
  });
});
afterEach(() => hub.close());

const attempt = (username: string, password: string) =>
  hub.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
const wrong = 'not the password at all';

async function failFiveTimes(username: string): Promise<string[]> {
  const bodies: string[] = [];
  for (let i = 0; i < 5; i++) {
    const res = await attempt(username, wrong);
    expect(res.statusCode).toBe(401);
    bodies.push(res.body);
  }
  return bodies;
}

describe('signing in with a wrong password', () => {
  it('five times locks the username: even the right password then gets 429 saying when to retry', async () => {
    await failFiveTimes('dana');
    const locked = await attempt('dana', testPassword);
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('60');
    const { error } = ApiError.parse(locked.json());
    expect(error.code).toBe('rate-limited');
    expect(error.message).toMatch(/wait 1 minute and try again/);
    expect(locked.headers['set-cookie']).toBeUndefined();
  });

  it('unlocks after the back-off, and a success resets the count', async () => {
    await failFiveTimes('dana');
    hub.clock.advance(59_000);
    expect((await attempt('dana', testPassword)).statusCode).toBe(429);
    hub.clock.advance(1_000);
    expect((await attempt('dana', testPassword)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await attempt('dana', wrong)).statusCode).toBe(401);
    expect((await attempt('dana', testPassword)).statusCode).toBe(200);
  });

  it('doubles the lock for each further failure', async () => {
    await failFiveTimes('dana');
    hub.clock.advance(60_000);
    expect((await attempt('dana', wrong)).statusCode).toBe(401);
    const locked = await attempt('dana', testPassword);
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('120');
    expect(ApiError.parse(locked.json()).error.message).toMatch(/wait 2 minutes/);
    hub.clock.advance(120_000);
    expect((await attempt('dana', testPassword)).statusCode).toBe(200);
  });

  it('does not lock other usernames', async () => {
    await hub.auth.staff.create({
      username: 'omar',
      displayName: 'Omar',
      role: 'desk',
      password: testPassword,
    });
    await failFiveTimes('dana');
    expect((await attempt('omar', testPassword)).statusCode).toBe(200);
  });
});

describe('an unknown username', () => {
  it('gets exactly the answers a real one gets: the same 401 body, then the same 429', async () => {
    const real = await failFiveTimes('dana');
    const unknown = await failFiveTimes('nobody');
    expect(unknown).toEqual(real);
    const lockedReal = await attempt('dana', testPassword);
    const lockedUnknown = await attempt('nobody', testPassword);
    expect(lockedUnknown.statusCode).toBe(429);
    expect(lockedUnknown.body).toBe(lockedReal.body);
    expect(lockedUnknown.headers['retry-after']).toBe(lockedReal.headers['retry-after']);
  });
});
