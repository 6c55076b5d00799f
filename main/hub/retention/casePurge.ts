// The case-request part of retention: once the case store has confirmed receipt, a request's personal data
// (contact details, description, answers, a typed address) is purged after caseRequests.personalDataDays; it
// runs when the hub starts, every hour with the rest of retention, and right after each delivery when that is 0.
import { purgeIntervalMs, type RetentionTimers } from './retentionSchedule.js';

export interface CasePurgeSchedule {
  /** Purges now (after a delivery when personalDataDays is 0); failures are reported, never thrown. */
  runNow(): void;
  stop(): void;
}

export function scheduleCasePurge(
  purge: () => number,
  report: { done(purged: number): void; failed(error: unknown): void },
  timers: RetentionTimers = globalThis as unknown as RetentionTimers,
): CasePurgeSchedule {
  const runNow = () => {
    try {
      report.done(purge());
    } catch (error) {
      report.failed(error);
    }
  };
  runNow();
  const timer = timers.setInterval(runNow, purgeIntervalMs);
  timer.unref();
  return { runNow, stop: () => timers.clearInterval(timer) };
}
