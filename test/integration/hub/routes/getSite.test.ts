// GET /api/site: the validated site configuration the hub runs with.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SiteConfig } from '../../../../machines/contracts/index.js';
import { startTestHub, type TestHub } from '../support/testHub.js';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(() => hub.close());

describe('GET /api/site', () => {
  it('answers the configuration the hub was started with', async () => {
    const res = await hub.app.inject('/api/site');
    expect(res.statusCode).toBe(200);
    const site = SiteConfig.parse(res.json());
    expect(site).toEqual(hub.config);
    expect(site.site.timeZone).toBe('America/Los_Angeles');
  });

  it('answers 404 not-found for a path below it', async () => {
    const res = await hub.app.inject('/api/site/services');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'not-found' } });
  });
});
