// GET /api/health: status, version, the site-local service day and the hub's clock.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Health } from '../../../../machines/contracts/index.js';
import { projectRoot } from '../../../../main/paths.js';
import { startTestHub, type TestHub } from '../support/testHub.js';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub({ clockAt: '2026-11-26T07:30:00.000Z' });
});
afterEach(() => hub.close());

describe('GET /api/health', () => {
  it("answers ok with the site's local day, which is still the 25th at 23:30 in Portland", async () => {
    const res = await hub.app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const health = Health.parse(res.json());
    expect(health).toEqual({
      status: 'ok',
      version: (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string })
        .version,
      serviceDay: '2026-11-25',
      time: '2026-11-26T07:30:00.000Z',
    });
  });

  it('refuses POST with 404 not-found', async () => {
    const res = await hub.post('/api/health', {});
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'not-found' } });
  });
});
