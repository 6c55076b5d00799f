// Runs the retention purge when the hub starts and then every hour, on an unref'd timer cleared at close.
import type { Purge, PurgeResult } from './purge.js';

export const purgeIntervalMs = 60 * 60_000;

export interface RetentionTimers {
  setInterval(run: () => void, ms: number): { unref(): unknown };
  clearInterval(timer: { unref(): unknown }): void;
}

export interface RetentionSchedule {
  stop(): void;
}

export function scheduleRetention(
  purge: Purge,
  report: { done(result: PurgeResult): void; failed(error: unknown): void },
  timers: RetentionTimers = globalThis as unknown as RetentionTimers,
): RetentionSchedule {
  const run = () => {
    try {
      report.done(purge());
    } catch (error) {
      report.failed(error);
    }
  };
  run();
  const timer = timers.setInterval(run, purgeIntervalMs);
  timer.unref();
  return { stop: () => timers.clearInterval(timer) };
}
