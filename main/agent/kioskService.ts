// The kiosk bridge's implementation: site setup, status and intake from the hub, issuing a ticket and printing
// it (rate-limited, and refused while the hub does not accept this kiosk's credential or facilities took it out
// of service), printer health watched and reported to the hub, device commands from the hub, the QR scanner's
// ticket lookups, and the staff exit.
import type {
  HubClient,
  Intake,
  KioskBridge,
  KioskSetup,
  KioskStatus,
  PrinterHealth,
  PrinterModel,
  PrintOutcome,
  SiteConfig,
  StaffExitResult,
  TakeTicketInput,
  TakeTicketResult,
} from '../../machines/contracts/index.js';
import type { Catalogs } from '../../machines/i18n/translate.js';
import { paperForModel } from '../../printers/paperProfiles.js';
import { NoPrinterError, type Printer } from '../../printers/printer.js';
import { encodeTicket } from '../../printers/ticketLayout.js';
import { buildTicketPrintData } from '../../printers/ticketPrintData.js';
import { KioskRefusal } from './apiErrors.js';
import { createDeviceCommandRunner } from './deviceCommands.js';
import type { DeviceCredential } from './deviceCredential.js';
import type { ExitGuard } from './exitPin.js';
import { type HealthReporter, type HealthReportTiming, startHealthReporter } from './healthReporter.js';
import { type InstructionsPoller, startInstructionsPoller } from './instructionsPoller.js';
import { outOfServiceRefusal, refusalFor, refusedByHub } from './kioskRefusals.js';
import { createPrintedTickets } from './printedTickets.js';
import { type PrinterWatch, type PrinterWatchOptions, watchPrinter } from './printerWatch.js';
import { type ScannerConfig, startKioskScans } from './scanner/kioskScans.js';
import { createTokenBucket } from './tokenBucket.js';

export interface KioskServiceDeps {
  hub: HubClient;
  printer: Printer;
  catalogs: Catalogs;
  /** This kiosk's device credential; the hub client sends its header, the service watches for 401s. */
  credential: DeviceCredential;
  /** Checks the facilities PIN; absent means there is nothing to exit (browser mode). */
  exitGuard?: ExitGuard;
  now?: () => Date;
  /** How long the site configuration is reused before it is fetched again (default 5 minutes). */
  siteMaxAgeMs?: number;
  /** takeTicket calls allowed in a burst, then one per `refillMs` (default 5, then one every 4 s). */
  ticketLimit?: { capacity: number; refillMs: number };
  /**
   * Watch the printer with the printer health machine (a job is not sent while it cannot print) and report its
   * health to the hub. The agent always does; absent, the printer is not watched and `printerHealth` is null.
   */
  printerHealth?: PrinterWatchOptions & HealthReportTiming;
  /** The printer's model: sets the paper width of everything printed (default epson-tm-t88vi). */
  printerModel?: PrinterModel;
  /**
   * Ask the hub for commands and out of service (every `intervalMs`, default 5 s; null: only on
   * `pollInstructions`). The agent always does; absent, the kiosk never learns of either.
   */
  instructions?: { intervalMs?: number | null };
  /** The QR scanner (absent: none) and how long waitForScan waits (default 25 s). */
  scans?: { scanner?: ScannerConfig | null; waitMs?: number };
}

export type KioskService = KioskBridge & {
  /** Asks the hub for instructions now and runs what it hands out (tests; the schedule does it otherwise). */
  pollInstructions(): Promise<void>;
  close(): Promise<void>;
};

/** How many recently printed ticket ids are remembered, so a retry does not print a second copy. */
const PRINTED_MEMORY = 500;

/** The bridge's coarse printer state, from the watched health. */
function printerStateOf(health: PrinterHealth): KioskStatus['printer'] {
  if (health.state === 'none') return 'none';
  return health.canPrint ? 'ready' : 'error';
}

