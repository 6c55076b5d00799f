// The kiosk's copy of the request catalog: saved atomically when the hub gives one, served as `cache` while
// the hub is away (also after a restart), and `unavailable` when the kiosk never had one.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseCatalog } from '../../../../machines/contracts/index.js';
import { toKioskFailure } from '../../../../main/agent/apiErrors.js';
import { caseCatalogFile, createCatalogCache } from '../../../../main/agent/caseRequests/catalogCache.js';
import { type ScriptedCaseHub, startScriptedCaseHub, testCatalog } from './scriptedCaseHub.js';

describe('the catalog cache', () => {
  let dir: string;
  let hub: ScriptedCaseHub;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lobby311-case-catalog-'));
    hub = startScriptedCaseHub(() => new Date('2026-11-26T18:00:00Z'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('returns the hub catalog and saves it (fsynced) for later', async () => {
    let syncs = 0;
    const cache = createCatalogCache({ hub: hub.client, dataDir: dir, fsync: () => (syncs += 1) });
    expect(await cache.fetch()).toEqual(testCatalog);
    expect(syncs, 'the file and its folder').toBe(2);
    expect(CaseCatalog.parse(JSON.parse(readFileSync(caseCatalogFile(dir), 'utf8')))).toEqual(testCatalog);
    expect(existsSync(`${caseCatalogFile(dir)}.tmp`)).toBe(false);
    await cache.fetch();
    expect(syncs, 'an unchanged catalog is not written again').toBe(2);
  });

  it.each([['unreachable' as const], [503], [500]])(
    'serves the saved copy as "cache" when the hub fails as %s, also after a restart',
    async (failure) => {
      await createCatalogCache({ hub: hub.client, dataDir: dir }).fetch();
      hub.base.failure = failure;
      const restarted = createCatalogCache({ hub: hub.client, dataDir: dir });
      expect(restarted.known()).toEqual(testCatalog);
      expect(await restarted.fetch()).toEqual({ ...testCatalog, source: 'cache' });
    },
  );

  it('is unavailable (503) when the hub is away and the kiosk never had a catalog', async () => {
    hub.base.failure = 'unreachable';
    const failed: unknown = await createCatalogCache({ hub: hub.client, dataDir: dir })
      .fetch()
      .catch((err: unknown) => err);
    expect(toKioskFailure(failed)).toMatchObject({ status: 503, body: { error: { code: 'unavailable' } } });
  });
});
