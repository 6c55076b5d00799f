// Notices from a real hub to a kiosk agent (in this process, over real HTTP and WebSocket): a supervisor's
// publication reaches the agent's long poll in the visitor's languages, and an agent restarted while the hub is
// stopped still answers with the last notice it was sent.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHubClient, NoticeResult } from '../../../machines/contracts/index.js';
import { createDeviceCredential } from '../../../main/agent/deviceCredential.js';
import { fetchWithTimeout } from '../../../main/agent/kioskAgent.js';
import { createKioskService, type KioskService } from '../../../main/agent/kioskService.js';
import { loadCatalogs } from '../../../main/localesFromDisk.js';
import { openPrinter } from '../../../printers/printer.js';
import { minutesAfterMorning, noticeBody } from '../hub/notices/noticeFixtures.js';
import { startTestHub, type TestHub } from '../hub/support/testHub.js';

const catalogs = loadCatalogs();

describe('notices reaching a kiosk agent', () => {
  let hub: TestHub;
  let hubRunning: boolean;
  let hubUrl: string;
  let dataDir: string;
  let kiosk: KioskService | null;
  let credential: { deviceId: string; token: string };

  /** A kiosk agent as the CLI builds one: the hub over HTTP with the device credential, and its stream. */
  const startKiosk = () => {
    const device = createDeviceCredential(credential, credential.deviceId);
    kiosk = createKioskService({
      hub: createHubClient(hubUrl, fetchWithTimeout(2_000), { headers: device.headers }),
      printer: openPrinter('none'),
      catalogs,
      credential: device,
      now: hub.clock.now,
      offline: { dataDir, handOverIntervalMs: null, caseHandOverIntervalMs: null },
      notices: { hubUrl },
    });
    return kiosk;
  };

  beforeEach(async () => {
    hub = await startTestHub();
    hubRunning = true;
    hubUrl = await hub.app.listen({ port: 0, host: '127.0.0.1' });
    dataDir = mkdtempSync(join(tmpdir(), 'lobby311-notices-agent-'));
    const { code } = hub.auth.devices.createEnrolmentCode({ role: 'kiosk', name: 'Lobby kiosk 1' }, 'test');
    const { device, token } = hub.auth.devices.enrol(code);
    credential = { deviceId: device.id, token };
    kiosk = null;
  });
  afterEach(async () => {
    await kiosk?.close();
    if (hubRunning) await hub.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const publish = async (changes: Parameters<typeof noticeBody>[0] = {}) => {
    const res = await hub.post('/api/notices', noticeBody(changes), 'supervisor');
    expect(res.statusCode).toBe(201);
    return NoticeResult.parse(res.json()).notice;
  };

  it('answers the long poll with a notice a supervisor publishes', async () => {
    const agent = startKiosk();
    const first = await agent.waitForNotices({ afterVersion: 0 });
    expect(first.notices).toEqual([]);
    const next = agent.waitForNotices({ afterVersion: first.version });
    const notice = await publish({ severity: 'emergency', endsAt: null });
    const seen = await next;
    expect(seen.version).toBeGreaterThan(first.version);
    expect(seen.notices).toHaveLength(1);
    expect(seen.notices[0]).toMatchObject({
      id: notice.id,
      severity: 'emergency',
      messages: { es: { headline: 'El vestíbulo cierra hoy a las 3 pm' } },
    });
  });

  it('keeps answering with the last notice after a restart while the hub is stopped', async () => {
    const agent = startKiosk();
    const first = await agent.waitForNotices({ afterVersion: 0 });
    const next = agent.waitForNotices({ afterVersion: first.version });
    const notice = await publish({ endsAt: minutesAfterMorning(240) });
    expect((await next).notices.map((n) => n.id)).toEqual([notice.id]);

    await agent.close();
    hubRunning = false;
    await hub.close();
    const restarted = startKiosk();
    const after = await restarted.waitForNotices({ afterVersion: 0 });
    expect(after.notices.map((n) => n.id)).toEqual([notice.id]);
    expect(after.notices[0]?.messages.en?.headline).toBe('The lobby closes at 3 pm today');
  });
});
