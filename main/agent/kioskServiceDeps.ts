// What the kiosk service is built from: the hub client, printer, catalogs and credential, plus the optional
// parts the agent always turns on (printer health, instructions, scans, offline issuing).
import type { HubClient, PrinterModel } from '../../machines/contracts/index.js';
import type { Catalogs } from '../../machines/i18n/translate.js';
import type { Printer } from '../../printers/printer.js';
import type { DeviceCredential } from './deviceCredential.js';
import type { ExitGuard } from './exitPin.js';
import type { HealthReportTiming } from './healthReporter.js';
import type { InformationOptions } from './info/kioskInformation.js';
import type { NoticeOptions } from './notices/kioskNotices.js';
import type { OfflineOptions } from './offline/offlineKiosk.js';
import type { PrinterWatchOptions } from './printerWatch.js';
import type { ScannerConfig } from './scanner/kioskScans.js';

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
  /**
   * Keep issuing through an outage: leases, the durable offline log in `dataDir`, the hand-over, connectivity.
   * The agent always does; absent, an unreachable hub fails takeTicket and `connectivity` is null.
   */
  offline?: OfflineOptions;
  /**
   * The hub's notices stream (its address; reconnect timing for tests). The agent always opens it; absent,
   * waitForNotices answers the notices saved in `offline.dataDir` (none without it).
   */
  notices?: NoticeOptions;
  /** Referral slips and the information visits kept while the hub is away (defaults in kioskInformation.ts). */
  information?: InformationOptions;
}
