// Registers the kiosk agent's /healthz, /readyz and /metrics (on its loopback port, so /metrics needs no token).
import type { FastifyInstance } from 'fastify';
import type { KioskStatus } from '../../../machines/contracts/index.js';
import { registerProbeRoutes } from '../../hub/monitoring/probeRoutes.js';
import { startProcessMetrics } from '../../hub/monitoring/processMetrics.js';
import { agentMetrics } from './agentMetrics.js';
import { agentReadiness } from './agentReadiness.js';

export interface AgentMonitoringDeps {
  /** The kiosk's status as the bridge's getStatus gives it (asks the hub, reads the printer and offline log). */
  status(): Promise<KioskStatus>;
  now?: () => Date;
}

export function registerAgentMonitoring(app: FastifyInstance, deps: AgentMonitoringDeps): void {
  const process = startProcessMetrics();
  const now = deps.now ?? (() => new Date());
  registerProbeRoutes(app, {
    readiness: async () => agentReadiness(await deps.status()),
    metrics: async () => agentMetrics(await deps.status(), process, now()),
    metricsToken: null,
  });
  app.addHook('onClose', async () => process.stop());
}
