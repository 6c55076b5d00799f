import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HubError } from '../../../machines/contracts/index.js';
import { createDeviceCredential } from '../../../main/agent/deviceCredential.js';
import { createKioskService, type KioskService } from '../../../main/agent/kioskService.js';
import { loadCatalogs } from '../../../main/localesFromDisk.js';
import { openPrinter } from '../../../printers/printer.js';
import { kioskVisit } from '../../support/kioskVisit.js';
import { type InProcessHub, startInProcessHub } from './inProcessHub.js';

const catalogs = loadCatalogs();
describe('kiosk service access', () => {
  let hub: InProcessHub;
  let service: KioskService;
  let clock: number;
  beforeEach(async () => {
    hub = await startInProcessHub();
    clock = Date.parse('2026-11-26T18:00:00Z');
    service = createKioskService({
      hub: hub.client,
      printer: openPrinter('none'),
      catalogs,
      credential: hub.credential,
      now: () => new Date(clock),
      ticketLimit: { capacity: 2, refillMs: 10_000 },
    });
  });
  afterEach(async () => {
    await service.close();
    await hub.close();
  });

  it('calls the hub with its Bearer token: an enrolled kiosk issues tickets', async () => {
    expect(hub.credential.headers().authorization).toMatch(/^Bearer [A-Za-z0-9_-]{32,}$/);
    expect((await service.takeTicket(kioskVisit('permits'))).ticket.number).toMatch(/^P\d{3}$/);
    expect((await service.getStatus({})).device).toBe('enrolled');
  });

  it('goes out of service once the hub disables the device: status, setup and tickets say so', async () => {
    hub.disableKiosk();
    await expect(service.takeTicket(kioskVisit('permits'))).rejects.toMatchObject({
      status: 401,
      code: 'unauthenticated',
      message: expect.stringMatching(/out of service/),
    });
    expect(await service.getStatus({})).toMatchObject({ hub: 'online', device: 'disabled' });
    await expect(service.getSetup({})).rejects.toMatchObject({ code: 'unauthenticated' });
    const before = hub.requests.get('/api/tickets') ?? 0;
    await expect(service.takeTicket(kioskVisit('permits'))).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    expect(hub.requests.get('/api/tickets') ?? 0).toBe(before);
  });

  it('limits takeTicket to a small burst, then one per interval, without calling the hub', async () => {
    await service.takeTicket(kioskVisit('permits'));
    await service.takeTicket(kioskVisit('permits'));
    await expect(service.takeTicket(kioskVisit('permits'))).rejects.toMatchObject({
      status: 429,
      code: 'rate-limited',
    });
    expect(hub.requests.get('/api/tickets')).toBe(2);
    clock += 10_000;
    expect((await service.takeTicket(kioskVisit('permits'))).ticket.status).toBe('waiting');
  });

  it('says staff exit is not available when nothing can exit', async () => {
    expect(await service.staffExit({ pin: '123456' })).toEqual({
      ok: false,
      reason: 'not-available',
      retryAfterSeconds: 0,
    });
  });
});

describe('device credential', () => {
  it('is out of service before enrolment, with no Authorization header', () => {
    const credential = createDeviceCredential(null, 'kiosk-00000000');
    expect(credential.state()).toBe('not-enrolled');
    expect(credential.headers()).toEqual({});
    expect(credential.noteFailure(new HubError(401, 'unauthenticated', 'no'))).toBe(false);
  });

  it('tells once when the hub starts refusing it, and recovers when the hub accepts it again', () => {
    const onRefused = vi.fn();
    const credential = createDeviceCredential({ deviceId: 'kiosk-1', token: 't'.repeat(43) }, 'x', onRefused);
    expect(credential.noteFailure(new HubError(403, 'forbidden', 'no'))).toBe(false);
    expect(credential.noteFailure(new HubError(401, 'unauthenticated', 'no'))).toBe(true);
    expect(credential.noteFailure(new HubError(401, 'unauthenticated', 'no'))).toBe(true);
    expect(onRefused).toHaveBeenCalledTimes(1);
    expect(credential.state()).toBe('disabled');
    credential.noteAccepted();
    expect(credential.state()).toBe('enrolled');
  });

  it('makes an unenrolled kiosk service refuse tickets without calling the hub', async () => {
    const hub = { call: vi.fn() };
    const service = createKioskService({
      hub,
      printer: openPrinter('none'),
      catalogs,
      credential: createDeviceCredential(null, 'kiosk-00000000'),
    });
    await expect(service.takeTicket(kioskVisit('permits'))).rejects.toMatchObject({
      code: 'unauthenticated',
      message: expect.stringMatching(/not enrolled/),
    });
    await expect(service.getSetup({})).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(hub.call).not.toHaveBeenCalled();
    await service.close();
  });
});
