// The kiosk's copy of the information topics: the hub's published version (saved when it changed), the saved
// copy while the hub is away or failing, the shipped starter set (version 0) when there never was one, and a
// refusal of this kiosk passed on rather than hidden behind a copy.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HubError, InfoContent } from '../../../../machines/contracts/index.js';
import { createInfoContentCache, infoContentFile } from '../../../../main/agent/info/infoContentCache.js';
import { loadStarterContent } from '../../../../main/agent/info/starterContent.js';
import { type ScriptedInfoHub, startScriptedInfoHub } from './scriptedInfoHub.js';

describe('the information content cache', () => {
  let dir: string;
  let hub: ScriptedInfoHub;
  const cache = () => createInfoContentCache({ hub: hub.client, dataDir: dir });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lobby311-info-cache-'));
    hub = startScriptedInfoHub();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the shipped starter set as version 0 while the hub has never been reached', async () => {
    hub.failure = 'unreachable';
    const content = await cache().fetch();
    expect(content).toMatchObject({ version: 0, publishedAt: null, publishedBy: null });
    expect(content.topics.map((t) => t.id)).toEqual(loadStarterContent().topics.map((t) => t.id));
    expect(content.topics.length).toBeGreaterThan(0);
  });

  it('saves what the hub published and serves that copy, even after a restart, while the hub is away', async () => {
    const first = cache();
    expect((await first.fetch()).version).toBe(1);
    expect(InfoContent.parse(JSON.parse(readFileSync(infoContentFile(dir), 'utf8'))).version).toBe(1);

    hub.failure = 503;
    expect((await first.fetch()).version).toBe(1);
    hub.failure = 'unreachable';
    const restarted = cache();
    expect(restarted.known().version).toBe(1);
    expect((await restarted.fetch()).publishedBy).toBe('supervisor');
  });

  it('passes on a refusal of this kiosk instead of serving the copy', async () => {
    hub.failure = 401;
    await expect(cache().fetch()).rejects.toBeInstanceOf(HubError);
  });

  it('falls back to the starter set when the saved copy no longer reads as content', async () => {
    writeFileSync(infoContentFile(dir), '{"version": "one"}');
    hub.failure = 'unreachable';
    expect((await cache().fetch()).version).toBe(0);
  });
});
