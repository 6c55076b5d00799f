// Prints a walk-in request's receipt on the kiosk's printer, once per request (a retry of a printed receipt
// prints nothing; a failed print is tried again), and builds the receipt the kiosk gives while the hub is away.

import { localReferenceOf } from '../../../machines/caseRequests/localReference.js';
import type {
  CaseCatalog,
  CaseReceipt,
  PrintOutcome,
  SiteConfig,
} from '../../../machines/contracts/index.js';
import type { Catalogs } from '../../../machines/i18n/translate.js';
import type { PaperProfile } from '../../../printers/layoutLines.js';
import type { Printer } from '../../../printers/printer.js';
import { encodeRequestReceipt } from '../../../printers/requestReceiptLayout.js';
import { buildRequestReceiptPrintData } from '../../../printers/requestReceiptPrintData.js';
import { BoundedMap } from '../boundedMap.js';
import type { CapturedRequest } from './requestLog.js';

/** How many printed receipts are remembered, so a retry does not print a second copy. */
const PRINTED_MEMORY = 200;

/** The receipt of a request saved on the kiosk: its reference and status page are known before the hub has it. */
export function localReceipt(request: CapturedRequest, site: SiteConfig): CaseReceipt {
  const base = site.publicBaseUrl.replace(/\/+$/, '');
  return {
    requestId: request.requestId,
    localReference: localReferenceOf(request.requestId),
    statusToken: request.statusToken,
    statusUrl: `${base}/request/${encodeURIComponent(request.statusToken)}`,
    state: 'queued',
    caseId: null,
  };
}

export interface ReceiptPrintingDeps {
  printer: Printer;
  /** Sends one job through the watched printer (see ticketPrinting.ts). */
  print: (bytes: Uint8Array) => Promise<PrintOutcome>;
  paper: PaperProfile;
  catalogs: Catalogs;
}

export interface ReceiptJob {
  request: CapturedRequest;
  receipt: CaseReceipt;
  site: SiteConfig;
  catalog: CaseCatalog | null;
}

export type PrintReceipt = (job: ReceiptJob) => Promise<PrintOutcome>;

export function createReceiptPrinting(deps: ReceiptPrintingDeps): PrintReceipt {
  const printed = new BoundedMap<string, true>(PRINTED_MEMORY);
  return async ({ request, receipt, site, catalog }) => {
    if (printed.has(request.requestId)) return { ok: true };
    if (deps.printer.state() === 'none') return { ok: false, reason: 'no-printer' };
    let bytes: Uint8Array;
    try {
      const data = buildRequestReceiptPrintData({
        site,
        receipt,
        catalog,
        serviceCode: request.serviceCode,
        language: request.language,
        capturedAt: request.capturedAt,
        catalogs: deps.catalogs,
      });
      bytes = encodeRequestReceipt(data, deps.paper);
    } catch {
      return { ok: false, reason: 'printer-error' };
    }
    const outcome = await deps.print(bytes);
    if (outcome.ok) printed.set(request.requestId, true);
    return outcome;
  };
}
