// Call to display: N clients on the hub's real streams (desks on /api/events?view=staff, lobby displays on
// view=display, kiosks on view=kiosk, each with its own credential, plus visitors' status pages reloading every
// 30 s over HTTP); a desk calls next over HTTP and the clock runs until the call has reached every display.
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import type { StreamView } from '../machines/contracts/index.js';
import { type BenchHub, startBenchHub } from './lib/benchHub.js';
import { type BenchOptions, type BenchSection, percentiles, setting } from './lib/benchSection.js';
import { runIfMain } from './lib/report.js';

const targetP99Ms = 100;
const statusPageReloadMs = 30_000;

interface StreamClient {
  socket: WebSocket;
  /** Resolves when a call of `ticketNumber` arrives (at once if it already has). */
  callArrived(ticketNumber: string): Promise<number>;
}

function openStream(hub: BenchHub, view: StreamView, headers: Record<string, string>): Promise<StreamClient> {
  const socket = new WebSocket(`${hub.url.replace(/^http/, 'ws')}/api/events?view=${view}`, { headers });
  const arrived = new Map<string, number>();
  const waiting = new Map<string, (at: number) => void>();
  socket.on('message', (data) => {
    const at = performance.now();
    const message = JSON.parse(String(data)) as { kind: string; call?: { ticketNumber: string } };
    if (message.kind !== 'call' || !message.call) return;
    const number = message.call.ticketNumber;
    arrived.set(number, at);
    waiting.get(number)?.(at);
    waiting.delete(number);
  });
  const client: StreamClient = {
    socket,
    callArrived: (number) => {
      const at = arrived.get(number);
      if (at !== undefined) return Promise.resolve(at);
      return new Promise((resolve) => waiting.set(number, resolve));
    },
  };
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(client));
    socket.once('unexpected-response', (_req, res) =>
      reject(new Error(`${view} stream refused: ${res.statusCode}`)),
    );
    socket.once('error', reject);
  });
}

/** How N clients split: 10 % desks, 40 % displays, 40 % kiosks, the rest status pages (at least one display). */
export function clientMix(n: number) {
  const desks = Math.max(1, Math.round(n * 0.1));
  const displays = Math.max(1, Math.round(n * 0.4));
  const kiosks = Math.round(n * 0.4);
  return { desks, displays, kiosks, statusPages: Math.max(0, n - desks - displays - kiosks) };
}

async function openInBatches<T>(count: number, open: (i: number) => Promise<T>): Promise<T[]> {
  const all: T[] = [];
  for (let i = 0; i < count; i += 50) {
    const batch = Array.from({ length: Math.min(50, count - i) }, (_, j) => open(i + j));
    all.push(...(await Promise.all(batch)));
  }
  return all;
}

