// /healthz and /readyz on a real in-process hub, answered without sign-in; readiness against a real SQLite file
// that is closed or read-only (503 with the reason); the optional bearer token of /metrics.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Liveness, Readiness } from '../../../machines/contracts/index.js';
import { hubReadiness } from '../../../main/hub/monitoring/hubReadiness.js';
import { registerProbeRoutes } from '../../../main/hub/monitoring/probeRoutes.js';
import { openHubDatabase } from '../../../main/hub/store/hubDatabase.js';
import { testSiteConfig } from '../../support/siteConfig.js';
import { startTestHub, type TestHub } from '../hub/support/testHub.js';

describe('hub probes', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it('answers /healthz 200 with the measured event-loop lag, for anyone', async () => {
    const res = await hub.app.inject('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const answer = Liveness.parse(res.json());
    expect(answer.eventLoopLagSeconds).toBeLessThan(1);
    expect(answer.uptimeSeconds).toBeGreaterThan(0);
  });

  it('answers /readyz 200 when the database reads and writes and the configuration is loaded', async () => {
    const res = await hub.app.inject('/readyz');
    expect(res.statusCode).toBe(200);
    expect(Readiness.parse(res.json())).toEqual({
      status: 'ready',
      reason: null,
      checks: [
        { name: 'database-read', ok: true, reason: null },
        { name: 'database-write', ok: true, reason: null },
        { name: 'config', ok: true, reason: null },
      ],
    });
  });

  it('keeps GET /api/health as it was', async () => {
    const res = await hub.app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', time: hub.clock.now().toISOString() });
  });
});

describe('hub readiness on a broken database', () => {
  let dir: string;
  let app: FastifyInstance;
  afterEach(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function probesOver(db: Database.Database, metricsToken: string | null = null) {
    app = Fastify();
    registerProbeRoutes(app, {
      readiness: hubReadiness({ db, config: testSiteConfig(), serviceDay: () => '2026-11-26' }),
      metrics: () => [{ name: 'lobby311_up', help: 'Test.', type: 'gauge', samples: [{ value: 1 }] }],
      metricsToken,
    });
    await app.ready();
    return app;
  }

  const freshDatabase = () => {
    dir = mkdtempSync(join(tmpdir(), 'lobby311-readyz-'));
    const file = join(dir, 'hub.sqlite');
    openHubDatabase(file).close();
    return file;
  };

  it('answers 503 with the reason when the database connection is closed', async () => {
    const db = openHubDatabase(freshDatabase());
    await probesOver(db);
    expect((await app.inject('/readyz')).statusCode).toBe(200);
    db.close();
    const res = await app.inject('/readyz');
    expect(res.statusCode).toBe(503);
    const answer = Readiness.parse(res.json());
    expect(answer.status).toBe('not-ready');
    expect(answer.reason).toMatch(/^The hub database cannot be read \(.*not open.*\)\.$/);
    expect(answer.checks.find((check) => check.name === 'config')?.ok).toBe(true);
  });

  it('answers 503 when the database can be read but not written', async () => {
    const db = new Database(freshDatabase(), { readonly: true });
    await probesOver(db);
    const res = await app.inject('/readyz');
    expect(res.statusCode).toBe(503);
    const answer = Readiness.parse(res.json());
    expect(answer.checks.map((check) => [check.name, check.ok])).toEqual([
      ['database-read', true],
      ['database-write', false],
      ['config', true],
    ]);
    expect(answer.reason).toMatch(/cannot be written \(attempt to write a readonly database\)/);
    db.close();
  });

  it('asks for the bearer token on /metrics when one is set, and serves the metrics with it', async () => {
    const db = openHubDatabase(freshDatabase());
    await probesOver(db, 'metrics-secret-1234');
    expect((await app.inject('/metrics')).statusCode).toBe(401);
    const wrong = await app.inject({
      url: '/metrics',
      headers: { authorization: 'Bearer metrics-secret-12345' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['www-authenticate']).toBe('Bearer');
    const right = await app.inject({
      url: '/metrics',
      headers: { authorization: 'Bearer metrics-secret-1234' },
    });
    expect(right.statusCode).toBe(200);
    expect(right.body).toContain('lobby311_up 1');
    expect((await app.inject('/readyz')).statusCode).toBe(200);
    db.close();
  });
});
