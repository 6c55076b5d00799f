// Notices through the kiosk service: waitForNotices answers what the hub's stream (a real `ws` server standing
// in) sends, and while the hub cannot be reached the kiosk refuses offline tickets for a service a showing
// closing-early notice stops, with the hub's own `service-closed` answer, from the notice's closing time on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeviceCredential } from '../../../../main/agent/deviceCredential.js';
import { dispatchKioskCall } from '../../../../main/agent/dispatchKioskCall.js';
import { createKioskService, type KioskService } from '../../../../main/agent/kioskService.js';
import { loadCatalogs } from '../../../../main/localesFromDisk.js';
import { openPrinter } from '../../../../printers/printer.js';
import { kioskVisit } from '../../../support/kioskVisit.js';
import { type ScriptedHub, startScriptedHub } from '../offline/scriptedHub.js';
import { deviceNotice } from './deviceNotice.js';
import { type FakeHubStream, startFakeHubStream } from './fakeHubStream.js';

const catalogs = loadCatalogs();

describe('notices in the kiosk service', () => {
  let dir: string;
  let clock: number;
  let hub: ScriptedHub;
  let stream: FakeHubStream;
  let service: KioskService;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lobby311-kiosk-notices-'));
    clock = Date.parse('2026-11-26T18:00:00Z');
    hub = startScriptedHub(() => new Date(clock));
    stream = await startFakeHubStream();
    service = createKioskService({
      hub: hub.client,
      printer: openPrinter('none'),
      catalogs,
      credential: createDeviceCredential({ deviceId: 'kiosk-a', token: 't'.repeat(43) }, 'kiosk-a'),
      now: () => new Date(clock),
      ticketLimit: { capacity: 100, refillMs: 1 },
      offline: { dataDir: dir, handOverIntervalMs: null },
      notices: { hubUrl: stream.httpUrl },
    });
    await service.getIntake({});
    await expect.poll(async () => (await service.getStatus({})).connectivity?.leases.length).toBe(7);
  });
  afterEach(async () => {
    await service.close();
    await stream.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers the long poll with the notices the hub sends, in the contract shape', async () => {
    const socket = await stream.nextConnection();
    expect(stream.authorizations).toEqual([`Bearer ${'t'.repeat(43)}`]);
    const start = await service.waitForNotices({ afterVersion: 0 });
    expect(start.notices).toEqual([]);
    const waiting = dispatchKioskCall(service, 'waitForNotices', { afterVersion: start.version });
    const notice = deviceNotice({ severity: 'emergency' });
    stream.send(socket, [notice]);
    expect(await waiting).toEqual({ ok: true, value: { version: start.version + 1, notices: [notice] } });
  });

  it('refuses offline tickets for a closing service from the closing time on, other services still issue', async () => {
    const socket = await stream.nextConnection();
    const closing = deviceNotice({
      closing: { serviceIds: ['utility-bills'], from: '2026-11-26T18:30:00.000Z' },
    });
    const start = await service.waitForNotices({ afterVersion: 0 });
    const arrived = service.waitForNotices({ afterVersion: start.version });
    stream.send(socket, [closing]);
    await arrived;
    hub.failure = 'unreachable';

    expect((await service.takeTicket(kioskVisit('utility-bills'))).offline).toBe(true);
    clock = Date.parse('2026-11-26T18:30:00Z');
    const refused = await dispatchKioskCall(service, 'takeTicket', kioskVisit('utility-bills'));
    expect(refused).toEqual({
      ok: false,
      status: 409,
      error: {
        code: 'service-closed',
        message: 'This service stopped issuing tickets early today; see the notice.',
      },
    });
    expect((await service.takeTicket(kioskVisit('permits'))).offline).toBe(true);
  });
});
