// Ticket throughput: 20 kiosk clients issuing tickets over HTTP as fast as the hub answers (every ticket a
// durable commit: WAL, synchronous=FULL, on disk); sustained issues per second and the latency of each issue.
import { randomUUID } from 'node:crypto';
import type { IssueTicketBody } from '../machines/contracts/index.js';
import { startBenchHub } from './lib/benchHub.js';
import { type BenchOptions, type BenchSection, percentiles, setting } from './lib/benchSection.js';
import { runIfMain } from './lib/report.js';

const targetPerSecond = 200;

export async function run(options: BenchOptions): Promise<BenchSection> {
  const kiosks = setting(options, 'ticketThroughput.kiosks', options.smoke ? 4 : 20);
  const seconds = setting(options, 'ticketThroughput.seconds', options.smoke ? 0.5 : 20);
  const hub = await startBenchHub();
  try {
    const services = hub.config.services.map((s) => s.id);
    const clients = Array.from({ length: kiosks }, (_, i) => ({
      deviceId: `bench-kiosk-${i + 1}`,
      headers: hub.enrol('kiosk', `Bench kiosk ${i + 1}`),
    }));
    const body = (deviceId: string, i: number): IssueTicketBody => ({
      requestId: randomUUID(),
      serviceId: services[i % services.length] ?? 'utility-bills',
      language: i % 3 === 0 ? 'es' : 'en',
      needs: { interpreter: null, accessibility: [] },
      deviceId,
    });
    // Warm-up: one ticket per kiosk (connections open, statements prepared), not counted.
    await Promise.all(
      clients.map((c, i) => hub.request('POST', '/api/tickets', c.headers, body(c.deviceId, i))),
    );
    const times: number[] = [];
    const finishedAt: number[] = [];
    const failures: Record<string, number> = {};
    const start = performance.now();
    const until = start + seconds * 1000;
    await Promise.all(
      clients.map(async (client, k) => {
        for (let i = k; performance.now() < until; i += kiosks) {
          const answer = await hub.request('POST', '/api/tickets', client.headers, body(client.deviceId, i));
          if (answer.status === 201 || answer.status === 200) {
            times.push(answer.ms);
            finishedAt.push(performance.now());
          } else failures[answer.status] = (failures[answer.status] ?? 0) + 1;
        }
      }),
    );
    const elapsed = (performance.now() - start) / 1000;
    const latency = percentiles(times);
    const perSecond = Math.round((times.length / elapsed) * 10) / 10;
    const errors = Object.values(failures).reduce((a, b) => a + b, 0);
    // Every ticket stays open, and each issue reads the day's open visits: the rate falls as they pile up.
    const window = Math.min(300, Math.floor(finishedAt.length / 2));
    const rateOver = (from: number, to: number) =>
      Math.round(
        ((to - from) /
          (((finishedAt[to - 1] ?? 0) - (from === 0 ? start : (finishedAt[from - 1] ?? 0))) / 1000)) *
          10,
      ) / 10;
    const firstRate = window > 0 ? rateOver(0, window) : 0;
    const lastRate = window > 0 ? rateOver(finishedAt.length - window, finishedAt.length) : 0;
    return {
      name: 'ticketThroughput',
      measured: `${kiosks} kiosk clients issuing tickets over HTTP for ${seconds} s (durable commits on disk)`,
      runs: times.length,
      figures: {
        issuesPerSecond: perSecond,
        firstWindowPerSecond: firstRate,
        lastWindowPerSecond: lastRate,
        p50Ms: latency.p50,
        p95Ms: latency.p95,
        p99Ms: latency.p99,
        errors,
      },
      target: {
        text: `≥ ${targetPerSecond} issues/s, no errors`,
        met: perSecond >= targetPerSecond && errors === 0,
      },
      detail: {
        kiosks,
        seconds: Math.round(elapsed * 100) / 100,
        latencyMs: latency,
        failures,
        windowTickets: window,
        note: 'no desk calls: every ticket stays open; first/last window = the first/last tickets issued',
      },
    };
  } finally {
    await hub.stop();
  }
}

await runIfMain(import.meta, run);
