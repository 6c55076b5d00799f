// What every Lobby 311 process reports about itself: event-loop delay (p50, p99, max since the previous
// scrape), memory and uptime; and the liveness answer of /healthz (the loop turns within a measured time).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Liveness } from '../../../machines/contracts/index.js';
import type { MetricFamily } from './promText.js';

export interface ProcessMetrics {
  /** The families of this process; reading them restarts the delay window. */
  families(prefix: string): MetricFamily[];
  stop(): void;
}

const nsToSeconds = (ns: number) => ns / 1e9;

/** Starts sampling the event loop every `resolutionMs` (default 20 ms) until stop(). */
export function startProcessMetrics(resolutionMs = 20): ProcessMetrics {
  const delay = monitorEventLoopDelay({ resolution: resolutionMs });
  delay.enable();
  return {
    families(prefix) {
      // The histogram records whole sampling intervals: the delay is what exceeds the resolution (which also
      // turns the tiny figures of a histogram with no sample yet into 0).
      const seconds = (ns: number) => nsToSeconds(Math.max(0, ns - resolutionMs * 1e6));
      const loop = {
        p50: seconds(delay.percentile(50)),
        p99: seconds(delay.percentile(99)),
        max: seconds(delay.max),
      };
      delay.reset();
      const memory = process.memoryUsage();
      return [
        {
          name: `${prefix}_event_loop_delay_seconds`,
          help: 'Event-loop delay since the previous scrape, by quantile.',
          type: 'gauge',
          samples: [
            { labels: { quantile: '0.5' }, value: loop.p50 },
            { labels: { quantile: '0.99' }, value: loop.p99 },
          ],
        },
        {
          name: `${prefix}_event_loop_delay_max_seconds`,
          help: 'Longest event-loop delay since the previous scrape.',
          type: 'gauge',
          samples: [{ value: loop.max }],
        },
        {
          name: `${prefix}_process_memory_bytes`,
          help: 'Process memory by kind (rss, heap_total, heap_used, external).',
          type: 'gauge',
          samples: [
            { labels: { kind: 'rss' }, value: memory.rss },
            { labels: { kind: 'heap_total' }, value: memory.heapTotal },
            { labels: { kind: 'heap_used' }, value: memory.heapUsed },
            { labels: { kind: 'external' }, value: memory.external },
          ],
        },
        {
          name: `${prefix}_process_uptime_seconds`,
          help: 'Seconds since the process started.',
          type: 'gauge',
          samples: [{ value: process.uptime() }],
        },
      ];
    },
    stop: () => delay.disable(),
  };
}

/** Answers /healthz: the handler runs, and the loop turns again within the measured lag. */
export async function liveness(): Promise<Liveness> {
  const started = process.hrtime.bigint();
  await new Promise<void>((resolve) => setImmediate(resolve));
  const lagNs = Number(process.hrtime.bigint() - started);
  return { status: 'ok', eventLoopLagSeconds: nsToSeconds(lagNs), uptimeSeconds: process.uptime() };
}
