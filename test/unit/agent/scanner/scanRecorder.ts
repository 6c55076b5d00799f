// Test helper: records a scanner's scans and state reports in order, and waits for a given one to arrive.
import type { ScannerHandlers, ScannerStateReport } from '../../../../main/agent/scanner/serialScanner.js';

export type ScannerEvent = { scan: string } | ScannerStateReport;

export interface ScanRecorder extends ScannerHandlers {
  events: ScannerEvent[];
  scans(): string[];
  states(): string[];
  /** Resolves once an event matching `test` has arrived (counting earlier ones), rejects after `timeoutMs`. */
  waitFor(test: (events: ScannerEvent[]) => boolean, what: string, timeoutMs?: number): Promise<void>;
}

export function recordScanner(): ScanRecorder {
  const events: ScannerEvent[] = [];
  const waiters: { test: (events: ScannerEvent[]) => boolean; done: () => void }[] = [];
  const push = (event: ScannerEvent) => {
    events.push(event);
    for (const w of waiters.filter((x) => x.test(events))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.done();
    }
  };
  return {
    events,
    onScan: (text) => push({ scan: text }),
    onState: (report) => push(report),
    scans: () => events.flatMap((e) => ('scan' in e ? [e.scan] : [])),
    states: () => events.flatMap((e) => ('state' in e ? [e.state] : [])),
    waitFor(test, what, timeoutMs = 10_000) {
      if (test(events)) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`timed out waiting for ${what}; events so far: ${JSON.stringify(events)}`));
        }, timeoutMs);
        const waiter = {
          test,
          done: () => {
            clearTimeout(timer);
            resolve();
          },
        };
        waiters.push(waiter);
      });
    },
  };
}

/** Waits until `count` scans have arrived. */
export const scansReach = (count: number) => (events: ScannerEvent[]) =>
  events.filter((e) => 'scan' in e).length >= count;

/** Waits until the `count`-th report of `state` has arrived. */
export const stateReached =
  (state: ScannerStateReport['state'], count = 1) =>
  (events: ScannerEvent[]) =>
    events.filter((e) => 'state' in e && e.state === state).length >= count;
