// The kiosk bridge's implementation: site setup, status and intake from the hub, issuing a ticket and printing
// it (rate-limited, and refused while the hub does not accept this kiosk's credential or facilities took it out
// of service; issued from the kiosk's lease while the hub is unreachable), printer health and connectivity
// reported to the hub, device commands from the hub, the QR scanner's ticket lookups, the staff exit, walk-in
// service requests (delegated to caseRequests/), information and referral slips (info/) and notices (notices/).
import type {
  Intake,
  KioskBridge,
  KioskSetup,
  KioskStatus,
  PrinterHealth,
  StaffExitResult,
  TakeTicketInput,
  TakeTicketResult,
} from '../../machines/contracts/index.js';
import { paperForModel } from '../../printers/paperProfiles.js';
import { KioskRefusal } from './apiErrors.js';
import { createKioskCaseRequests } from './caseRequests/kioskCaseRequests.js';
import { createDeviceCommandRunner } from './deviceCommands.js';
import { type HealthReporter, startHealthReporter } from './healthReporter.js';
import { createKioskInformation } from './info/kioskInformation.js';
import { type InstructionsPoller, startInstructionsPoller } from './instructionsPoller.js';
import { outOfServiceRefusal, refusalFor, refusedByHub } from './kioskRefusals.js';
import type { KioskServiceDeps } from './kioskServiceDeps.js';
import { startKioskNotices } from './notices/kioskNotices.js';
import { createOfflineKiosk, type OfflineKiosk } from './offline/offlineKiosk.js';
import { createPrintedTickets } from './printedTickets.js';
import { type PrinterWatch, watchPrinter } from './printerWatch.js';
import { startKioskScans } from './scanner/kioskScans.js';
import { createSiteCache } from './siteCache.js';
import { createTicketIssuing } from './ticketIssuing.js';
import { createTicketPrinting } from './ticketPrinting.js';
import { createTokenBucket } from './tokenBucket.js';

export type { KioskServiceDeps } from './kioskServiceDeps.js';

export type KioskService = KioskBridge & {
  /** Asks the hub for instructions now and runs what it hands out (tests; the schedule does it otherwise). */
  pollInstructions(): Promise<void>;
  close(): Promise<void>;
};

/** The bridge's coarse printer state, from the watched health. */
function printerStateOf(health: PrinterHealth): KioskStatus['printer'] {
  if (health.state === 'none') return 'none';
  return health.canPrint ? 'ready' : 'error';
}