export function createKioskService(deps: KioskServiceDeps): KioskService {
  const now = deps.now ?? (() => new Date());
  const printerModel = deps.printerModel ?? 'epson-tm-t88vi';
  const paper = paperForModel(printerModel);
  const siteMaxAgeMs = deps.siteMaxAgeMs ?? 5 * 60_000;
  const { credential } = deps;
  const limit = deps.ticketLimit ?? { capacity: 5, refillMs: 4_000 };
  const tickets = createTokenBucket(limit.capacity, limit.refillMs, () => now().getTime());
  let cachedSite: { site: SiteConfig; fetchedAt: number } | null = null;
  const printed = new Set<string>();
  const printedTickets = createPrintedTickets();
  let kioskName: string | null = null;
  const inFlight = new Map<string, Promise<TakeTicketResult>>();
  const watch: PrinterWatch | null = deps.printerHealth
    ? watchPrinter(deps.printer, { ...deps.printerHealth, now })
    : null;
  const reporter: HealthReporter | null =
    watch && deps.printerHealth
      ? startHealthReporter({ ...deps.printerHealth, hub: deps.hub, credential, watch, printerModel })
      : null;

  async function site(): Promise<SiteConfig> {
    const at = now().getTime();
    if (cachedSite && at - cachedSite.fetchedAt < siteMaxAgeMs) return cachedSite.site;
    try {
      const fresh = await deps.hub.call('getSite', {});
      cachedSite = { site: fresh, fetchedAt: at };
      return fresh;
    } catch (err) {
      if (cachedSite) return cachedSite.site;
      throw err;
    }
  }

  /** The printer queues jobs itself, so two visitors' tickets never interleave on the paper. */
  async function print(bytes: Uint8Array): Promise<PrintOutcome> {
    if (watch) return watch.print(bytes);
    try {
      await deps.printer.print(bytes);
      return { ok: true };
    } catch (err) {
      return { ok: false, reason: err instanceof NoPrinterError ? 'no-printer' : 'printer-error' };
    }
  }

  function rememberPrinted(ticketId: string): void {
    printed.add(ticketId);
    if (printed.size > PRINTED_MEMORY) {
      const oldest = printed.values().next().value;
      if (oldest !== undefined) printed.delete(oldest);
    }
  }

  /** Asks the hub who this kiosk is; a 401 marks the credential refused, an unreachable hub changes nothing. */
  async function checkCredential(): Promise<void> {
    if (credential.state() === 'not-enrolled') return;
    try {
      const me = await deps.hub.call('me', {});
      if (me.kind === 'device') kioskName = me.name;
      credential.noteAccepted();
    } catch (err) {
      credential.noteFailure(err);
    }
  }

  async function issue(input: TakeTicketInput) {
    try {
      const result = await deps.hub.call('issueTicket', {
        body: { ...input, deviceId: credential.deviceId },
      });
      credential.noteAccepted();
      return result;
    } catch (err) {
      if (credential.noteFailure(err)) throw refusedByHub();
      throw err;
    }
  }

  async function issueAndPrint(input: TakeTicketInput): Promise<TakeTicketResult> {
    const config = await site();
    const { ticket, peopleAhead, statusToken } = await issue(input);
    if (printed.has(ticket.id)) return { ticket, peopleAhead, print: { ok: true } };
    if (deps.printer.state() === 'none') {
      return { ticket, peopleAhead, print: { ok: false, reason: 'no-printer' } };
    }
    const data = buildTicketPrintData({
      site: config,
      ticket,
      peopleAhead,
      statusToken,
      catalogs: deps.catalogs,
    });
    // Kept even when the print fails: once the printer is fixed the desk can have it reprinted.
    printedTickets.remember(ticket.id, data);
    const outcome = await print(encodeTicket(data, paper));
    if (outcome.ok) rememberPrinted(ticket.id);
    return { ticket, peopleAhead, print: outcome };
  }

  const runCommand = createDeviceCommandRunner({
    print,
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
    ? startInstructionsPoller({ ...deps.instructions, hub: deps.hub, credential, run: runCommand })
    : null;
  const scans = startKioskScans({
    ...deps.scans,
    hub: deps.hub,
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
      const [hub, printer] = await Promise.all([
        deps.hub.call('health', {}).then(
          () => 'online' as const,
          () => 'offline' as const,
        ),
        watch ? printerStateOf(watch.current()) : deps.printer.checkStatus().catch(() => 'error' as const),
        checkCredential(),
      ]);
      return {
        hub,
        printer,
        device: credential.state(),
        printerHealth: watch?.current() ?? null,
        outOfService: poller?.outOfService() ?? null,
        otherKiosks: poller?.otherKiosks() ?? [],
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
        const intake = await deps.hub.call('intake', {});
        credential.noteAccepted();
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

    pollInstructions: async () => poller?.pollNow(),

    async close(): Promise<void> {
      await scans.close();
      await poller?.stop();
      await Promise.allSettled(inFlight.values());
      await reporter?.stop();
      watch?.stop();
      await deps.printer.close();
    },
  };
}
