// Builds the hub: SQLite store, queue engine, HTTP API, WebSocket streams and the built screens.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import type { SiteConfig } from '../../machines/contracts/index.js';
import { projectRoot, rendererDist } from '../paths.js';
import { createHubEventBus } from './queue/hubEventBus.js';
import { createQueueService } from './queue/queueService.js';
import { registerApiErrors } from './routes/apiErrors.js';
import { registerCallNext } from './routes/callNext.js';
import { registerComplete } from './routes/complete.js';
import { type EventStreamOptions, registerEvents } from './routes/events.js';
import { registerGetQueue } from './routes/getQueue.js';
import { registerGetSite } from './routes/getSite.js';
import { registerHealth } from './routes/health.js';
import { registerIssueTicket } from './routes/issueTicket.js';
import { registerNoShow } from './routes/noShow.js';
import { registerRecall } from './routes/recall.js';
import type { RouteDeps } from './routes/routeDeps.js';
import { registerScreens } from './routes/screens.js';
import { registerSecurityHeaders } from './routes/securityHeaders.js';
import { registerStatusPage } from './routes/statusPage.js';
import { openSqliteStore } from './store/sqliteStore.js';

export interface HubOptions {
  /** Folder holding hub.sqlite; created if missing. */
  dataDir: string;
  config: SiteConfig;
  /** The clock (tests pass a fake one); defaults to real time. */
  now?: () => Date;
  /** The built renderer (default dist/renderer). */
  rendererDir?: string;
  /** Log one line per request (method, route, status) and errors; never bodies. */
  logger?: boolean;
  events?: EventStreamOptions;
}

export interface Hub {
  app: FastifyInstance;
  close(): Promise<void>;
}

const bodyLimitBytes = 64 * 1024;

function hubVersion(): string {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

export async function createHub(options: HubOptions): Promise<Hub> {
  mkdirSync(options.dataDir, { recursive: true });
  const store = openSqliteStore(join(options.dataDir, 'hub.sqlite'));
  const app = Fastify({
    logger: options.logger ?? false,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: bodyLimitBytes,
    forceCloseConnections: true,
  });
  const bus = createHubEventBus((error) => app.log.error({ err: error }, 'event listener failed'));
  const queue = createQueueService(
    { store, config: options.config, now: options.now ?? (() => new Date()) },
    bus,
  );
  const deps: RouteDeps = { queue, bus, version: hubVersion() };

  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? '(none)', status: reply.statusCode },
      'request',
    );
  });
  app.removeContentTypeParser('text/plain');
  registerApiErrors(app);
  registerSecurityHeaders(app);
  await app.register(fastifyWebsocket, { options: { maxPayload: bodyLimitBytes } });
  registerHealth(app, deps);
  registerGetSite(app, deps);
  registerGetQueue(app, deps);
  registerIssueTicket(app, deps);
  registerCallNext(app, deps);
  registerRecall(app, deps);
  registerNoShow(app, deps);
  registerComplete(app, deps);
  registerEvents(app, deps, options.events);
  registerStatusPage(app, deps);
  await registerScreens(app, options.rendererDir ?? rendererDist);

  let closing: Promise<void> | undefined;
  return {
    app,
    close() {
      closing ??= app.close().finally(() => store.close());
      return closing;
    },
  };
}
