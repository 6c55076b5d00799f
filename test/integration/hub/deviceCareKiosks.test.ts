// Out of service, what kiosks learn about each other, reprints by the issuing kiosk, and health audit rows, on
// a real in-process hub (SQLite, fake clock).
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  AuditList,
  Device,
  DeviceCommand,
  DeviceInstructions,
  DeviceList,
  IssueTicketResult,
  type PrinterHealth,
  TicketResult,
} from '../../../machines/contracts/index.js';
import { issueBody, startTestHub, type TestHub } from './support/testHub.js';
import { enrolKiosk, type TestKiosk } from './support/testKiosk.js';

const readyPrinter = (at: string): PrinterHealth => ({
  state: 'ready',
  canPrint: true,
  fault: null,
  since: at,
  lastGoodAt: at,
});

const paperOutPrinter = (at: string): PrinterHealth => ({
  state: 'paperOut',
  canPrint: false,
  fault: 'paper-out',
  since: at,
  lastGoodAt: at,
});

let hub: TestHub;
let door: TestKiosk;
let elevators: TestKiosk;
beforeEach(async () => {
  hub = await startTestHub();
  door = enrolKiosk(hub, 'Kiosk by the door');
  elevators = enrolKiosk(hub, 'Kiosk by the elevators');
});
afterEach(() => hub.close());

const instructionsOf = async (kiosk: TestKiosk) => {
  const res = await kiosk.get('/api/devices/me/instructions');
  expect(res.statusCode).toBe(200);
  return DeviceInstructions.parse(res.json());
};
const listed = async (id: string) => {
  const res = await hub.get('/api/devices', 'facilities');
  return DeviceList.parse(res.json()).devices.find((d) => d.id === id);
};
const setOutOfService = (id: string, message: string | null) =>
  hub.post(`/api/devices/${id}/out-of-service`, { message }, 'facilities');
const errorOf = (res: { json(): unknown }) => ApiError.parse(res.json()).error;
const auditEntries = async () =>
  AuditList.parse((await hub.get('/api/audit', 'administrator')).json()).entries;

describe('out of service', () => {
  it('shows in the device list and in the kiosk instructions, and goes away when put back', async () => {
    const res = await setOutOfService(door.id, '  Please use the kiosk by the elevators  ');
    expect(res.statusCode).toBe(200);
    const since = hub.clock.now().toISOString();
    const notice = { message: 'Please use the kiosk by the elevators', since };
    expect(Device.parse(res.json()).outOfService).toEqual(notice);
    expect((await listed(door.id))?.outOfService).toEqual(notice);
    expect((await instructionsOf(door)).outOfService).toEqual(notice);
    expect((await instructionsOf(elevators)).outOfService).toBeNull();

    hub.clock.advance(60_000);
    expect((await setOutOfService(door.id, null)).statusCode).toBe(200);
    expect((await listed(door.id))?.outOfService).toBeNull();
    expect((await instructionsOf(door)).outOfService).toBeNull();
    const actions = (await auditEntries()).map((e) => [e.action, e.target]);
    expect(actions).toContainEqual(['setOutOfService.on', door.id]);
    expect(actions).toContainEqual(['setOutOfService.off', door.id]);
  });

  it('refuses an empty or too long message and an unknown device', async () => {
    expect((await setOutOfService(door.id, '   ')).statusCode).toBe(400);
    expect((await setOutOfService(door.id, 'x'.repeat(281))).statusCode).toBe(400);
    expect((await setOutOfService('kiosk-ffffffff', 'Closed')).statusCode).toBe(404);
    expect((await listed(door.id))?.outOfService).toBeNull();
  });
});

describe('other kiosks', () => {
  it('excludes the caller and says, by name, which can print by their latest fresh report', async () => {
    const at = hub.clock.now().toISOString();
    expect((await door.post('/api/devices/me/health', { printer: readyPrinter(at) })).statusCode).toBe(200);
    expect(
      (await elevators.post('/api/devices/me/health', { printer: paperOutPrinter(at) })).statusCode,
    ).toBe(200);
    const silent = enrolKiosk(hub, 'Kiosk that never reported');
    expect((await instructionsOf(door)).otherKiosks).toEqual([
      { name: 'Kiosk by the elevators', canPrint: false },
      { name: 'Kiosk that never reported', canPrint: false },
    ]);
    expect((await instructionsOf(elevators)).otherKiosks).toEqual([
      { name: 'Kiosk by the door', canPrint: true },
      { name: 'Kiosk that never reported', canPrint: false },
    ]);
    expect((await instructionsOf(silent)).otherKiosks).toContainEqual({
      name: 'Kiosk by the door',
      canPrint: true,
    });
  });

  it('says a kiosk cannot print when its report is over 15 minutes old or it is out of service', async () => {
    await door.post('/api/devices/me/health', { printer: readyPrinter(hub.clock.now().toISOString()) });
    hub.clock.advance(15 * 60_000);
    expect((await instructionsOf(elevators)).otherKiosks).toEqual([
      { name: 'Kiosk by the door', canPrint: true },
    ]);
    hub.clock.advance(1);
    expect((await instructionsOf(elevators)).otherKiosks).toEqual([
      { name: 'Kiosk by the door', canPrint: false },
    ]);
    await door.post('/api/devices/me/health', { printer: readyPrinter(hub.clock.now().toISOString()) });
    await setOutOfService(door.id, 'Being repaired');
    expect((await instructionsOf(elevators)).otherKiosks).toEqual([
      { name: 'Kiosk by the door', canPrint: false },
    ]);
    await hub.post(`/api/devices/${door.id}/disable`, {}, 'facilities');
    expect((await instructionsOf(elevators)).otherKiosks).toEqual([]);
  });
});

