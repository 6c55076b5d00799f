// Builds the hub's walk-in request part over the open database: the stores, the catalog, the delivery worker,
// the service the routes call and the personal-data purge; registers the routes, and starts and stops the rest
// with the hub. With no case store configured, requests wait in the outbox and the catalog is the stored or
// shipped one.
import type Database from 'better-sqlite3';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { SiteConfig } from '../../../machines/contracts/index.js';
import { type CasePurgeSchedule, scheduleCasePurge } from '../retention/casePurge.js';
import { registerCaseCatalog } from '../routes/caseCatalog.js';
import { registerCaseOutboxStatus } from '../routes/caseOutboxStatus.js';
import { registerCaseRequestStatus } from '../routes/caseRequestStatus.js';
import { registerCaseReview } from '../routes/caseReview.js';
import { registerRequestStatusPage } from '../routes/requestStatusPage.js';
import { registerResumeCaseDelivery } from '../routes/resumeCaseDelivery.js';
import { registerSubmitCaseRequest } from '../routes/submitCaseRequest.js';
import { createSqliteCaseCatalog } from '../store/sqliteCaseCatalog.js';
import { createSqliteCaseOutbox } from '../store/sqliteCaseOutbox.js';
import { createSqliteCaseRequests } from '../store/sqliteCaseRequests.js';
import { type CaseCatalogService, createCaseCatalog } from './caseCatalog.js';
import type { CaseDelivery } from './caseDeliveryApi.js';
import { type CaseRequestService, createCaseRequestService } from './caseRequestService.js';
import type { CaseRouteDeps } from './caseRouteDeps.js';
import type { CaseStoreAdapter } from './caseStore.js';
import { loadCatalogSeed } from './catalogSeed.js';
import { createCaseDelivery } from './delivery/caseDelivery.js';

export interface CaseRequestsOptions {
  db: Database.Database;
  config: SiteConfig;
  now: () => Date;
  adapter: CaseStoreAdapter | null;
  log: FastifyBaseLogger;
  /** Start the delivery loop (tests may drive delivery.tick() themselves). */
  autoStart: boolean;
}

export interface CaseRequests {
  service: CaseRequestService;
  catalog: CaseCatalogService;
  delivery: CaseDelivery;
  registerRoutes(app: FastifyInstance): void;
  /** Starts the catalog refresh, the delivery loop (unless autoStart is false) and the purge schedule. */
  start(): void;
  /** Stops them all and waits for work under way; call before the database closes. */
  stop(): Promise<void>;
}

export function createCaseRequests(options: CaseRequestsOptions): CaseRequests {
  const { db, config, now, adapter, log } = options;
  const settings = config.caseRequests;
  const catalog = createCaseCatalog({
    store: createSqliteCaseCatalog(db),
    adapter,
    seed: loadCatalogSeed(),
    now,
    refreshMinutes: settings.catalogRefreshMinutes,
    requestTimeoutMs: settings.requestTimeoutSeconds * 1000,
    onRefreshFailed: (reason) => log.warn({ caseCatalog: reason }, 'case catalog refresh failed'),
  });
  const store = createSqliteCaseRequests(db);
  const outbox = createSqliteCaseOutbox(db, { here: settings.here, serviceTypeOf: catalog.serviceTypeOf });
  let purge: CasePurgeSchedule | undefined;
  const delivery = createCaseDelivery({
    store: outbox,
    adapter,
    settings,
    now,
    onDelivered: () => {
      if (settings.personalDataDays === 0) purge?.runNow();
    },
  });
  const service = createCaseRequestService({ store, outbox, catalog, delivery, adapter, config, now });
  const routeDeps: CaseRouteDeps = { cases: service, catalog, config, now };

  return {
    service,
    catalog,
    delivery,
    registerRoutes(app) {
      registerCaseCatalog(app, routeDeps);
      registerSubmitCaseRequest(app, routeDeps);
      registerCaseRequestStatus(app, routeDeps);
      registerCaseOutboxStatus(app, routeDeps);
      registerCaseReview(app, routeDeps);
      registerResumeCaseDelivery(app, routeDeps);
      registerRequestStatusPage(app, routeDeps);
    },
    start() {
      purge = scheduleCasePurge(() => service.purgeDelivered(now()), {
        done: (purged) => {
          if (purged > 0) log.info({ caseRequestsPurged: purged }, 'case request personal data purged');
        },
        failed: (error) => log.error({ err: { name: (error as Error).name } }, 'case request purge failed'),
      });
      catalog.start();
      if (options.autoStart) delivery.start();
    },
    async stop() {
      purge?.stop();
      await Promise.all([catalog.stop(), delivery.stop()]);
    },
  };
}
