// Wraps the queue service to count its calls and time them (how the engine's cost grows over a busy day).
import type { QueueService } from '../../../../main/hub/queue/queueServiceApi.js';

export type CallTimes = Record<string, { count: number; ms: number }>;

export function timed(queue: QueueService, times: CallTimes): QueueService {
  return new Proxy(queue, {
    get(target, key) {
      const method = Reflect.get(target, key) as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => {
        const started = performance.now();
        try {
          return method(...args);
        } finally {
          const entry = times[String(key)] ?? { count: 0, ms: 0 };
          times[String(key)] = entry;
          entry.count += 1;
          entry.ms += performance.now() - started;
        }
      };
    },
  });
}

export function meanMs(times: CallTimes, method: keyof QueueService): number | null {
  const entry = times[method];
  return entry ? Math.round((entry.ms / entry.count) * 10) / 10 : null;
}
