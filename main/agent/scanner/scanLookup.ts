// Looks a scanned line up: a status URL or token of this site becomes the ticket's public status from the hub.
import { type HubClient, HubError } from '../../../machines/contracts/index.js';
import type { ScanOutcome } from './scanFeed.js';
import { ticketFromScan } from './scannedTicket.js';

export interface ScanLookupDeps {
  hub: HubClient;
  /** The site's public base URL (status URLs start with it); rejects when the hub cannot be reached. */
  publicBaseUrl(): Promise<string>;
}

/** Never throws; the scanned text is neither logged nor kept. */
export async function lookUpScan(text: string, deps: ScanLookupDeps): Promise<ScanOutcome> {
  let base: string;
  try {
    base = await deps.publicBaseUrl();
  } catch {
    return { kind: 'not-found', reason: 'hub-unreachable' };
  }
  const token = ticketFromScan(text, base);
  if (token === null) return { kind: 'not-found', reason: 'not-a-ticket' };
  try {
    return { kind: 'ticket', status: await deps.hub.call('ticketStatus', { params: { token } }) };
  } catch (err) {
    if (err instanceof HubError && (err.status === 404 || err.status === 400)) {
      return { kind: 'not-found', reason: 'unknown-ticket' };
    }
    return { kind: 'not-found', reason: 'hub-unreachable' };
  }
}
