// Notices on the event streams of a real hub: every receiver gets its own list after the snapshot (kiosks:
// only that), then the whole list again on each publish, change and withdrawal that alters it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DisplayMessage,
  KioskMessage,
  NoticeResult,
  NoticesMessage,
  StaffMessage,
} from '../../../../machines/contracts/index.js';
import { startTestHub, type TestHub } from '../support/testHub.js';
import { connectWs, type WsClient } from '../support/wsClient.js';
import { minutesAfterMorning, type NoticeInput, noticeBody } from './noticeFixtures.js';

let hub: TestHub;
let base: string;
const clients: WsClient[] = [];

beforeEach(async () => {
  hub = await startTestHub();
  base = (await hub.app.listen({ port: 0, host: '127.0.0.1' })).replace('http://', 'ws://');
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await hub.close();
});

const open = async (view: 'staff' | 'display' | 'kiosk', headers: Record<string, string>) => {
  const client = await connectWs(`${base}/api/events?view=${view}`, { headers });
  clients.push(client);
  return client;
};

/** A display enrolled for this test (its own id), so targeting by device can be told apart. */
function display(name: string) {
  const { code } = hub.auth.devices.createEnrolmentCode({ role: 'display', name }, 'test');
  const { device, token } = hub.auth.devices.enrol(code);
  return { id: device.id, headers: { authorization: `Bearer ${token}` } };
}

const publish = async (body: NoticeInput = noticeBody()) => {
  const res = await hub.post('/api/notices', body, 'supervisor');
  expect(res.statusCode).toBe(201);
  return NoticeResult.parse(res.json()).notice;
};

/** The next message, which must be a notices message: the ids and versions it lists. */
const nextNotices = async (client: WsClient) =>
  NoticesMessage.parse(await client.next()).notices.map((n) => ({ id: n.id, version: n.version }));

describe('notices on the event streams', () => {
  it('reaches a display, a kiosk and a staff stream when published', async () => {
    const screen = display('Lobby screen');
    const staff = await open('staff', await hub.headersFor('supervisor'));
    const onScreen = await open('display', screen.headers);
    const kiosk = await open('kiosk', await hub.headersFor('kiosk'));
    expect(StaffMessage.parse(await staff.next()).kind).toBe('snapshot');
    expect(DisplayMessage.parse(await onScreen.next()).kind).toBe('snapshot');
    expect(KioskMessage.parse(await kiosk.next())).toEqual({ kind: 'notices', notices: [] });

    const notice = await publish(noticeBody({ severity: 'emergency' }));
    for (const client of [staff, onScreen, kiosk]) {
      const message = NoticesMessage.parse(await client.next());
      expect(message.notices).toHaveLength(1);
      expect(message.notices[0]).toMatchObject({
        id: notice.id,
        version: 1,
        severity: 'emergency',
        messages: { es: { headline: 'El vestíbulo cierra hoy a las 3 pm' } },
      });
      expect(message.notices[0]).not.toHaveProperty('publishedBy');
    }
  });

  it('sends the running notices right after the snapshot to a stream that connects later', async () => {
    const notice = await publish();
    const staff = await open('staff', await hub.headersFor('supervisor'));
    expect(StaffMessage.parse(await staff.next()).kind).toBe('snapshot');
    expect(await nextNotices(staff)).toEqual([{ id: notice.id, version: 1 }]);
    await hub.issue();
    expect(StaffMessage.parse(await staff.next())).toMatchObject({ kind: 'event', event: { seq: 1 } });
  });

  it('sends a notice for some devices only to them (and to staff watching the display stream)', async () => {
    const [a, b] = [display('Screen A'), display('Screen B')];
    const onA = await open('display', a.headers);
    const onB = await open('display', b.headers);
    const watching = await open('display', await hub.headersFor('supervisor'));
    for (const client of [onA, onB, watching]) await client.next();

    const forA = await publish(
      noticeBody({ targets: { kiosks: false, displays: true, desks: false, deviceIds: [a.id] } }),
    );
    const forAll = await publish();
    expect(await nextNotices(onA)).toEqual([{ id: forA.id, version: 1 }]);
    // Screen B's list changed only with the second notice.
    expect(await nextNotices(onB)).toEqual([{ id: forAll.id, version: 1 }]);
    expect((await nextNotices(watching)).map((n) => n.id)).toEqual([forA.id]);
  });

  it('sends the changed version, and a list without the notice once it is withdrawn', async () => {
    const kiosk = await open('kiosk', await hub.headersFor('kiosk'));
    const staff = await open('staff', await hub.headersFor('supervisor'));
    await kiosk.next();
    await staff.next();
    const notice = await publish();
    expect(await nextNotices(kiosk)).toEqual([{ id: notice.id, version: 1 }]);
    expect(await nextNotices(staff)).toEqual([{ id: notice.id, version: 1 }]);

    const changed = await hub.post(`/api/notices/${notice.id}`, noticeBody({ severity: 'information' }));
    expect(changed.statusCode).toBe(200);
    expect(await nextNotices(kiosk)).toEqual([{ id: notice.id, version: 2 }]);
    expect(await nextNotices(staff)).toEqual([{ id: notice.id, version: 2 }]);

    expect((await hub.post(`/api/notices/${notice.id}/withdraw`, { reason: 'all clear' })).statusCode).toBe(
      200,
    );
    expect(await nextNotices(kiosk)).toEqual([]);
    expect(await nextNotices(staff)).toEqual([]);
  });

  it('does not send notices that have ended by the hub clock', async () => {
    await publish(noticeBody({ endsAt: minutesAfterMorning(15) }));
    hub.clock.set(minutesAfterMorning(20));
    const kiosk = await open('kiosk', await hub.headersFor('kiosk'));
    expect(KioskMessage.parse(await kiosk.next())).toEqual({ kind: 'notices', notices: [] });
    const staff = await open('staff', await hub.headersFor('supervisor'));
    expect(StaffMessage.parse(await staff.next()).kind).toBe('snapshot');

    const later = await publish(noticeBody({ endsAt: null }));
    expect(await nextNotices(kiosk)).toEqual([{ id: later.id, version: 1 }]);
    expect(await nextNotices(staff)).toEqual([{ id: later.id, version: 1 }]);
  });

  it('sends desks only notices for desks, and kiosks only notices for kiosks', async () => {
    const kiosk = await open('kiosk', await hub.headersFor('kiosk'));
    const staff = await open('staff', await hub.headersFor('supervisor'));
    await kiosk.next();
    await staff.next();
    const forDesks = await publish(noticeBody({ targets: { kiosks: false, displays: false, desks: true } }));
    const forKiosks = await publish(noticeBody({ targets: { kiosks: true, displays: false, desks: false } }));
    expect(await nextNotices(staff)).toEqual([{ id: forDesks.id, version: 1 }]);
    expect(await nextNotices(kiosk)).toEqual([{ id: forKiosks.id, version: 1 }]);
  });
});
