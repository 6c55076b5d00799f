// Rollout rules on a real in-process hub: the pilot first, the rest held until the pilot has been healthy long
// enough, halts (by an administrator or by a kiosk that rolled back), unknown versions and pilots refused.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  AuditList,
  RolloutPlan,
  UpdatesOverview,
  UpdateTarget,
} from '../../../machines/contracts/index.js';
import { readyPrinter, startUpdatesHub, type UpdateKiosk, type UpdatesTestHub } from './updatesHub.js';

let t: UpdatesTestHub;
let pilot: UpdateKiosk;
let other: UpdateKiosk;

const minutes = (n: number) => n * 60_000;
const targetOf = async (kiosk: UpdateKiosk) =>
  UpdateTarget.parse((await kiosk.get('/api/devices/me/update')).json());
const planNow = async () => UpdatesOverview.parse((await t.get('/api/updates')).json()).plan;
const report = (kiosk: UpdateKiosk, body: Record<string, unknown>) =>
  kiosk.post('/api/devices/me/update', body);
const start = (body: Record<string, unknown>) =>
  t.post('/api/updates/rollout', {
    targetVersion: '1.1.0',
    pilotDeviceId: pilot.id,
    pilotHealthyMinutes: 30,
    ...body,
  });

// One hub for the file (starting one costs most of a second); each test has its own two kiosks, and starts
// with no rollout under way.
beforeAll(async () => {
  t = await startUpdatesHub();
});
afterAll(() => t.close());

let kiosks = 0;
beforeEach(async () => {
  kiosks += 1;
  pilot = t.enrol(`Lobby kiosk ${kiosks} by the door`);
  other = t.enrol(`Lobby kiosk ${kiosks} by the elevators`);
  // Both run 1.0.0, as their health reports say.
  for (const kiosk of [pilot, other]) {
    const at = t.clock.now().toISOString();
    const res = await kiosk.post('/api/devices/me/health', {
      printer: readyPrinter(at),
      appVersion: '1.0.0',
    });
    expect(res.statusCode).toBe(200);
  }
  const { state } = await planNow();
  if (state === 'piloting' || state === 'rolling-out') {
    expect((await t.post('/api/updates/rollout/halt', { reason: 'next test' })).statusCode).toBe(200);
  }
});

describe('before any rollout', () => {
  it('tells every kiosk to keep its version', async () => {
    expect(await targetOf(pilot)).toEqual({ version: null, feedPath: null, rollout: 'idle' });
    expect((await planNow()).state).toBe('idle');
  });

  it('lists every device with the version its health report carried, and the versions the hub holds', async () => {
    const display = t.enrol('Lobby display', 'display');
    const overview = UpdatesOverview.parse((await t.get('/api/updates', 'facilities')).json());
    expect(overview.available).toEqual([
      { version: '1.1.0', feedPath: '/updates/1.1.0/' },
      { version: '1.0.0', feedPath: '/updates/1.0.0/' },
    ]);
    const byId = new Map(overview.devices.map((d) => [d.deviceId, d]));
    expect(byId.get(pilot.id)).toMatchObject({ role: 'kiosk', version: '1.0.0', state: null });
    expect(byId.get(display.id)).toMatchObject({ role: 'display', version: null, state: null });
  });
});

