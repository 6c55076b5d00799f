// POST /api/devices/me/health: a kiosk's latest printer health, one row per device, shown in the device list;
// refused from staff, displays and disabled kiosks; audited without anything from the report itself.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  AuditList,
  DeviceList,
  Principal,
  type PrinterHealth,
} from '../../../../machines/contracts/index.js';
import { type CallerKind, startTestHub, type TestHub } from '../support/testHub.js';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(() => hub.close());

const paperLow: PrinterHealth = {
  state: 'paperLow',
  canPrint: true,
  fault: 'paper-low',
  since: '2026-11-26T17:55:00.000Z',
  lastGoodAt: '2026-11-26T17:59:30.000Z',
};
const paperOut: PrinterHealth = {
  state: 'paperOut',
  canPrint: false,
  fault: 'paper-out',
  since: '2026-11-26T18:02:00.000Z',
  lastGoodAt: '2026-11-26T17:59:30.000Z',
};

const report = (printer: unknown, who: CallerKind = 'kiosk') =>
  hub.post('/api/devices/me/health', { printer }, who);

async function kioskId(): Promise<string> {
  const me = Principal.parse((await hub.get('/api/auth/me', 'kiosk')).json());
  if (me.kind !== 'device') throw new Error('the kiosk caller is not a device');
  return me.deviceId;
}

async function listed(deviceId: string) {
  const res = await hub.get('/api/devices', 'facilities');
  expect(res.statusCode).toBe(200);
  return DeviceList.parse(res.json()).devices.find((d) => d.id === deviceId);
}

describe('POST /api/devices/me/health', () => {
  it('keeps the latest report per kiosk and returns it in the device list with when it arrived', async () => {
    const id = await kioskId();
    expect((await listed(id))?.health).toBeNull();
    expect((await report(paperLow)).json()).toEqual({ ok: true });
    expect((await listed(id))?.health).toEqual({
      printer: paperLow,
      printerModel: null,
      connectivity: null,
      reportedAt: hub.clock.now().toISOString(),
    });
    hub.clock.advance(60_000);
    expect((await report(paperOut)).statusCode).toBe(200);
    expect((await listed(id))?.health).toEqual({
      printer: paperOut,
      printerModel: null,
      connectivity: null,
      reportedAt: hub.clock.now().toISOString(),
    });
    const db = new Database(`${hub.dataDir}/hub.sqlite`, { readonly: true });
    const rows = db.prepare('SELECT device_id FROM device_health').all();
    db.close();
    expect(rows).toEqual([{ device_id: id }]);
  });

  it('refuses a report that does not follow the contract, naming the field', async () => {
    const bad = await report({ ...paperLow, state: 'onFire' });
    expect(bad.statusCode).toBe(400);
    expect(ApiError.parse(bad.json()).error.message).toContain('"printer.state"');
    const extra = await report({ ...paperLow, serial: 'X1' });
    expect(extra.statusCode).toBe(400);
    expect((await listed(await kioskId()))?.health).toBeNull();
  });

  it.each([
    ['anonymous', 401],
    ['display', 403],
    ['facilities', 403],
    ['administrator', 403],
  ] as const)('refuses %s with %i', async (who, status) => {
    expect((await report(paperLow, who)).statusCode).toBe(status);
  });

  it('refuses a disabled kiosk as its other routes do, and keeps its last report', async () => {
    const id = await kioskId();
    await report(paperLow);
    expect((await hub.post(`/api/devices/${id}/disable`, {}, 'facilities')).statusCode).toBe(200);
    const refused = await report(paperOut);
    expect(refused.statusCode).toBe(401);
    expect(ApiError.parse(refused.json()).error.code).toBe('unauthenticated');
    expect((await listed(id))?.health?.printer).toEqual(paperLow);
  });

  it('is audited as the device, with no target and nothing from the report', async () => {
    const id = await kioskId();
    await report(paperOut);
    const audit = AuditList.parse((await hub.get('/api/audit', 'administrator')).json());
    const entry = audit.entries.find((e) => e.action === 'reportHealth');
    expect(entry).toMatchObject({ actor: `device:${id}`, target: null, outcome: 'ok' });
    expect(JSON.stringify(audit)).not.toContain('paper-out');
  });
});
