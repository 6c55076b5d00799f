// Kiosk commands on a real in-process hub (SQLite, fake clock): queue, list, fetch, complete, expiry after
// 10 minutes, hand-out again after 60 s, the 20-command cap, who may do what, and the audit entries.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  AuditList,
  DeviceCommand,
  DeviceCommandList,
  DeviceInstructions,
} from '../../../machines/contracts/index.js';
import { startTestHub, type TestHub } from './support/testHub.js';
import { enrolKiosk, type TestKiosk } from './support/testKiosk.js';

let hub: TestHub;
let kiosk: TestKiosk;
beforeEach(async () => {
  hub = await startTestHub();
  kiosk = enrolKiosk(hub, 'Kiosk by the door');
});
afterEach(() => hub.close());

const queueTestPrint = (deviceId = kiosk.id) =>
  hub.post(`/api/devices/${deviceId}/commands`, { kind: 'testPrint' }, 'facilities');
const listCommands = async () => {
  const res = await hub.get(`/api/devices/${kiosk.id}/commands`, 'facilities');
  expect(res.statusCode).toBe(200);
  return DeviceCommandList.parse(res.json()).commands;
};
const fetchInstructions = async (as: TestKiosk = kiosk) => {
  const res = await as.get('/api/devices/me/instructions');
  expect(res.statusCode).toBe(200);
  return DeviceInstructions.parse(res.json());
};
const complete = (id: string, body: unknown, as: TestKiosk = kiosk) =>
  as.post(`/api/devices/me/commands/${id}`, body);
const errorCode = (res: { json(): unknown }) => ApiError.parse(res.json()).error.code;

describe('a command from queueing to its result', () => {
  it('is listed pending, handed to the kiosk once, and done with the kiosk detail', async () => {
    const queued = await queueTestPrint();
    expect(queued.statusCode).toBe(201);
    const command = DeviceCommand.parse(queued.json());
    expect(command).toMatchObject({
      deviceId: kiosk.id,
      request: { kind: 'testPrint' },
      status: 'pending',
      requestedBy: 'test-facilities',
      completedAt: null,
      detail: null,
    });
    expect((await listCommands()).map((c) => [c.id, c.status])).toEqual([[command.id, 'pending']]);

    const first = await fetchInstructions();
    expect(first.commands.map((c) => c.id)).toEqual([command.id]);
    expect((await fetchInstructions()).commands).toEqual([]);
    expect((await listCommands())[0]?.status).toBe('pending');

    hub.clock.advance(5_000);
    const done = await complete(command.id, { ok: true, detail: 'Printed' });
    expect(done.statusCode).toBe(200);
    expect(DeviceCommand.parse(done.json())).toMatchObject({
      status: 'done',
      detail: 'Printed',
      completedAt: hub.clock.now().toISOString(),
    });
    expect(await listCommands()).toEqual([DeviceCommand.parse(done.json())]);
  });

  it('records a failure with its detail', async () => {
    const { id } = DeviceCommand.parse((await queueTestPrint()).json());
    const failed = await complete(id, { ok: false, detail: 'The printer is out of paper' });
    expect(DeviceCommand.parse(failed.json())).toMatchObject({
      status: 'failed',
      detail: 'The printer is out of paper',
    });
  });

  it('refuses a second completion with conflict, and keeps the first result', async () => {
    const { id } = DeviceCommand.parse((await queueTestPrint()).json());
    expect((await complete(id, { ok: true, detail: 'Printed' })).statusCode).toBe(200);
    const again = await complete(id, { ok: false, detail: 'Jammed' });
    expect(again.statusCode).toBe(409);
    expect(errorCode(again)).toBe('conflict');
    expect((await listCommands())[0]).toMatchObject({ status: 'done', detail: 'Printed' });
  });

  it('lets only the kiosk the command belongs to complete it', async () => {
    const other = enrolKiosk(hub, 'Kiosk by the elevators');
    const { id } = DeviceCommand.parse((await queueTestPrint()).json());
    const refused = await complete(id, { ok: true, detail: 'Printed' }, other);
    expect(refused.statusCode).toBe(404);
    expect(errorCode(refused)).toBe('not-found');
    expect((await fetchInstructions(other)).commands).toEqual([]);
    expect((await listCommands())[0]?.status).toBe('pending');
    expect((await complete(randomUUID(), { ok: true, detail: 'Printed' })).statusCode).toBe(404);
  });
});

