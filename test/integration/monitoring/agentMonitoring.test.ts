// /healthz, /readyz and /metrics of a kiosk agent (in this process, over real HTTP to a real hub): ready while the
// hub answers, not ready once the hub refuses the kiosk or when neither the hub nor offline numbers can issue.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHubClient, Liveness, Readiness } from '../../../machines/contracts/index.js';
import { createDeviceCredential } from '../../../main/agent/deviceCredential.js';
import { createAgentHttpServer } from '../../../main/agent/httpServer.js';
import { fetchWithTimeout } from '../../../main/agent/kioskAgent.js';
import { createKioskService, type KioskService } from '../../../main/agent/kioskService.js';
import { loadCatalogs } from '../../../main/localesFromDisk.js';
import { openPrinter } from '../../../printers/printer.js';
import { scrape } from '../../support/prometheus.js';
import { startTestHub, type TestHub } from '../hub/support/testHub.js';

const catalogs = loadCatalogs();

describe('kiosk agent probes and metrics', () => {
  let hub: TestHub;
  let dataDir: string;
  let service: KioskService;
  let app: FastifyInstance;
  let deviceId: string;

  async function startAgent(hubUrl: string, credential: { deviceId: string; token: string }) {
    const device = createDeviceCredential(credential, credential.deviceId);
    service = createKioskService({
      hub: createHubClient(hubUrl, fetchWithTimeout(2_000), { headers: device.headers }),
      printer: openPrinter('none'),
      catalogs,
      credential: device,
      now: hub.clock.now,
      printerHealth: {},
      offline: { dataDir, handOverIntervalMs: null, caseHandOverIntervalMs: null },
    });
    app = await createAgentHttpServer({ service, rendererDir: join(dataDir, 'no-renderer') });
  }

  beforeEach(async () => {
    hub = await startTestHub();
    dataDir = mkdtempSync(join(tmpdir(), 'lobby311-agent-monitoring-'));
    const { code } = hub.auth.devices.createEnrolmentCode({ role: 'kiosk', name: 'Lobby kiosk 1' }, 'test');
    const { device, token } = hub.auth.devices.enrol(code);
    deviceId = device.id;
    await startAgent(await hub.app.listen({ port: 0, host: '127.0.0.1' }), { deviceId, token });
  });
  afterEach(async () => {
    await app.close();
    await service.close();
    await hub.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const readiness = async () => {
    const res = await app.inject('/readyz');
    return { status: res.statusCode, answer: Readiness.parse(res.json()) };
  };
  const metrics = async () => scrape((await app.inject('/metrics')).body);

  it('is alive and ready while the hub answers, and reports the link, device and printer', async () => {
    const live = await app.inject('/healthz');
    expect(live.statusCode).toBe(200);
    expect(Liveness.parse(live.json()).status).toBe('ok');
    const ready = await readiness();
    expect(ready.status).toBe(200);
    expect(ready.answer.checks.find((check) => check.name === 'ticket-issuing')?.detail).toBe('hub');
    expect(ready.answer.checks.find((check) => check.name === 'printer')?.detail).toBe('none');
    const scraped = await metrics();
    expect(scraped.value('lobby311_agent_hub_connected')).toBe(1);
    expect(scraped.value('lobby311_agent_device_state', { state: 'enrolled' })).toBe(1);
    expect(scraped.value('lobby311_agent_printer_state', { state: 'none' })).toBe(1);
    expect(scraped.value('lobby311_agent_offline_log_depth', { kind: 'tickets' })).toBe(0);
  });

  it('is not ready once the hub refuses the kiosk (disabled), and says so', async () => {
    hub.auth.devices.disable(deviceId);
    const { status, answer } = await readiness();
    expect(status).toBe(503);
    expect(answer.reason).toBe('The hub no longer accepts this kiosk (disabled or revoked): enrol it again.');
    expect((await metrics()).value('lobby311_agent_device_state', { state: 'disabled' })).toBe(1);
  });

  it('is not ready when the hub does not answer and it holds no offline numbers', async () => {
    await app.close();
    await service.close();
    rmSync(dataDir, { recursive: true, force: true });
    dataDir = mkdtempSync(join(tmpdir(), 'lobby311-agent-monitoring-'));
    await startAgent('http://127.0.0.1:1', { deviceId, token: 'a'.repeat(43) });
    const { status, answer } = await readiness();
    expect(status).toBe(503);
    expect(answer.reason).toBe('The hub does not answer and this kiosk has no offline numbers left.');
    expect((await metrics()).value('lobby311_agent_hub_connected')).toBe(0);
  });

  it('answers only on loopback host names, like the rest of the agent', async () => {
    const res = await app.inject({ url: '/metrics', headers: { host: 'lobby-kiosk.local:8312' } });
    expect(res.statusCode).toBe(403);
  });
});
