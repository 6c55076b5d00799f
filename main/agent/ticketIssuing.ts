// Issues a ticket and prints it for the kiosk service: the hub first; when it cannot be reached, the kiosk's
// lease (a request issued offline before is returned from the log; one issued online is never issued again
// offline, its print data kept to print it again).
import type {
  HubClient,
  SiteConfig,
  TakeTicketInput,
  TakeTicketResult,
} from '../../machines/contracts/index.js';
import type { Catalogs } from '../../machines/i18n/translate.js';
import type { TicketPrintData } from '../../printers/ticketLayout.js';
import { buildTicketPrintData } from '../../printers/ticketPrintData.js';
import { BoundedMap } from './boundedMap.js';
import type { DeviceCredential } from './deviceCredential.js';
import { refusedByHub } from './kioskRefusals.js';
import { hubUnreachable } from './offline/connectivity.js';
import type { OfflineKiosk } from './offline/offlineKiosk.js';
import type { IssuedRecord } from './offline/offlineLog.js';
import type { TicketPrinting } from './ticketPrinting.js';

/** How many tickets issued online are remembered, so a retry during an outage is never issued again offline. */
const ONLINE_MEMORY = 500;

export interface TicketIssuingDeps {
  /** The tracked hub client. */
  hub: HubClient;
  credential: DeviceCredential;
  offline: OfflineKiosk | null;
  site: () => Promise<SiteConfig>;
  printing: TicketPrinting;
  catalogs: Catalogs;
}

export function createTicketIssuing(
  deps: TicketIssuingDeps,
): (input: TakeTicketInput) => Promise<TakeTicketResult> {
  const { hub, credential, offline, site, printing } = deps;
  const issuedOnline = new BoundedMap<string, { result: TakeTicketResult; data: TicketPrintData }>(
    ONLINE_MEMORY,
  );

  async function issue(input: TakeTicketInput) {
    try {
      const result = await hub.call('issueTicket', {
        body: { ...input, deviceId: credential.deviceId },
      });
      credential.noteAccepted();
      return result;
    } catch (err) {
      if (credential.noteFailure(err)) throw refusedByHub();
      throw err;
    }
  }

  /** An offline ticket, written to the log before this is called, printed like an online one. */
  async function printOffline(record: IssuedRecord): Promise<TakeTicketResult> {
    const { ticket, peopleAhead } = record;
    return { ticket, peopleAhead, print: await printing.printTicket(ticket.id, record.print), offline: true };
  }

  /**
   * The hub first; when it cannot be reached, the kiosk's lease (a request issued offline before is returned
   * from the log; one issued online is never issued again offline).
   */
  async function issueAndPrint(input: TakeTicketInput): Promise<TakeTicketResult> {
    const kept = offline?.find(input.requestId);
    if (kept) return printOffline(kept);
    const config = await site();
    let issued: Awaited<ReturnType<typeof issue>>;
    try {
      issued = await issue(input);
    } catch (err) {
      const online = issuedOnline.get(input.requestId);
      if (online && hubUnreachable(err)) {
        return { ...online.result, print: await printing.printTicket(online.result.ticket.id, online.data) };
      }
      if (!offline || !hubUnreachable(err)) throw err;
      return printOffline(offline.issue(input, config));
    }
    const { ticket, peopleAhead, statusToken } = issued;
    const data = buildTicketPrintData({
      site: config,
      ticket,
      peopleAhead,
      statusToken,
      catalogs: deps.catalogs,
    });
    const result = {
      ticket,
      peopleAhead,
      print: await printing.printTicket(ticket.id, data),
      offline: false,
    };
    issuedOnline.set(input.requestId, { result, data });
    return result;
  }

  return issueAndPrint;
}