export function createKioskService(deps: KioskServiceDeps): KioskService {
  const now = deps.now ?? (() => new Date());
  const printerModel = deps.printerModel ?? 'epson-tm-t88vi';
  const paper = paperForModel(printerModel);
  const { credential } = deps;
  const limit = deps.ticketLimit ?? { capacity: 5, refillMs: 4_000 };
  const tickets = createTokenBucket(limit.capacity, limit.refillMs, () => now().getTime());
  const printedTickets = createPrintedTickets();
  const dataDir = deps.offline?.dataDir ?? null;
  const files = { ...(deps.offline?.fsync ? { fsync: deps.offline.fsync } : {}) };
  const log = { ...(deps.offline?.log ? { log: deps.offline.log } : {}) };
  const notices = startKioskNotices({
    options: deps.notices ?? null,
    headers: credential.headers,
    dataDir,
    now,
    ...files,
    ...log,
  });
  const offline: OfflineKiosk | null = deps.offline
    ? createOfflineKiosk({
        ...deps.offline,
        hub: deps.hub,
        catalogs: deps.catalogs,
        now,
        closingNotice: notices.closingNotice,
      })
    : null;
  const hub = offline?.hub ?? deps.hub;
  let kioskName: string | null = null;
  const inFlight = new Map<string, Promise<TakeTicketResult>>();
  const watch: PrinterWatch | null = deps.printerHealth
    ? watchPrinter(deps.printer, { ...deps.printerHealth, now })
    : null;
  const reporter: HealthReporter | null =
    watch && deps.printerHealth
      ? startHealthReporter({
          ...deps.printerHealth,
          hub,
          credential,
          watch,
          printerModel,
          ...(offline ? { connectivity: () => offline.connectivity() } : {}),
        })
      : null;
  const printing = createTicketPrinting(deps.printer, watch, paper, printedTickets);

  const site = createSiteCache({
    fetch: () => hub.call('getSite', {}),
    now,
    maxAgeMs: deps.siteMaxAgeMs ?? 5 * 60_000,
    ...(offline ? { remember: offline.rememberSite, saved: offline.savedSite } : {}),
  });

  /** Asks the hub who this kiosk is; a 401 marks the credential refused, an unreachable hub changes nothing. */
  async function checkCredential(): Promise<void> {
    if (credential.state() === 'not-enrolled') return;
    try {
      const me = await hub.call('me', {});
      if (me.kind === 'device') kioskName = me.name;
      credential.noteAccepted();
    } catch (err) {
      credential.noteFailure(err);
    }
  }

  const issueAndPrint = createTicketIssuing({
    hub,
    credential,
    offline,
    site,
    printing,
    catalogs: deps.catalogs,
  });

  const runCommand = createDeviceCommandRunner({
    print: printing.print,
    health: () => watch?.current() ?? null,
    clearFault: async () => (watch ? watch.clearFault() : null),
    site,
    async kioskName() {
      if (kioskName === null) await checkCredential();
      return kioskName ?? credential.deviceId;
    },
    printed: printedTickets,
    printerModel,
    paper,
    catalogs: deps.catalogs,
    now,
  });
  const poller: InstructionsPoller | null = deps.instructions
    ? startInstructionsPoller({ ...deps.instructions, hub, credential, run: runCommand })
    : null;
  if (offline) {
    // At reconnect the health report goes out first, then leases and the hand-over.
    offline.tracker.onChange(() => reporter?.sendNow());
    const refresh = () => {
      site().then(
        (config) => offline.refresh(config),
        () => {},
      );
    };
    offline.tracker.onContact(refresh);
    refresh();
  }
  const cases = createKioskCaseRequests({
    offline: offline && deps.offline ? { ...deps.offline, kiosk: offline } : null,
    hub,
    site,
    printer: deps.printer,
    print: printing.print,
    paper,
    catalogs: deps.catalogs,
    credential,
    refusal() {
      const notice = poller?.outOfService();
      return refusalFor(credential.state()) ?? (notice ? outOfServiceRefusal(notice) : null);
    },
  });
  const information = createKioskInformation({
    ...deps.information,
    hub,
    dataDir,
    tracker: offline?.tracker ?? null,
    site,
    printer: deps.printer,
    print: printing.print,
    paper,
    catalogs: deps.catalogs,
    credential,
    now,
    ...files,
    ...log,
  });
  const scans = startKioskScans({
    ...deps.scans,
    hub,
    publicBaseUrl: async () => (await site()).publicBaseUrl,
  });

  return {
    /** Fails while the kiosk is out of service, so the screen shows "please see the front desk" and retries. */
    async getSetup(): Promise<KioskSetup> {
      await checkCredential();
      const refusal = refusalFor(credential.state());
      if (refusal) throw refusal;
      return { deviceId: credential.deviceId, site: await site() };
    },

    async getStatus(): Promise<KioskStatus> {
      const [hubState, printer] = await Promise.all([
        hub.call('health', {}).then(
          () => 'online' as const,
          () => 'offline' as const,
        ),
        watch ? printerStateOf(watch.current()) : deps.printer.checkStatus().catch(() => 'error' as const),
        checkCredential(),
      ]);
      return {
        hub: hubState,
        printer,
        device: credential.state(),
        printerHealth: watch?.current() ?? null,
        outOfService: poller?.outOfService() ?? null,
        otherKiosks: poller?.otherKiosks() ?? [],
        connectivity: offline?.connectivity() ?? null,
      };
    },

    /**
     * The hub's GET /api/intake with this kiosk's credential. An unreachable hub fails (503 `unavailable`):
     * the screen then offers every service without figures, as before intake existed.
     */
    async getIntake(): Promise<Intake> {
      const refusal = refusalFor(credential.state());
      if (refusal) throw refusal;
      try {
        const intake = await hub.call('intake', {});
        credential.noteAccepted();
        offline?.noteIntake(intake);
        return intake;
      } catch (err) {
        if (credential.noteFailure(err)) throw refusedByHub();
        throw err;
      }
    },

    /**
     * Idempotent on `requestId`: the hub returns the same ticket for a retry, and a ticket this agent already
     * printed is not printed again (a failed print is tried again on retry). Concurrent duplicates share one call.
     */
    takeTicket(input: TakeTicketInput): Promise<TakeTicketResult> {
      const pending = inFlight.get(input.requestId);
      if (pending) return pending;
      const refusal = refusalFor(credential.state());
      if (refusal) return Promise.reject(refusal);
      const outOfService = poller?.outOfService();
      if (outOfService) return Promise.reject(outOfServiceRefusal(outOfService));
      if (!tickets.take()) {
        const seconds = Math.ceil(tickets.waitMs() / 1000);
        return Promise.reject(
          new KioskRefusal(
            429,
            'rate-limited',
            `Too many tickets from this kiosk in a short time. Try again in ${seconds} s.`,
          ),
        );
      }
      const call = issueAndPrint(input).finally(() => inFlight.delete(input.requestId));
      inFlight.set(input.requestId, call);
      return call;
    },

    async staffExit({ pin }): Promise<StaffExitResult> {
      if (!deps.exitGuard) return { ok: false, reason: 'not-available', retryAfterSeconds: 0 };
      return deps.exitGuard(pin);
    },

    /** Resolves with the next scan after `afterSeq` (the newest at once if newer), or null after the wait. */
    waitForScan: (input) => scans.waitForScan(input),

    getCaseCatalog: () => cases.getCaseCatalog(),
    submitRequest: (input) => cases.submitRequest(input),

    getInfoContent: () => information.getInfoContent(),
    printReferral: (input) => information.printReferral(input),
    recordInfoVisit: (visit) => information.recordInfoVisit(visit),
    /** Resolves at once with a version other than `afterVersion`, else at the next change or after the wait. */
    waitForNotices: (input) => notices.waitForNotices(input),

    pollInstructions: async () => poller?.pollNow(),

    async close(): Promise<void> {
      await scans.close();
      await poller?.stop();
      await Promise.allSettled(inFlight.values());
      await cases.settle();
      await notices.close();
      await information.close();
      await reporter?.stop();
      await offline?.close();
      watch?.stop();
      await deps.printer.close();
    },
  };
}