describe('a rollout', () => {
  it('sends the pilot first and keeps the others on the last good version', async () => {
    const res = await start({});
    expect(res.statusCode).toBe(200);
    expect(RolloutPlan.parse(res.json())).toMatchObject({
      state: 'piloting',
      targetVersion: '1.1.0',
      lastGoodVersion: '1.0.0',
      pilotDeviceId: pilot.id,
      startedBy: 'test-administrator',
    });
    expect(await targetOf(pilot)).toEqual({
      version: '1.1.0',
      feedPath: '/updates/1.1.0/',
      rollout: 'piloting',
    });
    expect(await targetOf(other)).toEqual({
      version: '1.0.0',
      feedPath: '/updates/1.0.0/',
      rollout: 'piloting',
    });
  });

  it('holds the others until the pilot has reported healthy on the target for the configured time', async () => {
    await start({});
    await report(pilot, { currentVersion: '1.1.0', previousVersion: '1.0.0', state: 'installed' });
    t.clock.advance(minutes(60));
    expect((await targetOf(other)).version).toBe('1.0.0');

    expect((await report(pilot, { currentVersion: '1.1.0', state: 'healthy' })).statusCode).toBe(200);
    expect((await planNow()).pilotHealthySince).toBe(t.clock.now().toISOString());
    t.clock.advance(minutes(30) - 1);
    expect((await targetOf(other)).version).toBe('1.0.0');
    // A heartbeat of the same state does not restart the wait.
    await report(pilot, { currentVersion: '1.1.0', state: 'healthy' });
    t.clock.advance(1);
    expect(await targetOf(other)).toEqual({
      version: '1.1.0',
      feedPath: '/updates/1.1.0/',
      rollout: 'rolling-out',
    });
    expect((await planNow()).state).toBe('rolling-out');
  });

  it('does not count a pilot that is healthy on another version', async () => {
    await start({});
    await report(pilot, { currentVersion: '1.0.0', state: 'healthy' });
    t.clock.advance(minutes(120));
    expect((await planNow()).state).toBe('piloting');
    expect((await targetOf(other)).version).toBe('1.0.0');
  });

  it('halts by itself when the pilot rolls back, sending everyone to the last good version', async () => {
    await start({});
    const res = await report(pilot, {
      currentVersion: '1.0.0',
      previousVersion: '1.1.0',
      state: 'rolled-back',
      reason: 'it stopped 3 times before it was healthy',
    });
    expect(res.statusCode).toBe(200);
    const plan = await planNow();
    expect(plan).toMatchObject({ state: 'halted', haltedBy: `device:${pilot.id}` });
    expect(plan.haltReason).toBe(
      `${pilot.name} rolled back from 1.1.0: it stopped 3 times before it was healthy`,
    );
    expect((await targetOf(pilot)).version).toBe('1.0.0');
    expect((await targetOf(other)).version).toBe('1.0.0');
    const overview = UpdatesOverview.parse((await t.get('/api/updates')).json());
    expect(overview.devices.find((d) => d.deviceId === pilot.id)).toMatchObject({
      version: '1.0.0',
      previousVersion: '1.1.0',
      state: 'rolled-back',
    });
  });

  it('is halted by an administrator with a reason, and cannot be halted twice', async () => {
    await start({});
    const halted = await t.post('/api/updates/rollout/halt', { reason: 'printer driver regression' });
    expect(halted.statusCode).toBe(200);
    expect(RolloutPlan.parse(halted.json())).toMatchObject({
      state: 'halted',
      haltReason: 'printer driver regression',
      haltedBy: 'staff:test-administrator',
    });
    expect((await targetOf(pilot)).version).toBe('1.0.0');
    const again = await t.post('/api/updates/rollout/halt', { reason: 'again' });
    expect(again.statusCode).toBe(409);
    expect(ApiError.parse(again.json()).error.code).toBe('wrong-state');
  });

  it('refuses to start the version already under way', async () => {
    await start({});
    const res = await start({});
    expect(res.statusCode).toBe(409);
    expect(ApiError.parse(res.json()).error.message).toMatch(/already being rolled out/);
  });

  it('is recorded in the audit log with who started and halted it', async () => {
    await start({});
    await t.post('/api/updates/rollout/halt', { reason: 'stop' });
    const { entries } = AuditList.parse((await t.get('/api/audit')).json());
    const actions = entries.map((e) => `${e.action} ${e.actor} ${e.outcome}`);
    expect(actions).toContain('startRollout staff:test-administrator ok');
    expect(actions).toContain('haltRollout staff:test-administrator ok');
  });
});

describe('refusals', () => {
  it('refuses a version the hub has no update files for', async () => {
    const before = await planNow();
    const res = await start({ targetVersion: '9.9.9' });
    expect(res.statusCode).toBe(404);
    expect(ApiError.parse(res.json()).error.message).toMatch(/no update files for version 9\.9\.9/);
    expect(await planNow()).toEqual(before);
  });

  it('refuses every version when the hub has no updates folder, and serves no files', async () => {
    const bare = await startUpdatesHub({ withUpdates: false });
    try {
      const kiosk = bare.enrol('Kiosk');
      const res = await bare.post('/api/updates/rollout', {
        targetVersion: '1.1.0',
        pilotDeviceId: kiosk.id,
      });
      expect(res.statusCode).toBe(404);
      const file = await bare.hub.app.inject({ method: 'GET', url: '/updates/1.1.0/latest-linux.yml' });
      expect(file.statusCode).toBe(404);
    } finally {
      await bare.close();
    }
  });

  it('refuses an unknown pilot, and a display as pilot', async () => {
    const unknown = await start({ pilotDeviceId: 'kiosk-ffffffff' });
    expect(unknown.statusCode).toBe(404);
    const display = t.enrol('Lobby display', 'display');
    const wrongRole = await start({ pilotDeviceId: display.id });
    expect(wrongRole.statusCode).toBe(400);
    expect(ApiError.parse(wrongRole.json()).error.message).toMatch(/cannot be the pilot/);
  });

  it('lets only administrators change the plan (facilities may look)', async () => {
    for (const role of ['facilities', 'supervisor', 'desk'] as const) {
      const res = await start({}).then(() => t.post('/api/updates/rollout/halt', { reason: 'x' }, role));
      expect(res.statusCode).toBe(403);
      expect(
        (await t.post('/api/updates/rollout', { targetVersion: '1.1.0', pilotDeviceId: pilot.id }, role))
          .statusCode,
      ).toBe(403);
    }
    expect((await t.get('/api/updates', 'facilities')).statusCode).toBe(200);
    expect((await t.get('/api/updates', 'supervisor')).statusCode).toBe(403);
  });

  it('refuses an update report that is not in the contract', async () => {
    const res = await report(pilot, { currentVersion: 'latest', state: 'healthy' });
    expect(res.statusCode).toBe(400);
    expect(ApiError.parse(res.json()).error.message).toMatch(/currentVersion/);
  });
});
