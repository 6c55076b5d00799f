// Starts the real hub as a child process (node --import tsx main/hub/cli.ts) and resolves once it listens.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnService } from '../../main/process/spawnService.js';
import { writeTestSiteConfig } from './siteConfig.js';

export interface HubProcessOptions {
  /** Data folder (default: a new temporary folder). Reuse one to restart a hub on the same database. */
  dataDir?: string;
  /** Port (default 0: a free port chosen by the system). */
  port?: number;
  /** Site configuration file (default: the shipped one with opening hours off, see siteConfig.ts). */
  config?: string;
  /** Extra environment for the hub process, e.g. { TZ: 'UTC' }. */
  env?: Record<string, string>;
  /** Extra command-line options, e.g. ['--case-store', 'open311+http://…']. */
  args?: string[];
}

export interface HubProcess {
  url: string;
  port: number;
  dataDir: string;
  pid: number;
  /** Sends `signal` (default SIGKILL) and resolves once the process has exited; the data folder stays. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Asks the hub to stop (SIGTERM), resolves once it has exited, and removes a data folder it created. */
  stop(): Promise<void>;
}

export async function startHubProcess(options: HubProcessOptions = {}): Promise<HubProcess> {
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'lobby311-hub-'));
  const args = ['--port', String(options.port ?? 0), '--data', dataDir];
  args.push('--config', options.config ?? writeTestSiteConfig(dataDir), ...(options.args ?? []));
  const service = await spawnService({
    script: 'main/hub/cli.ts',
    args,
    ready: /lobby311 hub listening on (http:\/\/\S+) /,
    ...(options.env ? { env: options.env } : {}),
  });
  return {
    url: service.url,
    port: Number(new URL(service.url).port),
    dataDir,
    pid: service.child.pid!,
    kill: (signal = 'SIGKILL') => service.kill(signal),
    async stop() {
      await service.stop();
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
