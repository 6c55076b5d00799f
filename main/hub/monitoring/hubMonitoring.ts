// Registers the hub's /healthz, /readyz and /metrics (see probeRoutes.ts) and starts what the metrics count.
import type Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { SiteConfig } from '../../../machines/contracts/index.js';
import type { AuthService } from '../auth/authService.js';
import type { HubEventBus } from '../queue/hubEventBus.js';
import type { QueueService } from '../queue/queueServiceApi.js';
import { createHubMetrics } from './hubMetrics.js';
import { hubReadiness } from './hubReadiness.js';
import { registerProbeRoutes } from './probeRoutes.js';
import { startProcessMetrics } from './processMetrics.js';
import { countQueueEvents } from './queueCounters.js';
import { trackStreamClients } from './streamClients.js';

export interface HubMonitoringDeps {
  db: Database.Database;
  config: SiteConfig;
  queue: QueueService;
  bus: HubEventBus;
  auth: AuthService;
  now: () => Date;
  version: string;
  /** /metrics needs `Authorization: Bearer <token>` when set; open when null. */
  metricsToken: string | null;
}

/** Call after the access guard and the WebSocket plugin are registered; stops its timers when the app closes. */
export function registerHubMonitoring(app: FastifyInstance, deps: HubMonitoringDeps): void {
  const counters = countQueueEvents(deps.bus, deps.config);
  const process = startProcessMetrics();
  const metrics = createHubMetrics({
    ...deps,
    devices: () => deps.auth.devices.list(),
    counters,
    streams: trackStreamClients(app),
    process,
  });
  registerProbeRoutes(app, {
    readiness: hubReadiness({ db: deps.db, config: deps.config, serviceDay: () => deps.queue.serviceDay() }),
    metrics,
    metricsToken: deps.metricsToken,
  });
  app.addHook('onClose', async () => {
    counters.stop();
    process.stop();
  });
}
