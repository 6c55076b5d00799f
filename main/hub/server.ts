// Builds the hub: SQLite store, queue engine, identity and access, HTTP API, WebSocket streams and the screens.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import type { SiteConfig } from '../../machines/contracts/index.js';
import { packageVersion } from '../appVersion.js';
import { rendererDist } from '../paths.js';
import { registerAccessGuard } from './auth/accessGuard.js';
import type { AuthSettings } from './auth/authDeps.js';
import { createAuthService } from './auth/authService.js';
import type { CaseCatalogService } from './cases/caseCatalog.js';
import type { CaseDelivery } from './cases/caseDeliveryApi.js';
import { createCaseRequests } from './cases/caseRequestsHub.js';
import type { CaseStoreAdapter } from './cases/caseStore.js';
import { createDeviceCare } from './devices/deviceCare.js';
import { createTicketLookups } from './devices/ticketLookups.js';
import { createInformation } from './info/infoHub.js';
import { registerHubMonitoring } from './monitoring/hubMonitoring.js';
import { registerRequestLog } from './monitoring/serviceLogger.js';
import { createNotices } from './notices/noticesHub.js';
import { startDayWatch } from './queue/dayWatch.js';
import { createHubEventBus } from './queue/hubEventBus.js';
import { createQueueService } from './queue/queueService.js';
import { registerAddNote } from './routes/addNote.js';
import { registerApiErrors } from './routes/apiErrors.js';
import { registerArrive } from './routes/arrive.js';
import { registerCallNext } from './routes/callNext.js';
import { registerCallTicket } from './routes/callTicket.js';
import { registerCancelByVisitor } from './routes/cancelByVisitor.js';
import { registerComplete } from './routes/complete.js';
import { registerCompleteDeviceCommand } from './routes/completeDeviceCommand.js';
import {
  registerCounterBack,
  registerCounterBreak,
  registerCounterSignIn,
  registerCounterSignOut,
} from './routes/counterSession.js';
import { registerCreateEnrolmentCode } from './routes/createEnrolmentCode.js';
import { registerCreateStaff } from './routes/createStaff.js';
import { registerDeviceInstructions } from './routes/deviceInstructions.js';
import { registerDisableDevice } from './routes/disableDevice.js';
import { registerDisableStaff } from './routes/disableStaff.js';
import { registerEnrol } from './routes/enrol.js';
import { type EventStreamOptions, registerEvents } from './routes/events.js';
import { registerFindVisit } from './routes/findVisit.js';
import { registerGetQueue } from './routes/getQueue.js';
import { registerGetSite } from './routes/getSite.js';
import { registerHandOverOfflineTickets } from './routes/handOverOfflineTickets.js';
import { registerHealth } from './routes/health.js';
import { registerIntake } from './routes/intake.js';
import { registerIssueTicket } from './routes/issueTicket.js';
import { registerListDeviceCommands } from './routes/listDeviceCommands.js';
import { registerListDevices } from './routes/listDevices.js';
import { registerListLeases } from './routes/listLeases.js';
import { registerListStaff } from './routes/listStaff.js';
import { registerLogin } from './routes/login.js';
import { registerLogout } from './routes/logout.js';
import { registerMarkLeft } from './routes/markLeft.js';
import { registerMe } from './routes/me.js';
import { registerNoShow } from './routes/noShow.js';
import { registerPark } from './routes/park.js';
import { registerPreviewNext } from './routes/previewNext.js';
import { registerPrintPreview } from './routes/printPreview.js';
import { registerQueueDeviceCommand } from './routes/queueDeviceCommand.js';
import { registerRecall } from './routes/recall.js';
import { registerRecycle } from './routes/recycle.js';
import { registerReportHealth } from './routes/reportHealth.js';
import { registerReprintTicket } from './routes/reprintTicket.js';
import { registerRequestLease } from './routes/requestLease.js';
import { registerResume } from './routes/resume.js';
import type { RouteDeps } from './routes/routeDeps.js';
import { registerScreens } from './routes/screens.js';
import { registerExportServiceLevels, registerServiceLevels } from './routes/serviceLevels.js';
import { registerSetOutOfService } from './routes/setOutOfService.js';
import { registerSetQueueIntake } from './routes/setQueueIntake.js';
import { registerSignOutEverywhere } from './routes/signOutEverywhere.js';
import { registerStatusPage } from './routes/statusPage.js';
import { registerTicketStatus } from './routes/ticketStatus.js';
import { registerTransfer } from './routes/transfer.js';
import { registerWalkIn } from './routes/walkIn.js';
import { answerFrameworkError } from './security/frameworkErrors.js';
import { registerHardening } from './security/registerHardening.js';
import type { TlsFiles } from './security/tlsFiles.js';
import { openHubDatabase } from './store/hubDatabase.js';
import { createSqliteAuthStore } from './store/sqliteAuthStore.js';
import { createSqliteQueueStore } from './store/sqliteStore.js';
import { createUpdates } from './updates/updatesHub.js';

