// Everything a kiosk needs to keep issuing through an outage, put together: the connectivity tracker around
// the hub client, the durable offline log, the lease keeper, the hand-over loop, the saved site configuration
// and the last intake, and the walk-in requests saved while the hub was away with their own hand-over; the kiosk
// service asks it to issue offline and for the connectivity it reports.
import type {
  Connectivity,
  DeviceNotice,
  HubClient,
  Intake,
  SiteConfig,
  TakeTicketInput,
} from '../../../machines/contracts/index.js';
import type { Catalogs } from '../../../machines/i18n/translate.js';
import { serviceDayOf } from '../../../machines/time/serviceDay.js';
import { type CaseHandOver, startCaseHandOver } from '../caseRequests/caseHandOver.js';
import { type CaseRequestLog, openCaseRequestLog } from '../caseRequests/requestLog.js';
import { closedEarly } from '../notices/closedEarly.js';
import { type ConnectivityTracker, createConnectivityTracker, trackedHubClient } from './connectivity.js';
import { type HandOver, startHandOver } from './handOver.js';
import { createLeaseKeeper, type LeaseKeeper } from './leases.js';
import { type IssuedRecord, type OfflineLog, openOfflineLog } from './offlineLog.js';
import { buildOfflineTicket } from './offlineTicket.js';
import { loadSiteSnapshot, saveSiteSnapshot } from './siteSnapshot.js';

export interface OfflineOptions {
  /** The agent's data folder: `offline-log.jsonl`, `site-snapshot.json` and `case-requests.jsonl` live there. */
  dataDir: string;
  /** Time between hand-over attempts while tickets are pending (default 10 s; null: only at hub contact). */
  handOverIntervalMs?: number | null;
  /** Time between hand-over rounds of saved requests (default 10 s; null: only at start and reconnect). */
  caseHandOverIntervalMs?: number | null;
  /** Wait before asking again for a lease the hub refused (default 60 s). */
  leaseRetryMs?: number;
  /** One line for the operator's log (never ticket content). */
  log?: (line: string) => void;
  /** Flushes a file descriptor to disk (tests count the calls). */
  fsync?: (fd: number) => void;
}

export interface OfflineKioskDeps extends OfflineOptions {
  hub: HubClient;
  catalogs: Catalogs;
  now: () => Date;
  /** The showing "closing early" notice that stops tickets for a service at a moment, or null (absent: none). */
  closingNotice?: (serviceId: string, at: Date) => DeviceNotice | null;
}

export interface OfflineKiosk {
  /** The hub client every part of the agent uses, so each call tells the tracker whether the hub answered. */
  hub: HubClient;
  tracker: ConnectivityTracker;
  log: OfflineLog;
  leases: LeaseKeeper;
  handOver: HandOver;
  /** Walk-in requests written ahead on this kiosk, and their hand-over to the hub. */
  caseLog: CaseRequestLog;
  caseHandOver: CaseHandOver;
  /** Keeps a configuration the hub gave (saved when it changed). */
  rememberSite(site: SiteConfig): void;
  /** The last configuration the hub gave (also from before a restart), or null. */
  savedSite(): SiteConfig | null;
  noteIntake(intake: Intake): void;
  /** The offline ticket issued for a request id (a retry returns it). */
  find(requestId: string): IssuedRecord | undefined;
  /**
   * Issues from the lease and writes the `issued` record (fsync) before returning; refuses `lease-exhausted`,
   * and `service-closed` while a closing-early notice stops the service.
   */
  issue(input: TakeTicketInput, site: SiteConfig): IssuedRecord;
  /** Asks for missing or low leases and hands over pending tickets (each only when there is something to do). */
  refresh(site: SiteConfig): void;
  connectivity(): Connectivity;
  close(): Promise<void>;
}

