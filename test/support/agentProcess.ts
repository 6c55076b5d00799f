// Starts a real kiosk agent (`main/agent/cli.ts`) as a child process for tests and resolves once it listens;
// makes one-time enrolment codes with the hub's own CLI so the agent can enrol like a real kiosk.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnService } from '../../main/process/spawnService.js';

export interface AgentProcess {
  /** Origin of the agent, e.g. `http://127.0.0.1:40123` (the kiosk screen is at `${url}/kiosk`). */
  url: string;
  port: number;
  /** The agent's data folder (its settings: device id and token, exit PIN hash). */
  dataDir: string;
  /** Everything the agent wrote to stderr so far. */
  stderr(): string;
  /** SIGTERM, wait for the exit, then remove a data folder this helper created. */
  stop(): Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface AgentProcessOptions {
  hubUrl: string;
  /**
   * A one-time kiosk code (see createEnrolmentCode) for a first start; omit it to reuse the credential kept in
   * `dataDir`. Without either the agent exits 2 ("this kiosk is not enrolled").
   */
  enrolCode?: string;
  printer?: string;
  /** `--printer-model` (default: the agent's, epson-tm-t88vi). */
  printerModel?: string;
  dataDir?: string;
  port?: number;
  /** `--ticket-limit` (default: the agent's, 5/4). */
  ticketLimit?: string;
}

export async function startAgentProcess(o: AgentProcessOptions): Promise<AgentProcess> {
  const ownDataDir = o.dataDir === undefined ? mkdtempSync(join(tmpdir(), 'lobby311-agent-')) : null;
  const dataDir = o.dataDir ?? ownDataDir!;
  const cleanUp = () => {
    if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
  };
  try {
    const service = await spawnService({
      script: 'main/agent/cli.ts',
      args: [
        '--hub',
        o.hubUrl,
        '--port',
        String(o.port ?? 0),
        '--printer',
        o.printer ?? 'none',
        ...(o.printerModel === undefined ? [] : ['--printer-model', o.printerModel]),
        '--data',
        dataDir,
        ...(o.enrolCode === undefined ? [] : ['--enrol', o.enrolCode]),
        ...(o.ticketLimit === undefined ? [] : ['--ticket-limit', o.ticketLimit]),
      ],
      ready: /listening on (http:\/\/[^/\s]+)/,
    });
    return {
      url: service.url,
      port: Number(new URL(service.url).port),
      dataDir,
      stderr: service.stderr,
      async stop() {
        await service.stop();
        cleanUp();
      },
      async kill(signal) {
        await service.kill(signal);
        cleanUp();
      },
    };
  } catch (err) {
    cleanUp();
    throw err;
  }
}