export interface HubOptions {
  /** Folder holding hub.sqlite; created if missing. */
  dataDir: string;
  config: SiteConfig;
  /** The clock (tests pass a fake one); defaults to real time. */
  now?: () => Date;
  /** The built renderer (default dist/renderer). */
  rendererDir?: string;
  /** The JSON logger (monitoring/serviceLogger.ts): one line per request (method, route, status) and errors. */
  logger?: FastifyBaseLogger;
  /** /metrics needs this bearer token (default: LOBBY311_METRICS_TOKEN from the environment; unset: open). */
  metricsToken?: string | null;
  events?: EventStreamOptions;
  /** Mark the session and device cookies `Secure` (default: when `tls` is set). */
  secureCookies?: boolean;
  /** Password hashing cost and session limits (defaults: scrypt N=2^15, 30 min idle, 12 h absolute). */
  auth?: Partial<AuthSettings>;
  /** Serve HTTPS with this certificate and key (PEM); plain HTTP without. */
  tls?: TlsFiles;
  /** How often the hub checks whether the service day changed, to close past days' visits (default 60 s). */
  dayWatchIntervalMs?: number;
  /** The city's case store walk-in requests are delivered to (default null: requests wait in the outbox). */
  caseStore?: CaseStoreAdapter | null;
  /** Run the delivery loop (default true); tests may drive `caseDelivery.tick()` themselves. */
  caseDeliveryAutoStart?: boolean;
  /** The shipped information topics, version 0 (default assets/site/info-topics.json). */
  infoStarterPath?: string;
  /** The app update files (electron-updater generic-provider layout) served at /updates/ (default: none). */
  updatesDir?: string | null;
}

export interface Hub {
  app: FastifyInstance;
  /** The walk-in request delivery worker (tests drive and inspect it). */
  caseDelivery: CaseDelivery;
  /** The case store's catalog as the hub serves it (tests await its refresh). */
  caseCatalog: CaseCatalogService;
  close(): Promise<void>;
}

const bodyLimitBytes = 64 * 1024;

/** Every endpoint of hubApi (the access guard refuses to start if an /api route lacks an access rule). */
const apiRoutes: readonly ((app: FastifyInstance, deps: RouteDeps) => void)[] = [
  registerHealth,
  registerGetSite,
  registerGetQueue,
  registerIssueTicket,
  registerIntake,
  registerCallNext,
  registerCallTicket,
  registerPreviewNext,
  registerWalkIn,
  registerCounterSignIn,
  registerCounterBreak,
  registerCounterBack,
  registerCounterSignOut,
  registerRecall,
  registerNoShow,
  registerComplete,
  registerArrive,
  registerPark,
  registerResume,
  registerTransfer,
  registerRecycle,
  registerMarkLeft,
  registerAddNote,
  registerCancelByVisitor,
  registerSetQueueIntake,
  registerServiceLevels,
  registerExportServiceLevels,
  registerLogin,
  registerLogout,
  registerSignOutEverywhere,
  registerMe,
  registerListStaff,
  registerCreateStaff,
  registerDisableStaff,
  registerCreateEnrolmentCode,
  registerEnrol,
  registerListDevices,
  registerDisableDevice,
  registerReportHealth,
  registerQueueDeviceCommand,
  registerListDeviceCommands,
  registerSetOutOfService,
  registerDeviceInstructions,
  registerCompleteDeviceCommand,
  registerReprintTicket,
  registerPrintPreview,
  registerTicketStatus,
  registerFindVisit,
  registerRequestLease,
  registerListLeases,
  registerHandOverOfflineTickets,
];

