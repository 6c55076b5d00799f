// Staff sign-in: cookies, who am I, expiry (idle and absolute), logout, sign-out everywhere, disabled users.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, Principal, sessionCookie } from '../../../../machines/contracts/index.js';
import { cookieOf, startTestHub, type TestHub, testPassword } from '../support/testHub.js';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub({ auth: { sessionIdleMs: 30 * 60_000, sessionAbsoluteMs: 12 * 3600_000 } });
});
afterEach(() => hub.close());

const minutes = (n: number) => n * 60_000;

async function signIn(username = 'dana', role: 'desk' | 'administrator' = 'desk') {
  if (!hub.auth.staff.knownUsername(username)) {
    await hub.auth.staff.create({ username, displayName: 'Dana Desk', role, password: testPassword });
  }
  const res = await hub.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: testPassword },
  });
  expect(res.statusCode).toBe(200);
  return { res, cookie: cookieOf(res) };
}

const me = (cookie: string) => hub.app.inject({ url: '/api/auth/me', headers: { cookie } });
const queue = (cookie: string) => hub.app.inject({ url: '/api/queue', headers: { cookie } });
const expect401 = (res: { statusCode: number; json(): unknown }) => {
  expect(res.statusCode).toBe(401);
  expect(ApiError.parse(res.json()).error.code).toBe('unauthenticated');
};

describe('POST /api/auth/login', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and returns the principal', async () => {
    const { res } = await signIn();
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(new RegExp(`^${sessionCookie}=[A-Za-z0-9_-]{43};`));
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).not.toContain('Secure');
    const principal = Principal.parse(res.json());
    expect(principal).toMatchObject({
      kind: 'staff',
      username: 'dana',
      role: 'desk',
      displayName: 'Dana Desk',
    });
    expect(principal.kind === 'staff' && principal.sessionExpiresAt).toBe('2026-11-26T18:30:00.000Z');
  });

  it('marks the cookie Secure when the hub runs TLS', async () => {
    await hub.close();
    hub = await startTestHub({ secureCookies: true });
    const { res } = await signIn();
    expect(String(res.headers['set-cookie'])).toMatch(/; Secure$/);
  });

  it('stores only a hash of the session token, never the token', async () => {
    const { cookie } = await signIn();
    const token = cookie.split('=')[1]!;
    const db = new (await import('better-sqlite3')).default(`${hub.dataDir}/hub.sqlite`, { readonly: true });
    const ids = db.prepare('SELECT id FROM sessions').pluck().all() as string[];
    db.close();
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(ids[0]).not.toContain(token);
  });

  it('accepts the username in any case and with spaces around it', async () => {
    await signIn();
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: '  Dana ', password: testPassword },
    });
    expect(res.statusCode).toBe(200);
  });
});

describe('GET /api/auth/me', () => {
  it('answers who is signed in, and 401 without a cookie or with a forged one', async () => {
    const { cookie } = await signIn();
    expect(Principal.parse((await me(cookie)).json())).toMatchObject({ kind: 'staff', username: 'dana' });
    expect401(await hub.app.inject('/api/auth/me'));
    expect401(await me(`${sessionCookie}=forged-token`));
  });

  it('answers for a device with its id, name and role', async () => {
    const res = await hub.get('/api/auth/me', 'kiosk');
    expect(Principal.parse(res.json())).toMatchObject({ kind: 'device', role: 'kiosk', name: 'Test kiosk' });
  });
});

describe('a session', () => {
  it('ends after 30 minutes without a request', async () => {
    const { cookie } = await signIn();
    hub.clock.advance(minutes(29));
    expect((await queue(cookie)).statusCode).toBe(200);
    hub.clock.advance(minutes(30));
    expect401(await queue(cookie));
  });

  it('slides with use, but ends 12 hours after sign-in whatever the activity', async () => {
    const { cookie } = await signIn();
    for (let step = 1; step <= 28; step++) {
      hub.clock.advance(minutes(25));
      expect((await queue(cookie)).statusCode).toBe(200);
    }
    hub.clock.advance(minutes(25));
    expect401(await queue(cookie));
  });

  it('reports when it will end: the earlier of the idle end and the absolute end', async () => {
    const { cookie } = await signIn();
    const endOf = async () => {
      const principal = Principal.parse((await me(cookie)).json());
      return principal.kind === 'staff' ? principal.sessionExpiresAt : undefined;
    };
    hub.clock.advance(minutes(20));
    expect(await endOf()).toBe('2026-11-26T18:50:00.000Z');
    for (let step = 1; step <= 34; step++) {
      hub.clock.advance(minutes(20));
      await queue(cookie);
    }
    expect(await endOf()).toBe('2026-11-27T06:00:00.000Z');
  });
});

describe('signing out', () => {
  it('logout ends this session only, and deletes the cookie', async () => {
    const first = await signIn();
    const second = await signIn();
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: first.cookie },
      payload: {},
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect(String(res.headers['set-cookie'])).toMatch(new RegExp(`^${sessionCookie}=; Path=/; Max-Age=0`));
    expect401(await queue(first.cookie));
    expect((await queue(second.cookie)).statusCode).toBe(200);
  });

  it('sign-out-everywhere ends every session of that user, not of others', async () => {
    const first = await signIn();
    const second = await signIn();
    const other = await signIn('omar');
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out-everywhere',
      headers: { cookie: second.cookie },
      payload: {},
    });
    expect(res.statusCode).toBe(200);
    expect401(await queue(first.cookie));
    expect401(await queue(second.cookie));
    expect((await queue(other.cookie)).statusCode).toBe(200);
  });

  it('disabling a user ends their sessions at once and refuses their password', async () => {
    const { cookie } = await signIn();
    const user = hub.auth.staff.list().find((u) => u.username === 'dana')!;
    const res = await hub.post(`/api/staff/${user.id}/disable`, {}, 'administrator');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ username: 'dana', disabled: true });
    expect401(await queue(cookie));
    const again = await hub.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'dana', password: testPassword },
    });
    expect401(again);
  });
});
