// Device enrolment: one-time codes (15 minutes), token or cookie delivery, replay refused, disabling at once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  DeviceList,
  deviceCookie,
  EnrolmentCode,
  EnrolResult,
} from '../../../../machines/contracts/index.js';
import { cookieOf, issueBody, startTestHub, type TestHub } from '../support/testHub.js';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(() => hub.close());

const newCode = async (role = 'kiosk', name = 'Lobby kiosk by the door') => {
  const res = await hub.post('/api/devices/enrolment-codes', { role, name }, 'facilities');
  expect(res.statusCode).toBe(201);
  return EnrolmentCode.parse(res.json());
};
const enrol = (code: string, delivery: 'token' | 'cookie' = 'token') =>
  hub.app.inject({ method: 'POST', url: '/api/devices/enrol', payload: { code, delivery } });
const issueWith = (headers: Record<string, string>) =>
  hub.app.inject({ method: 'POST', url: '/api/tickets', headers, payload: issueBody() });

describe('POST /api/devices/enrolment-codes', () => {
  it('makes a XXXX-XXXX code without I, O, 0 or 1, valid for 15 minutes, and stores only its hash', async () => {
    const codes = await Promise.all(Array.from({ length: 20 }, () => newCode()));
    for (const { code } of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(codes[0]!.expiresAt).toBe('2026-11-26T18:15:00.000Z');
    const db = new (await import('better-sqlite3')).default(`${hub.dataDir}/hub.sqlite`, { readonly: true });
    const stored = JSON.stringify(db.prepare('SELECT * FROM enrolment_codes').all());
    db.close();
    for (const { code } of codes) expect(stored).not.toContain(code);
  });
});

describe('POST /api/devices/enrol', () => {
  it('with delivery "token" returns the device and a token that works as a bearer credential', async () => {
    const { code } = await newCode();
    const res = await enrol(code);
    expect(res.statusCode).toBe(201);
    const { device, token } = EnrolResult.parse(res.json());
    expect(device).toMatchObject({ role: 'kiosk', name: 'Lobby kiosk by the door', disabled: false });
    expect(device.id).toMatch(/^kiosk-[0-9a-f]{8}$/);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await issueWith({ authorization: `Bearer ${token}` })).statusCode).toBe(201);
  });

  it('with delivery "cookie" sets an HttpOnly cookie and returns no token', async () => {
    const { code } = await newCode('display', 'Lobby TV');
    const res = await enrol(code, 'cookie');
    expect(res.statusCode).toBe(201);
    expect(EnrolResult.parse(res.json()).token).toBeNull();
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(new RegExp(`^${deviceCookie}=`));
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    const me = await hub.app.inject({ url: '/api/auth/me', headers: { cookie: cookieOf(res) } });
    expect(me.json()).toMatchObject({ kind: 'device', role: 'display', name: 'Lobby TV' });
  });

  it('accepts the code typed in lower case or without the dash', async () => {
    const { code } = await newCode();
    expect((await enrol(code.replace('-', '').toLowerCase())).statusCode).toBe(201);
  });

  it('refuses a second use of a code with 401, and never creates a second device', async () => {
    const { code } = await newCode();
    expect((await enrol(code)).statusCode).toBe(201);
    const before = hub.authCounts().devices;
    const replay = await enrol(code);
    expect(replay.statusCode).toBe(401);
    expect(ApiError.parse(replay.json()).error).toMatchObject({
      code: 'unauthenticated',
      message: expect.stringMatching(/already used or expired/),
    });
    expect(hub.authCounts().devices).toBe(before);
  });

  it('refuses two enrolments racing with the same code: exactly one device', async () => {
    const { code } = await newCode();
    const answers = await Promise.all([enrol(code), enrol(code), enrol(code)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 401, 401]);
    expect(hub.auth.devices.list()).toHaveLength(1);
  });

  it('refuses an expired code with 401', async () => {
    const { code } = await newCode();
    hub.clock.advance(15 * 60_000);
    expect((await enrol(code)).statusCode).toBe(401);
    expect(hub.auth.devices.list()).toHaveLength(0);
  });

  it('refuses a made-up or malformed code with 401', async () => {
    expect((await enrol('AAAA-AAAA')).statusCode).toBe(401);
    expect((await enrol('0000-1111')).statusCode).toBe(401);
  });
});

describe('devices', () => {
  it('are listed with when they were last seen', async () => {
    await hub.issue();
    const { devices } = DeviceList.parse((await hub.get('/api/devices', 'facilities')).json());
    expect(devices).toEqual([
      expect.objectContaining({ role: 'kiosk', lastSeenAt: '2026-11-26T18:00:00.000Z', disabled: false }),
    ]);
  });

  it('stop working at once when disabled', async () => {
    const { code } = await newCode();
    const { device, token } = EnrolResult.parse((await enrol(code)).json());
    const bearer = { authorization: `Bearer ${token}` };
    expect((await issueWith(bearer)).statusCode).toBe(201);
    const res = await hub.post(`/api/devices/${device.id}/disable`, {}, 'administrator');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: device.id, disabled: true });
    const refused = await issueWith(bearer);
    expect(refused.statusCode).toBe(401);
    expect(ApiError.parse(refused.json()).error.code).toBe('unauthenticated');
  });

  it('answer 404 when disabling an unknown device', async () => {
    expect((await hub.post('/api/devices/kiosk-nothing/disable', {}, 'facilities')).statusCode).toBe(404);
  });
});
