// Staff administration: create (409 on a taken username), list without secrets, disable (never yourself).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, StaffList, StaffUser } from '../../../../machines/contracts/index.js';
import { startTestHub, type TestHub, testPassword } from '../support/testHub.js';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(() => hub.close());

const newUser = (username: string, role = 'desk') => ({
  username,
  displayName: `Name of ${username}`,
  role,
  password: testPassword,
});
const create = (body: unknown) => hub.post('/api/staff', body, 'administrator');

describe('POST /api/staff', () => {
  it('creates a user who can then sign in with the role given', async () => {
    const res = await create(newUser('rosa', 'supervisor'));
    expect(res.statusCode).toBe(201);
    expect(StaffUser.parse(res.json())).toMatchObject({
      username: 'rosa',
      role: 'supervisor',
      disabled: false,
    });
    const login = await hub.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'rosa', password: testPassword },
    });
    expect(login.json()).toMatchObject({ kind: 'staff', role: 'supervisor' });
  });

  it('refuses a taken username with 409 conflict, keeping the first account', async () => {
    await create(newUser('rosa'));
    const res = await create({ ...newUser('rosa', 'administrator'), password: 'another long password' });
    expect(res.statusCode).toBe(409);
    expect(ApiError.parse(res.json()).error).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/rosa/),
    });
    const users = StaffList.parse((await hub.get('/api/staff', 'administrator')).json()).users;
    expect(users.filter((u) => u.username === 'rosa')).toEqual([expect.objectContaining({ role: 'desk' })]);
  });

  it.each([
    ['a short password', { ...newUser('rosa'), password: 'short' }, /password/],
    ['a bad username', newUser('Rosa Parks'), /username/],
    ['an unknown role', newUser('rosa', 'mayor'), /role/],
  ])('refuses %s with 400 invalid-request', async (_, body, mention) => {
    const res = await create(body);
    expect(res.statusCode).toBe(400);
    expect(ApiError.parse(res.json()).error.message).toMatch(mention);
    expect(hub.auth.staff.knownUsername('rosa')).toBeUndefined();
  });
});

describe('GET /api/staff', () => {
  it('lists users and never their password hashes or the password', async () => {
    await create(newUser('rosa'));
    const res = await hub.get('/api/staff', 'administrator');
    const { users } = StaffList.parse(res.json());
    expect(users.map((u) => u.username)).toContain('rosa');
    expect(res.body).not.toMatch(/scrypt|password/i);
    expect(res.body).not.toContain(testPassword);
  });
});

describe('password hashes', () => {
  it('are not the password and differ between users with the same password', async () => {
    await create(newUser('rosa'));
    await create(newUser('omar'));
    const db = new (await import('better-sqlite3')).default(`${hub.dataDir}/hub.sqlite`, { readonly: true });
    const hashes = db
      .prepare("SELECT password_hash FROM staff_users WHERE username IN ('rosa', 'omar')")
      .pluck()
      .all() as string[];
    db.close();
    expect(hashes).toHaveLength(2);
    for (const hash of hashes) {
      expect(hash).toMatch(/^scrypt\$N=\d+,r=\d+,p=\d+\$/);
      expect(hash).not.toContain(testPassword);
    }
    expect(hashes[0]).not.toBe(hashes[1]);
  });
});

describe('POST /api/staff/:userId/disable', () => {
  it('answers 404 for an unknown user', async () => {
    const res = await hub.post(`/api/staff/${crypto.randomUUID()}/disable`, {}, 'administrator');
    expect(res.statusCode).toBe(404);
  });

  it('refuses to disable your own account with 409 conflict', async () => {
    await hub.headersFor('administrator');
    const self = hub.auth.staff.list().find((u) => u.username === 'test-administrator')!;
    const res = await hub.post(`/api/staff/${self.id}/disable`, {}, 'administrator');
    expect(res.statusCode).toBe(409);
    expect(hub.auth.staff.list().find((u) => u.id === self.id)?.disabled).toBe(false);
  });
});
