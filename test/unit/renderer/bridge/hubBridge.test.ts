// The hub bridge's live stream against a real WebSocket server: validation, back-off, one socket at a time.
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import type { StaffMessage } from '../../../../machines/contracts/hubEvents.js';
import {
  type BridgeDeps,
  backoffDelay,
  type ConnectionState,
  createHubBridge,
  eventsUrl,
  type SocketLike,
} from '../../../../renderer/bridge/hubBridge.js';

const snapshot = (seq: number): StaffMessage => ({
  kind: 'snapshot',
  snapshot: { seq, serviceDay: '2026-11-26', tickets: [], recentCalls: [], counters: [], queues: [] },
});

let server: WebSocketServer;
let baseUrl: string;
const serverSockets: WebSocket[] = [];
const requestedUrls: string[] = [];

beforeEach(async () => {
  server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  serverSockets.length = 0;
  requestedUrls.length = 0;
  server.on('connection', (socket, request) => {
    serverSockets.push(socket);
    requestedUrls.push(request.url ?? '');
  });
});

afterEach(async () => {
  for (const client of server.clients) client.terminate();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Bridge deps with `ws` sockets, manual timers (fired by the test) and a count of sockets left open. */
function testDeps() {
  const timers: { fn: () => void; ms: number }[] = [];
  let open = 0;
  let maxOpen = 0;
  const deps: BridgeDeps = {
    fetch: () => Promise.reject(new Error('no HTTP in this test')),
    openSocket: (url) => {
      const ws = new WebSocket(url);
      // A browser socket closed while connecting just closes; `ws` also emits 'error', which must not crash.
      ws.on('error', () => {});
      open += 1;
      maxOpen = Math.max(maxOpen, open);
      const close = ws.close.bind(ws);
      const socket = ws as unknown as SocketLike;
      let closed = false;
      socket.close = () => {
        if (!closed) open -= 1;
        closed = true;
        close();
      };
      ws.on('close', () => {
        if (!closed) open -= 1;
        closed = true;
      });
      return socket;
    },
    setTimer: (fn, ms) => {
      timers.push({ fn, ms });
      return timers.length;
    },
    clearTimer: () => {},
  };
  return { deps, timers, maxOpen: () => maxOpen };
}

function until(predicate: () => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      if (predicate()) return resolve();
      if (Date.now() - started > 5000) return reject(new Error(`timed out waiting for ${what}`));
      setImmediate(check);
    };
    check();
  });
}

describe('hub bridge stream', () => {
  it('builds the events URL for each view', () => {
    expect(eventsUrl('http://hub.local:8311', 'display')).toBe('ws://hub.local:8311/api/events?view=display');
    expect(eventsUrl('https://hub.example', 'staff')).toBe('wss://hub.example/api/events?view=staff');
  });

  it('backs off from 0.5 s, doubling, to at most 5 s', () => {
    expect([0, 1, 2, 3, 4, 10].map(backoffDelay)).toEqual([500, 1000, 2000, 4000, 5000, 5000]);
  });

  it('delivers valid messages and reports the connection opening', async () => {
    const { deps } = testDeps();
    const received: StaffMessage[] = [];
    const states: ConnectionState[] = [];
    const sub = createHubBridge(baseUrl, deps).subscribe(
      'staff',
      (m) => received.push(m),
      (s) => states.push(s),
    );
    await until(() => serverSockets.length === 1 && states.includes('open'), 'the first connection');
    expect(requestedUrls[0]).toBe('/api/events?view=staff');
    serverSockets[0]?.send(JSON.stringify(snapshot(3)));
    await until(() => received.length === 1, 'the snapshot');
    expect(received[0]).toEqual(snapshot(3));
    expect(states.slice(0, 2)).toEqual(['connecting', 'open']);
    sub.close();
  });

  it('drops an invalid message and reconnects after a back-off, never holding two sockets', async () => {
    const { deps, timers, maxOpen } = testDeps();
    const received: StaffMessage[] = [];
    const states: ConnectionState[] = [];
    const sub = createHubBridge(baseUrl, deps).subscribe(
      'staff',
      (m) => received.push(m),
      (s) => states.push(s),
    );
    await until(() => serverSockets.length === 1, 'the first connection');
    serverSockets[0]?.send(JSON.stringify({ kind: 'snapshot', snapshot: { seq: -1 } }));
    await until(() => timers.length === 1, 'a scheduled reconnect');
    expect(received).toEqual([]);
    expect(states.at(-1)).toBe('reconnecting');
    expect(timers[0]?.ms).toBe(500);
    timers[0]?.fn();
    await until(() => serverSockets.length === 2, 'the second connection');
    serverSockets[1]?.close();
    await until(() => timers.length === 2, 'a second scheduled reconnect');
    expect(timers[1]?.ms).toBe(1000);
    expect(maxOpen()).toBe(1);
    sub.close();
  });

  it('resyncs by replacing the socket at once, and stops for good on close', async () => {
    const { deps, timers, maxOpen } = testDeps();
    const sub = createHubBridge(baseUrl, deps).subscribe(
      'display',
      () => {},
      () => {},
    );
    await until(() => serverSockets.length === 1, 'the first connection');
    sub.resync();
    await until(() => serverSockets.length === 2, 'the resync connection');
    expect(requestedUrls[1]).toBe('/api/events?view=display');
    sub.close();
    await until(() => server.clients.size === 0, 'every socket closed');
    expect(timers).toEqual([]);
    expect(maxOpen()).toBe(1);
  });
});