describe('reprint', () => {
  it('queues a reprint for the kiosk that issued the ticket', async () => {
    const issued = await door.post('/api/tickets', issueBody({ deviceId: 'kiosk-1' }));
    expect(issued.statusCode).toBe(201);
    const { ticket } = IssueTicketResult.parse(issued.json());
    const res = await hub.post(`/api/tickets/${ticket.id}/reprint`, {}, 'desk');
    expect(res.statusCode).toBe(201);
    expect(DeviceCommand.parse(res.json())).toMatchObject({
      deviceId: door.id,
      request: { kind: 'reprintTicket', ticketId: ticket.id },
      requestedBy: 'test-desk',
      status: 'pending',
    });
    expect((await instructionsOf(door)).commands.map((c) => c.request)).toEqual([
      { kind: 'reprintTicket', ticketId: ticket.id },
    ]);
    expect((await instructionsOf(elevators)).commands).toEqual([]);
    const entry = (await auditEntries()).find((e) => e.action === 'reprintTicket');
    expect(entry).toMatchObject({ actor: 'staff:test-desk', target: door.id, outcome: 'ok' });
  });

  it('refuses a walk-in, a ticket issued at the desk, and an unknown ticket with a plain message', async () => {
    const walkIn = await hub.postAt('counter-1', '/api/counters/counter-1/walk-in', {
      requestId: randomUUID(),
      serviceId: 'utility-bills',
      language: 'en',
      needs: { interpreter: null, accessibility: [] },
    });
    expect(walkIn.statusCode).toBe(201);
    const walkInTicket = TicketResult.parse(walkIn.json()).ticket;
    const atDesk = IssueTicketResult.parse(
      (await hub.issue({ deviceId: door.id }, 'supervisor')).json(),
    ).ticket;
    for (const id of [walkInTicket.id, atDesk.id, randomUUID()]) {
      const res = await hub.post(`/api/tickets/${id}/reprint`, {}, 'desk');
      expect(res.statusCode).toBe(404);
      expect(errorOf(res)).toMatchObject({ code: 'not-found' });
      expect(errorOf(res).message).toMatch(/^This ticket was not issued at a kiosk/);
    }
  });

  it('refuses a reprint when the issuing kiosk is disabled', async () => {
    const { ticket } = IssueTicketResult.parse((await door.post('/api/tickets', issueBody())).json());
    await hub.post(`/api/devices/${door.id}/disable`, {}, 'facilities');
    const res = await hub.post(`/api/tickets/${ticket.id}/reprint`, {}, 'supervisor');
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).code).toBe('wrong-state');
  });
});

describe('health reports', () => {
  it('stores the printer model and audits only a change of state or fault', async () => {
    const at = hub.clock.now().toISOString();
    const heartbeat = { printer: readyPrinter(at), printerModel: 'epson-tm-p20ii' };
    for (let i = 0; i < 3; i++) {
      expect((await door.post('/api/devices/me/health', heartbeat)).statusCode).toBe(200);
      hub.clock.advance(30_000);
    }
    const healthRows = async () => (await auditEntries()).filter((e) => e.action === 'reportHealth');
    expect(await healthRows()).toHaveLength(1);
    expect((await listed(door.id))?.health?.printerModel).toBe('epson-tm-p20ii');
    await door.post('/api/devices/me/health', {
      printer: paperOutPrinter(at),
      printerModel: 'epson-tm-p20ii',
    });
    expect(await healthRows()).toHaveLength(2);
    await door.post('/api/devices/me/health', {
      printer: paperOutPrinter(at),
      printerModel: 'epson-tm-p20ii',
    });
    expect(await healthRows()).toHaveLength(2);
  });
});
