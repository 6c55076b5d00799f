// /api/notices and /api/devices/me/notices on a real hub: supervisors publish, change and withdraw notices
// (validated, audited, versioned); each device is told the running notices targeted at it.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  AuditList,
  DeviceNotices,
  NoticeList,
  NoticeResult,
} from '../../../../machines/contracts/index.js';
import { cookieOf, startTestHub, type TestHub, testPassword } from '../support/testHub.js';
import { minutesAfterMorning, type NoticeInput, noticeBody } from './noticeFixtures.js';

let hub: TestHub;

beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(async () => {
  await hub.close();
});

const publish = (body: NoticeInput = noticeBody()) => hub.post('/api/notices', body, 'supervisor');
const published = async (body?: NoticeInput) => {
  const res = await publish(body);
  expect(res.statusCode).toBe(201);
  return NoticeResult.parse(res.json()).notice;
};
const errorOf = (res: { json(): unknown }) => ApiError.parse(res.json()).error;

/** An enrolled device of `role`: its id and the headers it calls the hub with. */
function enrolled(role: 'kiosk' | 'display', name: string) {
  const { code } = hub.auth.devices.createEnrolmentCode({ role, name }, 'test');
  const { device, token } = hub.auth.devices.enrol(code);
  return { id: device.id, headers: { authorization: `Bearer ${token}` } };
}

const noticesOf = async (device: { headers: Record<string, string> }) => {
  const res = await hub.app.inject({
    method: 'GET',
    url: '/api/devices/me/notices',
    headers: device.headers,
  });
  expect(res.statusCode).toBe(200);
  return DeviceNotices.parse(res.json()).notices;
};

describe('POST /api/notices', () => {
  it('publishes version 1 by the signed-in supervisor, listed for staff', async () => {
    const notice = await published();
    expect(notice).toMatchObject({
      version: 1,
      severity: 'warning',
      publishedBy: 'test-supervisor',
      publishedAt: minutesAfterMorning(0),
      withdrawnAt: null,
      closing: null,
    });
    const list = NoticeList.parse((await hub.get('/api/notices', 'desk')).json()).notices;
    expect(list.map((n) => n.id)).toEqual([notice.id]);
  });

  it('refuses a desk member of staff and devices (403)', async () => {
    for (const who of ['desk', 'facilities', 'kiosk', 'display'] as const) {
      const res = await hub.post('/api/notices', noticeBody(), who);
      expect(res.statusCode).toBe(403);
      expect(errorOf(res).code).toBe('forbidden');
    }
    expect(NoticeList.parse((await hub.get('/api/notices')).json()).notices).toEqual([]);
  });

  it('refuses a notice without English text', async () => {
    const res = await publish(noticeBody({ messages: { es: { headline: 'Aviso', body: '' } } }));
    expect(res.statusCode).toBe(400);
    expect(errorOf(res)).toMatchObject({ code: 'invalid-request' });
    expect(errorOf(res).message).toContain('English text is required');
  });

  it('refuses a notice that ends before it starts', async () => {
    const res = await publish(
      noticeBody({ startsAt: minutesAfterMorning(60), endsAt: minutesAfterMorning(30) }),
    );
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toContain('"ends" must be later than "starts"');
  });

  it('refuses a notice that would already have ended', async () => {
    hub.clock.set(minutesAfterMorning(180));
    const res = await publish();
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toBe(
      'The notice would already have ended: choose an end in the future (or withdraw it).',
    );
  });

  it('refuses to close a service the site does not have', async () => {
    const closing = { serviceIds: ['permits', 'dog-licences'], from: minutesAfterMorning(30) };
    const res = await publish(noticeBody({ closing }));
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toBe(
      'There is no service "dog-licences" at this site: choose the services to close from GET /api/site.',
    );
  });

  it('refuses to target a device that is not enrolled', async () => {
    const display = enrolled('display', 'Lobby screen');
    const targets = { kiosks: false, displays: true, desks: false, deviceIds: [display.id, 'display-nope'] };
    const res = await publish(noticeBody({ targets }));
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toBe(
      'There is no enrolled device "display-nope": choose kiosks and displays from the device list.',
    );
  });
});

