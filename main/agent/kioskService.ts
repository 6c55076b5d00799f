// The kiosk bridge's implementation: site setup and status from the hub, issuing a ticket and printing it.
import type {
  HubClient,
  KioskBridge,
  KioskSetup,
  KioskStatus,
  PrintOutcome,
  SiteConfig,
  TakeTicketInput,
  TakeTicketResult,
} from '../../machines/contracts/index.js';
import type { Catalogs } from '../../machines/i18n/translate.js';
import { NoPrinterError, type Printer } from '../../printers/printer.js';
import { encodeTicket } from '../../printers/ticketLayout.js';
import { buildTicketPrintData } from './ticketPrintData.js';

export interface KioskServiceDeps {
  hub: HubClient;
  printer: Printer;
  catalogs: Catalogs;
  deviceId: string;
  now?: () => Date;
  /** How long the site configuration is reused before it is fetched again (default 5 minutes). */
  siteMaxAgeMs?: number;
}

export type KioskService = KioskBridge & { close(): Promise<void> };

/** How many recently printed ticket ids are remembered, so a retry does not print a second copy. */
const PRINTED_MEMORY = 500;

export function createKioskService(deps: KioskServiceDeps): KioskService {
  const now = deps.now ?? (() => new Date());
  const siteMaxAgeMs = deps.siteMaxAgeMs ?? 5 * 60_000;
  let cachedSite: { site: SiteConfig; fetchedAt: number } | null = null;
  const printed = new Set<string>();
  const inFlight = new Map<string, Promise<TakeTicketResult>>();

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

  async function issueAndPrint(input: TakeTicketInput): Promise<TakeTicketResult> {
    const config = await site();
    const { ticket, peopleAhead } = await deps.hub.call('issueTicket', {
      body: { ...input, deviceId: deps.deviceId },
    });
    if (printed.has(ticket.id)) return { ticket, peopleAhead, print: { ok: true } };
    if (deps.printer.state() === 'none') {
      return { ticket, peopleAhead, print: { ok: false, reason: 'no-printer' } };
    }
    const bytes = encodeTicket(
      buildTicketPrintData({ site: config, ticket, peopleAhead, catalogs: deps.catalogs }),
    );
    const outcome = await print(bytes);
    if (outcome.ok) rememberPrinted(ticket.id);
    return { ticket, peopleAhead, print: outcome };
  }

  return {
    async getSetup(): Promise<KioskSetup> {
      return { deviceId: deps.deviceId, site: await site() };
    },

    async getStatus(): Promise<KioskStatus> {
      const [hub, printer] = await Promise.all([
        deps.hub.call('health', {}).then(
          () => 'online' as const,
          () => 'offline' as const,
        ),
        deps.printer.checkStatus().catch(() => 'error' as const),
      ]);
      return { hub, printer };
    },

    /**
     * Idempotent on `requestId`: the hub returns the same ticket for a retry, and a ticket this agent already
     * printed is not printed again (a failed print is tried again on retry). Concurrent duplicates share one call.
     */
    takeTicket(input: TakeTicketInput): Promise<TakeTicketResult> {
      const pending = inFlight.get(input.requestId);
      if (pending) return pending;
      const call = issueAndPrint(input).finally(() => inFlight.delete(input.requestId));
      inFlight.set(input.requestId, call);
      return call;
    },

    async close(): Promise<void> {
      await Promise.allSettled(inFlight.values());
      await deps.printer.close();
    },
  };
}
