// Closes past days' open visits at hub start and whenever the service day changes (checked on an unref'd timer).
import type { QueueService } from './queueServiceApi.js';

export interface DayWatchOptions {
  /** The hub clock; unused by the check itself (the service reads its own), kept for symmetry with the hub. */
  now?: () => Date;
  /** How often to look at the service day (default 60 000 ms). */
  intervalMs?: number;
}

/** Calls `service.closePastDays()` now and after every change of `service.serviceDay()`; returns stop(). */
export function startDayWatch(
  service: Pick<QueueService, 'closePastDays' | 'serviceDay'>,
  { intervalMs = 60_000 }: DayWatchOptions = {},
): () => void {
  let day = service.serviceDay();
  service.closePastDays();
  const timer = setInterval(() => {
    const current = service.serviceDay();
    if (current === day) return;
    day = current;
    service.closePastDays();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