describe('timing', () => {
  it('hands a fetched, unfinished command out again after 60 seconds (the kiosk may have crashed)', async () => {
    const { id } = DeviceCommand.parse((await queueTestPrint()).json());
    expect((await fetchInstructions()).commands.map((c) => c.id)).toEqual([id]);
    hub.clock.advance(59_000);
    expect((await fetchInstructions()).commands).toEqual([]);
    hub.clock.advance(1_000);
    expect((await fetchInstructions()).commands.map((c) => c.id)).toEqual([id]);
    expect((await complete(id, { ok: true, detail: 'Printed' })).statusCode).toBe(200);
    hub.clock.advance(120_000);
    expect((await fetchInstructions()).commands).toEqual([]);
  });

  it('expires a command not completed within 10 minutes of being requested', async () => {
    const { id } = DeviceCommand.parse((await queueTestPrint()).json());
    await fetchInstructions();
    hub.clock.advance(10 * 60_000 - 1);
    expect((await listCommands())[0]?.status).toBe('pending');
    hub.clock.advance(1);
    expect((await listCommands())[0]).toMatchObject({ id, status: 'expired', completedAt: null });
    expect((await fetchInstructions()).commands).toEqual([]);
    const late = await complete(id, { ok: true, detail: 'Printed' });
    expect(late.statusCode).toBe(409);
    expect(errorCode(late)).toBe('wrong-state');
  });

  it('never hands out a command that expired before the kiosk fetched it', async () => {
    await queueTestPrint();
    hub.clock.advance(11 * 60_000);
    expect((await fetchInstructions()).commands).toEqual([]);
    expect((await listCommands())[0]?.status).toBe('expired');
  });
});

describe('limits and refusals', () => {
  it('allows at most 20 waiting commands per kiosk, newest 20 listed first', async () => {
    for (let i = 0; i < 20; i++) {
      expect((await queueTestPrint()).statusCode).toBe(201);
      hub.clock.advance(1_000);
    }
    const refused = await queueTestPrint();
    expect(refused.statusCode).toBe(429);
    expect(errorCode(refused)).toBe('rate-limited');
    const listed = await listCommands();
    expect(listed).toHaveLength(20);
    expect(listed.map((c) => c.requestedAt)).toEqual(
      listed
        .map((c) => c.requestedAt)
        .sort()
        .reverse(),
    );
    const [newest] = await fetchInstructions().then((i) => i.commands.slice(-1));
    expect((await complete(newest!.id, { ok: true, detail: 'Printed' })).statusCode).toBe(200);
    expect((await queueTestPrint()).statusCode).toBe(201);
  });

  it('refuses an unknown device, a display and a disabled kiosk with plain messages', async () => {
    const unknown = await queueTestPrint('kiosk-ffffffff');
    expect([unknown.statusCode, errorCode(unknown)]).toEqual([404, 'not-found']);
    const { code } = hub.auth.devices.createEnrolmentCode({ role: 'display', name: 'Lobby display' }, 'test');
    const display = hub.auth.devices.enrol(code).device;
    const toDisplay = await queueTestPrint(display.id);
    expect([toDisplay.statusCode, errorCode(toDisplay)]).toEqual([409, 'wrong-state']);
    expect(ApiError.parse(toDisplay.json()).error.message).toContain('only kiosks');
    expect((await hub.post(`/api/devices/${kiosk.id}/disable`, {}, 'facilities')).statusCode).toBe(200);
    const toDisabled = await queueTestPrint();
    expect([toDisabled.statusCode, errorCode(toDisabled)]).toEqual([409, 'wrong-state']);
    expect(ApiError.parse(toDisabled.json()).error.message).toContain('disabled');
  });

  it('refuses a body that is not a command', async () => {
    const res = await hub.post(`/api/devices/${kiosk.id}/commands`, { kind: 'selfDestruct' }, 'facilities');
    expect([res.statusCode, errorCode(res)]).toEqual([400, 'invalid-request']);
    expect(await listCommands()).toEqual([]);
  });
});

describe('access', () => {
  it('refuses a test print from the desk, command lists to kiosks and reprints to the public', async () => {
    const fromDesk = await hub.post(`/api/devices/${kiosk.id}/commands`, { kind: 'testPrint' }, 'desk');
    expect([fromDesk.statusCode, errorCode(fromDesk)]).toEqual([403, 'forbidden']);
    const listByKiosk = await kiosk.get(`/api/devices/${kiosk.id}/commands`);
    expect([listByKiosk.statusCode, errorCode(listByKiosk)]).toEqual([403, 'forbidden']);
    const reprintByPublic = await hub.post(`/api/tickets/${randomUUID()}/reprint`, {}, 'anonymous');
    expect([reprintByPublic.statusCode, errorCode(reprintByPublic)]).toEqual([401, 'unauthenticated']);
    const instructionsByStaff = await hub.get('/api/devices/me/instructions', 'facilities');
    expect(instructionsByStaff.statusCode).toBe(403);
    expect(await listCommands()).toEqual([]);
  });
});

describe('audit', () => {
  it('records who queued which kind for which kiosk, and the kiosk result', async () => {
    const { id } = DeviceCommand.parse((await queueTestPrint()).json());
    await complete(id, { ok: true, detail: 'Printed' });
    const entries = AuditList.parse((await hub.get('/api/audit', 'administrator')).json()).entries;
    expect(entries.find((e) => e.action === 'queueDeviceCommand.testPrint')).toMatchObject({
      actor: 'staff:test-facilities',
      target: kiosk.id,
      outcome: 'ok',
    });
    expect(entries.find((e) => e.action === 'completeDeviceCommand.testPrint')).toMatchObject({
      actor: `device:${kiosk.id}`,
      target: kiosk.id,
      outcome: 'ok',
    });
    expect(JSON.stringify(entries)).not.toContain('Printed');
  });
});
