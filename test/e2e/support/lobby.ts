// Starts the real system for browser tests: the hub and a kiosk agent as child processes, a virtual TCP printer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startVirtualPrinter } from '../../fakes/virtualPrinter.js';
import { type AgentProcess, startAgentProcess } from '../../support/agentProcess.js';
import { type HubProcess, startHubProcess } from '../../support/hubProcess.js';

export interface Lobby {
  hub: HubProcess;
  agent: AgentProcess;
  printer: Awaited<ReturnType<typeof startVirtualPrinter>>;
  stop(): Promise<void>;
}

export async function startLobby(): Promise<Lobby> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lobby311-e2e-'));
  const printer = await startVirtualPrinter({ port: 0, outDir: join(dataDir, 'printer') });
  const hub = await startHubProcess({ dataDir: join(dataDir, 'hub') });
  const agent = await startAgentProcess({
    hubUrl: hub.url,
    printer: printer.url,
    dataDir: join(dataDir, 'agent'),
  });
  return {
    hub,
    agent,
    printer,
    async stop() {
      await agent.stop();
      await hub.stop();
      await printer.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