async function measureAt(hub: BenchHub, n: number, calls: number, round: number) {
  const mix = clientMix(n);
  const deskCookies = await Promise.all(
    Array.from({ length: mix.desks }, async (_, i) => {
      const username = `watch-${round}-${i}`;
      await hub.createStaff(username, 'desk');
      return hub.login(username);
    }),
  );
  const kioskHeaders = hub.enrol('kiosk', `Bench kiosk ${round}`);
  const streams = [
    ...(await openInBatches(mix.desks, (i) => openStream(hub, 'staff', deskCookies[i] ?? {}))),
    ...(await openInBatches(mix.kiosks, (i) =>
      openStream(hub, 'kiosk', hub.enrol('kiosk', `Stream kiosk ${i}`)),
    )),
  ];
  const displays = await openInBatches(mix.displays, (i) =>
    openStream(hub, 'display', hub.enrol('display', `Display ${round}-${i}`)),
  );
  const caller = `caller-${round}`;
  await hub.createStaff(caller, 'desk');
  const deskHeaders = await hub.login(caller);
  const counterId = 'counter-1';
  await hub.request('POST', `/api/counters/${counterId}/sign-in`, deskHeaders, {});

  const statusTokens: string[] = [];
  const issue = async () => {
    const answer = await hub.request('POST', '/api/tickets', kioskHeaders, {
      requestId: randomUUID(),
      serviceId: 'utility-bills',
      language: 'en',
      needs: { interpreter: null, accessibility: [] },
      deviceId: 'bench-kiosk',
    });
    if (answer.status !== 201) throw new Error(`issuing answered ${answer.status}`);
    statusTokens.push((answer.body as { statusToken: string }).statusToken);
  };
  // Status pages reload every 30 s, spread over the period; stopped (mid-wait) when the calls are done.
  const polling = new AbortController();
  setMaxListeners(mix.statusPages + 10, polling.signal);
  const statusPolls = Array.from({ length: mix.statusPages }, async (_, i) => {
    const { signal } = polling;
    try {
      await sleep((i * statusPageReloadMs) / Math.max(1, mix.statusPages), undefined, { signal });
      for (;;) {
        const token = statusTokens[i % Math.max(1, statusTokens.length)];
        if (token) await fetch(`${hub.url}/status/${token}`, { signal }).then((res) => res.arrayBuffer());
        await sleep(statusPageReloadMs, undefined, { signal });
      }
    } catch (error) {
      if (!signal.aborted) throw error;
    }
  });

  for (let i = 0; i < 5; i += 1) await issue();
  const everyDisplay: number[] = [];
  const eachDisplay: number[] = [];
  const callHttp: number[] = [];
  for (let i = 0; i < calls; i += 1) {
    await issue();
    const start = performance.now();
    const called = await hub.request('POST', `/api/counters/${counterId}/call-next`, deskHeaders, {
      requestId: randomUUID(),
    });
    if (called.status !== 200)
      throw new Error(`call next answered ${called.status}: ${JSON.stringify(called.body)}`);
    callHttp.push(called.ms);
    const ticket = (called.body as { ticket: { id: string; number: string } }).ticket;
    const arrivals = await Promise.all(displays.map((d) => d.callArrived(ticket.number)));
    const latencies = arrivals.map((at) => at - start);
    eachDisplay.push(...latencies);
    everyDisplay.push(Math.max(...latencies));
    const done = await hub.request('POST', `/api/tickets/${ticket.id}/complete`, deskHeaders, {
      outcomeId: 'resolved',
    });
    if (done.status !== 200) throw new Error(`complete answered ${done.status}`);
  }
  polling.abort();
  await Promise.all(statusPolls);
  for (const client of [...streams, ...displays]) client.socket.terminate();
  await hub.request('POST', `/api/counters/${counterId}/sign-out`, deskHeaders, {});
  return {
    n,
    mix,
    calls,
    everyDisplayMs: percentiles(everyDisplay),
    eachDisplayMs: percentiles(eachDisplay),
    callNextHttpMs: percentiles(callHttp),
    statusPolls: statusPolls.length,
  };
}

export async function run(options: BenchOptions): Promise<BenchSection> {
  const only = setting(options, 'callToDisplay.n', 0);
  const sizes = only > 0 ? [only] : options.smoke ? [4] : [10, 100, 500];
  const calls = setting(options, 'callToDisplay.calls', options.smoke ? 3 : 200);
  const hub = await startBenchHub();
  try {
    const rows = [];
    for (const [round, n] of sizes.entries()) rows.push(await measureAt(hub, n, calls, round));
    const figures: Record<string, number> = {};
    for (const row of rows) {
      figures[`n${row.n}.p50Ms`] = row.everyDisplayMs.p50;
      figures[`n${row.n}.p95Ms`] = row.everyDisplayMs.p95;
      figures[`n${row.n}.p99Ms`] = row.everyDisplayMs.p99;
    }
    const largest = rows.at(-1);
    return {
      name: 'callToDisplay',
      measured:
        'desk Call next over HTTP → the call on every display stream, with N clients (10 % desks, 40 % displays, 40 % kiosks, 10 % status pages)',
      runs: calls * rows.length,
      figures,
      target: {
        text: `P99 ≤ ${targetP99Ms} ms at N = 500 (time until the last display has the call)`,
        met: largest !== undefined && largest.n === 500 && largest.everyDisplayMs.p99 <= targetP99Ms,
      },
      detail: rows,
    };
  } finally {
    await hub.stop();
  }
}

await runIfMain(import.meta, run);