export async function createHub(options: HubOptions): Promise<Hub> {
  mkdirSync(options.dataDir, { recursive: true });
  const db = openHubDatabase(join(options.dataDir, 'hub.sqlite'));
  const store = createSqliteQueueStore(db);
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : {}),
    ...(options.tls ? { https: options.tls } : {}),
    frameworkErrors: answerFrameworkError,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: bodyLimitBytes,
    forceCloseConnections: true,
  });
  const bus = createHubEventBus((error) => app.log.error({ err: error }, 'event listener failed'));
  const notices = createNotices({ db, config: options.config, now, newId: randomUUID });
  const queue = createQueueService(
    { store, config: options.config, now, closingNotice: notices.closingNotice },
    bus,
  );
  const auth = createAuthService({ store: createSqliteAuthStore(db), now, ...options.auth });
  const deps: RouteDeps = {
    queue,
    bus,
    version: packageVersion() ?? '0.0.0',
    auth,
    config: options.config,
    now,
    secureCookies: options.secureCookies ?? options.tls !== undefined,
    db,
    deviceCare: createDeviceCare({ db, devices: auth.devices, now, newId: randomUUID }),
    ticketLookups: createTicketLookups(db),
    notices,
    updates: createUpdates({
      db,
      now,
      listDevices: () => auth.devices.list(),
      updatesDir: options.updatesDir ?? null,
    }),
  };
  const information = createInformation({
    db,
    config: options.config,
    now,
    ...(options.infoStarterPath ? { starterPath: options.infoStarterPath } : {}),
  });
  const cases = createCaseRequests({
    db,
    config: options.config,
    now,
    adapter: options.caseStore ?? null,
    log: app.log,
    autoStart: options.caseDeliveryAutoStart ?? true,
  });

  // Hooks for every request, in this order: logging, WebSocket upgrades, error format, hardening, access guard.
  registerRequestLog(app);
  app.removeContentTypeParser('text/plain');
  // First, so that its hooks mark upgrades before any hook below may refuse one (and so close its socket).
  await app.register(fastifyWebsocket, { options: { maxPayload: bodyLimitBytes } });
  registerApiErrors(app);
  const hardening = registerHardening(app, {
    db,
    config: options.config,
    now,
    tls: options.tls !== undefined,
    principalOf: (request) => request.caller?.principal,
  });
  registerAccessGuard(app, auth);
  // After the guard: it counts event-stream clients by the role the guard found. /healthz, /readyz, /metrics.
  registerHubMonitoring(app, {
    ...deps,
    metricsToken:
      options.metricsToken === undefined ? process.env.LOBBY311_METRICS_TOKEN || null : options.metricsToken,
  });

  // Routes: the API, the WebSocket streams, the public status page and the built screens.
  for (const register of apiRoutes) register(app, deps);
  cases.registerRoutes(app);
  notices.registerRoutes(app);
  information.registerRoutes(app);
  await deps.updates.registerRoutes(app);
  hardening.registerRoutes(app);
  registerEvents(app, deps, options.events);
  registerStatusPage(app, deps);
  await registerScreens(app, options.rendererDir ?? rendererDist);

  // Closes the open visits of past days now and whenever the service day changes.
  const stopDayWatch = startDayWatch(queue, { now, intervalMs: options.dayWatchIntervalMs ?? 60_000 });
  // Refreshes the catalog, delivers waiting requests and purges delivered ones' personal data on schedule.
  cases.start();

  let closing: Promise<void> | undefined;
  return {
    app,
    caseDelivery: cases.delivery,
    caseCatalog: cases.catalog,
    close() {
      if (!closing) {
        stopDayWatch();
        closing = cases
          .stop()
          .finally(() => app.close())
          .finally(() => store.close());
      }
      return closing;
    },
  };
}
