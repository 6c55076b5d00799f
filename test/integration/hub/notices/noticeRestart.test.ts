// Notices are kept in the hub database: after a restart on the same data folder the hub lists them, tells
// devices about them and still closes services early.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DeviceNotices, Intake, NoticeList, NoticeResult } from '../../../../machines/contracts/index.js';
import { createAuthService } from '../../../../main/hub/auth/authService.js';
import { createHub, type Hub } from '../../../../main/hub/server.js';
import { openHubDatabase } from '../../../../main/hub/store/hubDatabase.js';
import { createSqliteAuthStore } from '../../../../main/hub/store/sqliteAuthStore.js';
import {
  cookieOf,
  createFakeClock,
  portlandMorning,
  relaxedSiteConfig,
  testKdf,
  testPassword,
} from '../support/testHub.js';
import { minutesAfterMorning, noticeBody } from './noticeFixtures.js';

const dataDir = mkdtempSync(join(tmpdir(), 'lobby311-notices-restart-'));
const clock = createFakeClock(portlandMorning);
const config = relaxedSiteConfig();
const running: Hub[] = [];

afterAll(async () => {
  for (const hub of running.splice(0)) await hub.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(): Promise<Hub> {
  const hub = await createHub({
    dataDir,
    config,
    now: clock.now,
    rendererDir: join(dataDir, 'no-renderer'),
    auth: { kdf: testKdf },
  });
  running.push(hub);
  return hub;
}

/** A supervisor and a display, created through a second connection as the admin CLI does. */
async function seedAccess() {
  const db = openHubDatabase(join(dataDir, 'hub.sqlite'));
  try {
    const auth = createAuthService({ store: createSqliteAuthStore(db), now: clock.now, kdf: testKdf });
    await auth.staff.create({
      username: 'sup',
      displayName: 'Sup',
      role: 'supervisor',
      password: testPassword,
    });
    const { code } = auth.devices.createEnrolmentCode({ role: 'display', name: 'Lobby screen' }, 'test');
    return { displayToken: auth.devices.enrol(code).token };
  } finally {
    db.close();
  }
}

const signIn = async (hub: Hub) => {
  const login = await hub.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'sup', password: testPassword },
  });
  return { cookie: cookieOf(login) };
};

describe('notices across a hub restart', () => {
  it('are listed, sent to devices and still close services after the hub restarts', async () => {
    const first = await start();
    const { displayToken } = await seedAccess();
    const body = noticeBody({
      severity: 'emergency',
      endsAt: null,
      closing: { serviceIds: ['housing'], from: minutesAfterMorning(0) },
    });
    const res = await first.app.inject({
      method: 'POST',
      url: '/api/notices',
      payload: body,
      headers: await signIn(first),
    });
    expect(res.statusCode).toBe(201);
    const notice = NoticeResult.parse(res.json()).notice;
    await first.close();
    running.splice(0);

    const second = await start();
    const staff = await signIn(second);
    const listed = await second.app.inject({ url: '/api/notices', headers: staff });
    expect(NoticeList.parse(listed.json()).notices).toEqual([notice]);
    const forDisplay = await second.app.inject({
      url: '/api/devices/me/notices',
      headers: { authorization: `Bearer ${displayToken}` },
    });
    expect(DeviceNotices.parse(forDisplay.json()).notices.map((n) => [n.id, n.version])).toEqual([
      [notice.id, 1],
    ]);
    const intake = Intake.parse((await second.app.inject({ url: '/api/intake', headers: staff })).json());
    expect(intake.services.find((s) => s.serviceId === 'housing')).toMatchObject({
      closedReason: 'closing-early',
      noticeId: notice.id,
    });
  });
});
