// The kiosk's WebSocket to the hub's notices stream (`/api/events?view=kiosk`, the device credential in the
// upgrade's headers; wss when the hub is https). Each message is checked against the contract (anything else is
// ignored); a lost or silent connection is opened again with backoff (reconnectDelay), reset by a good message.
import WebSocket from 'ws';
import type { DeviceNotice } from '../../../machines/contracts/index.js';
import { KioskMessage } from '../../../machines/contracts/index.js';
import { reconnectDelay } from './reconnectDelay.js';

/** Runs `fn` after `ms`; the returned function cancels it. */
export type Schedule = (fn: () => void, ms: number) => () => void;

export const realSchedule: Schedule = (fn, ms) => {
  const timer = setTimeout(fn, ms);
  timer.unref();
  return () => clearTimeout(timer);
};

export interface NoticeStreamTiming {
  /** Timers for reconnects and the silence watch (tests pass their own). */
  schedule?: Schedule;
  /** Jitter source in [0, 1) (default Math.random). */
  random?: () => number;
  /** A connection with no message or ping for this long is dropped and opened again (default 75 s). */
  silenceMs?: number;
}

export interface NoticeStreamOptions extends NoticeStreamTiming {
  /** ws:// or wss:// address of the stream (see noticeStreamUrl). */
  url: string;
  /** The device credential's headers, read at each connection. */
  headers: () => Record<string, string>;
  /** The hub's whole list of notices for this kiosk (on connect and on every change). */
  onNotices: (notices: DeviceNotice[]) => void;
  /** The stream started delivering, or lost its connection (not at stop); for the operator's log. */
  onState?: (state: 'connected' | 'lost') => void;
}

export interface NoticeStream {
  /** Closes the socket and cancels every timer; resolves once the socket has closed. */
  stop(): Promise<void>;
}

/** `http://hub:8311` → `ws://hub:8311/api/events?view=kiosk` (https → wss), below any path, like the hub client. */
export function noticeStreamUrl(hubUrl: string): string {
  return `${hubUrl.replace(/\/+$/, '').replace(/^http/i, 'ws')}/api/events?view=kiosk`;
}

function textOf(data: WebSocket.RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}

function parseMessage(data: WebSocket.RawData): KioskMessage | null {
  try {
    const parsed = KioskMessage.safeParse(JSON.parse(textOf(data)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function startNoticeStream(options: NoticeStreamOptions): NoticeStream {
  const schedule = options.schedule ?? realSchedule;
  const random = options.random ?? Math.random;
  const silenceMs = options.silenceMs ?? 75_000;
  let socket: WebSocket | null = null;
  let socketClosed: Promise<void> = Promise.resolve();
  let attempt = 0;
  let stopped = false;
  let cancelRetry: (() => void) | null = null;
  let cancelSilence: (() => void) | null = null;

  function retryLater(): void {
    if (stopped) return;
    const delay = reconnectDelay(attempt, random());
    attempt += 1;
    cancelRetry = schedule(() => {
      cancelRetry = null;
      connect();
    }, delay);
  }

  function connect(): void {
    if (stopped) return;
    const ws = new WebSocket(options.url, { headers: options.headers(), handshakeTimeout: 10_000 });
    socket = ws;
    let delivering = false;
    const watch = () => {
      cancelSilence?.();
      cancelSilence = schedule(() => ws.terminate(), silenceMs);
    };
    socketClosed = new Promise((resolve) => {
      ws.on('close', () => {
        cancelSilence?.();
        cancelSilence = null;
        if (socket === ws) socket = null;
        if (delivering && !stopped) options.onState?.('lost');
        retryLater();
        resolve();
      });
    });
    // A failed connection always ends in 'close' too, which schedules the next attempt.
    ws.on('error', () => {});
    ws.on('open', watch);
    ws.on('ping', watch);
    ws.on('message', (data) => {
      watch();
      const message = parseMessage(data);
      if (!message) return;
      if (!delivering) {
        delivering = true;
        attempt = 0;
        options.onState?.('connected');
      }
      options.onNotices(message.notices);
    });
  }

  connect();
  return {
    async stop() {
      stopped = true;
      cancelRetry?.();
      cancelRetry = null;
      socket?.terminate();
      await socketClosed;
    },
  };
}