export function createOfflineKiosk(deps: OfflineKioskDeps): OfflineKiosk {
  const { now } = deps;
  let site = loadSiteSnapshot(deps.dataDir);
  let siteJson = site ? JSON.stringify(site) : '';
  const today = (config: SiteConfig) => serviceDayOf(now(), config.site.timeZone);
  const tracker = createConnectivityTracker(now);
  const hub = trackedHubClient(deps.hub, tracker);
  const log = openOfflineLog(deps.dataDir, {
    today: site ? today(site) : null,
    ...(deps.log ? { log: deps.log } : {}),
    ...(deps.fsync ? { fsync: deps.fsync } : {}),
  });
  const leases = createLeaseKeeper({
    hub,
    log,
    now,
    ...(deps.leaseRetryMs === undefined ? {} : { refusedRetryMs: deps.leaseRetryMs }),
    ...(deps.log ? { logLine: deps.log } : {}),
  });
  const handOver = startHandOver({
    hub,
    log,
    ...(deps.handOverIntervalMs === undefined ? {} : { intervalMs: deps.handOverIntervalMs }),
    ...(deps.log ? { logLine: deps.log } : {}),
  });
  const caseLog = openCaseRequestLog(deps.dataDir, {
    ...(deps.log ? { log: deps.log } : {}),
    ...(deps.fsync ? { fsync: deps.fsync } : {}),
  });
  const caseHandOver = startCaseHandOver({
    hub,
    log: caseLog,
    ...(deps.caseHandOverIntervalMs === undefined ? {} : { intervalMs: deps.caseHandOverIntervalMs }),
    ...(deps.log ? { logLine: deps.log } : {}),
  });
  // Requests saved before a restart go at once; later ones when the hub comes back (or on the interval).
  tracker.onChange((online) => {
    if (online) void caseHandOver.kick();
  });
  if (caseLog.pending().length > 0) void caseHandOver.kick();
  let lastIntake: { intake: Intake; receivedAt: Date } | null = null;
  let leaseRound: Promise<void> = Promise.resolve();

  function issuedSince(serviceId: string, since: Date): number {
    return log
      .allIssued()
      .filter((t) => t.offline.serviceId === serviceId && Date.parse(t.offline.issuedAt) >= since.getTime())
      .length;
  }

  return {
    hub,
    tracker,
    log,
    leases,
    handOver,
    caseLog,
    caseHandOver,
    rememberSite(fresh) {
      site = fresh;
      const json = JSON.stringify(fresh);
      if (json === siteJson) return;
      siteJson = json;
      saveSiteSnapshot(deps.dataDir, fresh);
    },
    savedSite: () => site,
    noteIntake(intake) {
      lastIntake = { intake, receivedAt: now() };
    },
    find: (requestId) => log.issued(requestId),
    issue(input, config) {
      if (deps.closingNotice?.(input.serviceId, now())) throw closedEarly();
      const record = buildOfflineTicket({
        input,
        site: config,
        leases,
        catalogs: deps.catalogs,
        at: now(),
        lastIntake,
        issuedSince,
      });
      log.append(record);
      return record;
    },
    refresh(config) {
      if (!tracker.online()) return;
      leaseRound = leases
        .ensure(config, today(config))
        .catch((err: unknown) => deps.log?.(`asking for offline numbers failed: ${(err as Error).message}`));
      if (log.pending().length > handOver.parked()) void handOver.kick();
    },
    connectivity() {
      const day = site ? today(site) : null;
      return {
        offlineSince: tracker.offlineSince(),
        lastOutageSeconds: tracker.lastOutageSeconds(),
        offlineIssuedToday: day === null ? 0 : leases.issuedOn(day),
        pendingHandOver: log.pending().length,
        rejectedHandOver: handOver.parked(),
        pendingCaseRequests: caseLog.pending().length,
        leases: day === null ? [] : leases.remaining(day),
      };
    },
    async close() {
      await handOver.stop();
      await caseHandOver.stop();
      await leaseRound;
      log.close();
      caseLog.close();
    },
  };
}
