// Browser mode over HTTP: the kiosk page and its assets, the bridge endpoints, and who may call them.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, KioskSetup } from '../../../machines/contracts/index.js';
import { createAgentHttpServer } from '../../../main/agent/httpServer.js';
import { createKioskService, type KioskService } from '../../../main/agent/kioskService.js';
import { loadCatalogs } from '../../../main/localesFromDisk.js';
import { openPrinter } from '../../../printers/printer.js';
import { type InProcessHub, startInProcessHub } from './inProcessHub.js';

describe('agent HTTP server', () => {
  let hub: InProcessHub;
  let service: KioskService;
  let rendererDir: string;
  let app: FastifyInstance;

  beforeEach(async () => {
    hub = await startInProcessHub();
    service = createKioskService({
      hub: hub.client,
      printer: openPrinter('none'),
      catalogs: loadCatalogs(),
      credential: hub.credential,
      scans: { waitMs: 20 },
    });
    rendererDir = mkdtempSync(join(tmpdir(), 'lobby311-renderer-'));
    app = await createAgentHttpServer({ service, rendererDir });
  });
  afterEach(async () => {
    await app.close();
    await service.close();
    await hub.close();
    rmSync(rendererDir, { recursive: true, force: true });
  });

  const call = (method: string, payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: `/kiosk-api/${method}`, payload: payload as object, headers });

  it('says to build first when the kiosk screen is not built', async () => {
    const res = await app.inject({ method: 'GET', url: '/kiosk' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toContain('run npm run build first');
  });

  it('serves the built kiosk page with its CSP and security headers, and its assets under /app/', async () => {
    writeFileSync(join(rendererDir, 'kiosk.html'), '<!doctype html><title>Kiosk</title>');
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'assets', 'kiosk.js'), 'console.log(1)');
    const page = await app.inject({ method: 'GET', url: '/kiosk' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Kiosk</title>');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
    const asset = await app.inject({ method: 'GET', url: '/app/assets/kiosk.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
  });

  it('does not serve files outside the built screens', async () => {
    const res = await app.inject({ method: 'GET', url: '/app/..%2f..%2fpackage.json' });
    expect([403, 404]).toContain(res.statusCode);
    expect(res.body).not.toContain('lobby311');
  });

  it('answers getSetup with the device id and the site from the hub', async () => {
    const res = await call('getSetup', {});
    expect(res.statusCode).toBe(200);
    expect(KioskSetup.parse(res.json())).toEqual({ deviceId: hub.credential.deviceId, site: hub.config });
  });

  it('issues a ticket through takeTicket', async () => {
    const res = await call('takeTicket', {
      requestId: randomUUID(),
      serviceId: 'permits',
      language: 'en',
      needs: { interpreter: null, accessibility: ['seating'] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      ticket: { number: expect.stringMatching(/^P\d{3}$/) },
      peopleAhead: 0,
    });
  });

  it('answers an unknown method with 404 and the contract error', async () => {
    const res = await call('openDoor', {});
    expect(res.statusCode).toBe(404);
    expect(ApiError.parse(res.json()).error.code).toBe('not-found');
  });

  it('answers bad input with 400 naming the field', async () => {
    const res = await call('takeTicket', {
      requestId: 'not-a-uuid',
      serviceId: 'permits',
      language: 'en',
      needs: {},
    });
    expect(res.statusCode).toBe(400);
    const body = ApiError.parse(res.json());
    expect(body.error.code).toBe('invalid-request');
    expect(body.error.message).toMatch(/^requestId: /);
  });

  it('answers a body that is not JSON with 400 in the contract shape', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/kiosk-api/getStatus',
      payload: '{oops',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(ApiError.parse(res.json()).error.code).toBe('invalid-request');
  });

  it('refuses a request for another host name (DNS rebinding)', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/kiosk',
      headers: { host: 'attacker.example:8312' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a bridge call from another origin', async () => {
    const res = await call('getStatus', {}, { origin: 'http://attacker.example' });
    expect(res.statusCode).toBe(403);
    const same = await call('getStatus', {}, { host: '127.0.0.1:8312', origin: 'http://127.0.0.1:8312' });
    expect(same.statusCode).toBe(200);
  });

  it.each(['192.168.1.20:8312', 'lobby-kiosk.local:8312', '127.0.0.1.attacker.example'])(
    'refuses a bridge call whose Host is not loopback (%s), before the service is called',
    async (host) => {
      const before = hub.requests.get('/api/tickets') ?? 0;
      const res = await call(
        'takeTicket',
        {
          requestId: randomUUID(),
          serviceId: 'permits',
          language: 'en',
          needs: { interpreter: null, accessibility: [] },
        },
        { host },
      );
      expect(res.statusCode).toBe(403);
      expect(hub.requests.get('/api/tickets') ?? 0).toBe(before);
    },
  );

  it.each(['http://127.0.0.1:9999', 'null', 'https://127.0.0.1:8312'])(
    'refuses a bridge call from the foreign origin %s',
    async (origin) => {
      const res = await call('getStatus', {}, { host: '127.0.0.1:8312', origin });
      expect(res.statusCode).toBe(403);
      expect(ApiError.parse(res.json()).error.message).toMatch(/other sites/);
    },
  );

  it('answers staffExit in browser mode: there is nothing to exit', async () => {
    const res = await call('staffExit', { pin: '123456' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: false, reason: 'not-available', retryAfterSeconds: 0 });
  });

  it('answers waitForScan with no scan once the wait is over, and refuses a negative afterSeq', async () => {
    const res = await call('waitForScan', { afterSeq: 0 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ scan: null });
    const bad = await call('waitForScan', { afterSeq: -1 });
    expect(bad.statusCode).toBe(400);
    expect(ApiError.parse(bad.json()).error.message).toMatch(/^afterSeq: /);
  });
});
