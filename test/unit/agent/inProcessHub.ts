// A real hub (SQLite in a temp folder) inside the test process, reached through the typed hub client.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createHubClient,
  type FetchLike,
  type HubClient,
  type SiteConfig,
} from '../../../machines/contracts/index.js';
import { loadSiteConfig } from '../../../main/hub/loadConfig.js';
import { createHub } from '../../../main/hub/server.js';
import { defaultSiteConfig } from '../../../main/paths.js';

export interface InProcessHub {
  client: HubClient;
  config: SiteConfig;
  /** How many requests the client sent, by path (e.g. `/api/site`). */
  requests: Map<string, number>;
  close(): Promise<void>;
}

/** A client for a hub that is not there: requests to a port nothing listens on are refused. */
export function unreachableHubClient(): HubClient {
  return createHubClient('http://127.0.0.1:9', fetch);
}

export async function startInProcessHub(now: () => Date = () => new Date()): Promise<InProcessHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lobby311-agent-unit-hub-'));
  const config = loadSiteConfig(defaultSiteConfig);
  const hub = await createHub({ dataDir, config, now, rendererDir: join(dataDir, 'no-renderer') });
  const requests = new Map<string, number>();
  const inject: FetchLike = async (url, init) => {
    const path = new URL(url).pathname;
    requests.set(path, (requests.get(path) ?? 0) + 1);
    const res = await hub.app.inject({
      method: init.method as 'GET' | 'POST',
      url: path,
      headers: init.headers,
      ...(init.body === undefined ? {} : { payload: init.body }),
    });
    return { status: res.statusCode, json: async () => res.json() };
  };
  return {
    client: createHubClient('http://hub.test', inject),
    config,
    requests,
    async close() {
      await hub.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
