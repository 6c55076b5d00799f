// Watches the kiosk's ticket scanner: long-polls the agent for the next scan and sends each one to the flow
// (`scan.received`); after a failed call it waits `retryMs` on the actor system's clock before asking again.
import { fromCallback } from 'xstate';
import type { ScanResult, WaitForScanInput, WaitForScanResult } from '../contracts/kioskApi.js';

/** How long the watcher waits after a failed call before asking the agent again. */
export const SCAN_RETRY_MS = 5_000;

export type NextScan = (input: WaitForScanInput) => Promise<WaitForScanResult>;

export type ScanReceived = { type: 'scan.received'; scan: ScanResult };

/** The event the watcher schedules for itself when a call failed. */
export type ScanRetry = { type: 'scan.retry' };

const RETRY_ID = 'scan.retry';

/**
 * Callback logic for the flow's root-level `waitForScan` actor. Timers go through the system scheduler, so a
 * simulated clock drives them in tests and stopping the actor cancels them; a call still in flight when the
 * actor stops is ignored when it settles.
 */
export function scanWatcher(next: NextScan, retryMs = SCAN_RETRY_MS) {
  return fromCallback<ScanRetry>(({ sendBack, receive, self, system }) => {
    let afterSeq = 0;
    let stopped = false;
    const call = (): Promise<WaitForScanResult> => {
      try {
        return next({ afterSeq });
      } catch (error) {
        return Promise.reject(error);
      }
    };
    const ask = () => {
      call().then(
        ({ scan }) => {
          if (stopped) return;
          if (scan !== null) {
            afterSeq = scan.seq;
            sendBack({ type: 'scan.received', scan } satisfies ScanReceived);
          }
          ask();
        },
        () => {
          if (!stopped) system.scheduler.schedule(self, self, { type: 'scan.retry' }, retryMs, RETRY_ID);
        },
      );
    };
    receive((event) => {
      if (event.type === 'scan.retry') ask();
    });
    ask();
    return () => {
      stopped = true;
      system.scheduler.cancel(self, RETRY_ID);
    };
  });
}