describe('POST /api/notices/:noticeId and /withdraw', () => {
  it('changes a notice and bumps its version; withdrawing bumps it again', async () => {
    const notice = await published();
    hub.clock.advance(60_000);
    const changed = await hub.post(`/api/notices/${notice.id}`, noticeBody({ severity: 'emergency' }));
    expect(changed.statusCode).toBe(200);
    expect(NoticeResult.parse(changed.json()).notice).toMatchObject({
      id: notice.id,
      version: 2,
      severity: 'emergency',
      publishedAt: notice.publishedAt,
      updatedAt: minutesAfterMorning(1),
    });
    const withdrawn = await hub.post(`/api/notices/${notice.id}/withdraw`, { reason: 'all clear' });
    expect(withdrawn.statusCode).toBe(200);
    expect(NoticeResult.parse(withdrawn.json()).notice).toMatchObject({
      version: 3,
      withdrawnAt: minutesAfterMorning(1),
      withdrawnBy: 'test-supervisor',
      withdrawnReason: 'all clear',
    });
  });

  it('answers 404 for a notice that does not exist', async () => {
    const res = await hub.post(`/api/notices/${randomUUID()}`, noticeBody());
    expect(res.statusCode).toBe(404);
    expect(errorOf(res).code).toBe('not-found');
  });

  it('refuses to change or withdraw a withdrawn notice (409)', async () => {
    const notice = await published();
    expect((await hub.post(`/api/notices/${notice.id}/withdraw`, {})).statusCode).toBe(200);
    for (const res of [
      await hub.post(`/api/notices/${notice.id}`, noticeBody()),
      await hub.post(`/api/notices/${notice.id}/withdraw`, {}),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(errorOf(res)).toEqual({
        code: 'wrong-state',
        message: 'This notice was withdrawn: publish a new notice instead.',
      });
    }
  });

  it('refuses to change a notice that has ended (409)', async () => {
    const notice = await published(noticeBody({ endsAt: minutesAfterMorning(20) }));
    hub.clock.set(minutesAfterMorning(20));
    const res = await hub.post(`/api/notices/${notice.id}`, noticeBody({ endsAt: minutesAfterMorning(240) }));
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).message).toBe('This notice has ended: publish a new notice instead.');
  });

  it('records every publish, change and withdrawal in the audit log with the notice id', async () => {
    const notice = await published();
    await hub.post(`/api/notices/${notice.id}`, noticeBody({ severity: 'information' }));
    await hub.post(`/api/notices/${notice.id}/withdraw`, { reason: 'over' });
    await hub.post(`/api/notices/${notice.id}/withdraw`, {});
    await hub.post('/api/notices', noticeBody(), 'desk');
    const entries = AuditList.parse((await hub.get('/api/audit', 'administrator')).json()).entries;
    const noticeEntries = entries
      .filter((e) => e.action.endsWith('Notice'))
      .reverse()
      .map(({ actor, action, target, outcome }) => ({ actor, action, target, outcome }));
    expect(noticeEntries).toEqual([
      { actor: 'staff:test-supervisor', action: 'publishNotice', target: notice.id, outcome: 'ok' },
      { actor: 'staff:test-supervisor', action: 'updateNotice', target: notice.id, outcome: 'ok' },
      { actor: 'staff:test-supervisor', action: 'withdrawNotice', target: notice.id, outcome: 'ok' },
      { actor: 'staff:test-supervisor', action: 'withdrawNotice', target: notice.id, outcome: 'refused' },
      { actor: 'staff:test-desk', action: 'publishNotice', target: null, outcome: 'refused' },
    ]);
  });
});

describe('GET /api/notices', () => {
  it('keeps ended and withdrawn notices for 7 days, newest first', async () => {
    const ended = await published(noticeBody({ endsAt: minutesAfterMorning(30) }));
    hub.clock.advance(60_000);
    const withdrawn = await published(noticeBody({ endsAt: null }));
    await hub.post(`/api/notices/${withdrawn.id}/withdraw`, {});
    hub.clock.advance(60_000);
    const running = await published(noticeBody({ endsAt: null }));
    // Days later the supervisor's session has ended: a member of staff signs in afresh to read the list.
    await hub.auth.staff.create({
      username: 'later',
      displayName: 'Later',
      role: 'desk',
      password: testPassword,
    });
    const list = async () => {
      const login = await hub.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'later', password: testPassword },
      });
      const res = await hub.app.inject({ url: '/api/notices', headers: { cookie: cookieOf(login) } });
      return NoticeList.parse(res.json()).notices.map((n) => n.id);
    };
    hub.clock.set(minutesAfterMorning(6 * 24 * 60));
    expect(await list()).toEqual([running.id, withdrawn.id, ended.id]);
    hub.clock.set(minutesAfterMorning(8 * 24 * 60));
    expect(await list()).toEqual([running.id]);
  });
});

describe('GET /api/devices/me/notices', () => {
  it('tells each device the running notices targeted at it, including ones that start later', async () => {
    const [displayA, displayB, kiosk] = [
      enrolled('display', 'Screen A'),
      enrolled('display', 'Screen B'),
      enrolled('kiosk', 'Kiosk 1'),
    ];
    const onlyA = await published(
      noticeBody({ targets: { kiosks: false, displays: true, desks: false, deviceIds: [displayA.id] } }),
    );
    const later = await published(
      noticeBody({
        startsAt: minutesAfterMorning(60),
        targets: { kiosks: true, displays: false, desks: false },
      }),
    );
    const deskOnly = await published(
      noticeBody({ targets: { kiosks: false, displays: false, desks: true } }),
    );
    expect((await noticesOf(displayA)).map((n) => n.id)).toEqual([onlyA.id]);
    expect(await noticesOf(displayB)).toEqual([]);
    const kioskNotices = await noticesOf(kiosk);
    expect(kioskNotices.map((n) => n.id)).toEqual([later.id]);
    expect(kioskNotices[0]).not.toHaveProperty('targets');
    expect(kioskNotices[0]).not.toHaveProperty('publishedBy');
    expect(deskOnly.targets.desks).toBe(true);
  });

  it('leaves out ended and withdrawn notices', async () => {
    const kiosk = enrolled('kiosk', 'Kiosk 1');
    const ends = await published(noticeBody({ endsAt: minutesAfterMorning(30) }));
    const withdrawn = await published();
    const stays = await published(noticeBody({ endsAt: null }));
    expect((await noticesOf(kiosk)).map((n) => n.id).sort()).toEqual(
      [ends.id, withdrawn.id, stays.id].sort(),
    );
    await hub.post(`/api/notices/${withdrawn.id}/withdraw`, {});
    hub.clock.set(minutesAfterMorning(30));
    expect((await noticesOf(kiosk)).map((n) => n.id)).toEqual([stays.id]);
  });
});
