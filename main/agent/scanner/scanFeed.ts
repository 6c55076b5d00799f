// Numbers the kiosk's scan results and serves the kiosk screen's long poll for the next one.
import type { ScanResult, TicketStatusView } from '../../../machines/contracts/index.js';

/** A scan's result before it is numbered. */
export type ScanOutcome =
  | { kind: 'ticket'; status: TicketStatusView }
  | { kind: 'not-found'; reason: Extract<ScanResult, { kind: 'not-found' }>['reason'] };

export interface ScanFeed {
  /** Numbers the outcome (1, 2, …) and hands it to every waiting screen. */
  add(outcome: ScanOutcome): ScanResult;
  /**
   * The newest scan at once when its number is above `afterSeq`; otherwise the next scan to arrive, or null
   * after `waitMs` or on close.
   */
  next(afterSeq: number): Promise<ScanResult | null>;
  /** Ends every wait (with null) and answers later ones at once. */
  close(): void;
}

interface Waiter {
  resolve(scan: ScanResult | null): void;
  timer: NodeJS.Timeout;
}

export function createScanFeed(waitMs = 25_000): ScanFeed {
  const waiters = new Set<Waiter>();
  let newest: ScanResult | null = null;
  let closed = false;

  function settle(waiter: Waiter, scan: ScanResult | null): void {
    clearTimeout(waiter.timer);
    waiters.delete(waiter);
    waiter.resolve(scan);
  }

  return {
    add(outcome) {
      const seq = (newest?.seq ?? 0) + 1;
      const scan: ScanResult = outcome.kind === 'ticket' ? { ...outcome, seq } : { ...outcome, seq };
      newest = scan;
      for (const waiter of [...waiters]) settle(waiter, scan);
      return scan;
    },
    next(afterSeq) {
      if (newest && newest.seq > afterSeq) return Promise.resolve(newest);
      if (closed) return Promise.resolve(null);
      return new Promise((resolve) => {
        const waiter: Waiter = { resolve, timer: setTimeout(() => settle(waiter, null), waitMs) };
        waiters.add(waiter);
      });
    },
    close() {
      closed = true;
      for (const waiter of [...waiters]) settle(waiter, null);
    },
  };
}
