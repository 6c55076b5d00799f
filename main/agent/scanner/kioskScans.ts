// The kiosk's scans end to end: lines from the serial scanner (if one is configured) are looked up in the order
// they were scanned and numbered for the screen's long poll.
import type { WaitForScanInput, WaitForScanResult } from '../../../machines/contracts/index.js';
import { createScanFeed } from './scanFeed.js';
import { lookUpScan, type ScanLookupDeps } from './scanLookup.js';
import type { ScannerUri } from './scannerUri.js';
import { openSerialScanner, type ScannerStateReport, type SerialScannerOptions } from './serialScanner.js';

export interface ScannerConfig {
  uri: string | ScannerUri;
  options?: SerialScannerOptions;
  /** Connected, disconnected, line dropped: for the operator's log (never carries scanned text). */
  onState?(report: ScannerStateReport): void;
}

export interface KioskScansDeps extends ScanLookupDeps {
  /** No scanner: waits just time out. */
  scanner?: ScannerConfig | null;
  /** Longest a waitForScan call waits (default 25 s). */
  waitMs?: number;
}

export interface KioskScans {
  waitForScan(input: WaitForScanInput): Promise<WaitForScanResult>;
  /** Closes the scanner, lets lookups under way finish, and ends pending waits. */
  close(): Promise<void>;
}

export function startKioskScans(deps: KioskScansDeps): KioskScans {
  const feed = createScanFeed(deps.waitMs);
  let lookups: Promise<void> = Promise.resolve();
  const config = deps.scanner;
  const scanner = config
    ? openSerialScanner(
        config.uri,
        {
          onScan(text) {
            lookups = lookups.then(async () => {
              feed.add(await lookUpScan(text, deps));
            });
          },
          onState: (report) => config.onState?.(report),
        },
        config.options,
      )
    : null;
  return {
    async waitForScan({ afterSeq }) {
      return { scan: await feed.next(afterSeq) };
    },
    async close() {
      await scanner?.close();
      await lookups;
      feed.close();
    },
  };
}
