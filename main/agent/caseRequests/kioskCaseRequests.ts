// Puts the kiosk's walk-in requests together for the kiosk service: the saved catalog, the durable request log
// and its hand-over (both kept by the offline kiosk), receipt printing; without the offline kiosk (no data
// folder) reporting is not available and both bridge methods say so.
import type { HubClient, PrintOutcome, SiteConfig } from '../../../machines/contracts/index.js';
import type { Catalogs } from '../../../machines/i18n/translate.js';
import type { PaperProfile } from '../../../printers/layoutLines.js';
import type { Printer } from '../../../printers/printer.js';
import type { KioskRefusal } from '../apiErrors.js';
import type { DeviceCredential } from '../deviceCredential.js';
import type { OfflineKiosk } from '../offline/offlineKiosk.js';
import { type CaseRequestService, createCaseRequestService } from './caseRequestService.js';
import { catalogUnavailable, createCatalogCache } from './catalogCache.js';
import { createReceiptPrinting } from './receiptPrinting.js';

export interface KioskCaseRequestsDeps {
  /** The offline kiosk (its request log and hand-over) and its data folder; null: reporting is not available. */
  offline: { kiosk: OfflineKiosk; dataDir: string; fsync?: (fd: number) => void } | null;
  hub: HubClient;
  site: () => Promise<SiteConfig>;
  printer: Printer;
  print: (bytes: Uint8Array) => Promise<PrintOutcome>;
  paper: PaperProfile;
  catalogs: Catalogs;
  credential: DeviceCredential;
  refusal: () => KioskRefusal | null;
}

export function createKioskCaseRequests(deps: KioskCaseRequestsDeps): CaseRequestService {
  const { offline } = deps;
  if (!offline) {
    return {
      getCaseCatalog: () => Promise.reject(catalogUnavailable()),
      submitRequest: () => Promise.reject(catalogUnavailable()),
      settle: async () => {},
    };
  }
  return createCaseRequestService({
    hub: deps.hub,
    log: offline.kiosk.caseLog,
    handOver: offline.kiosk.caseHandOver,
    catalog: createCatalogCache({
      hub: deps.hub,
      dataDir: offline.dataDir,
      ...(offline.fsync ? { fsync: offline.fsync } : {}),
    }),
    site: deps.site,
    printReceipt: createReceiptPrinting(deps),
    credential: deps.credential,
    refusal: deps.refusal,
  });
}
