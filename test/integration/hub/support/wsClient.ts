// A WebSocket test client that hands out received JSON messages in order, waiting for them (no sleeps);
// it can send credentials (cookie or bearer headers) and reports a refused upgrade with its HTTP status.
import WebSocket from 'ws';

export interface WsClient {
  socket: WebSocket;
  /** The next message not yet taken (waits for it). */
  next(): Promise<unknown>;
  /** Resolves with the close code and reason. */
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

/** The hub refused the upgrade with an HTTP answer (e.g. 401 or 403). */
export class WsRefused extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
    this.name = 'WsRefused';
  }
}

export function connectWs(
  url: string,
  options: { autoPong?: boolean; headers?: Record<string, string> } = {},
): Promise<WsClient> {
  const socket = new WebSocket(url, { autoPong: options.autoPong ?? true, headers: options.headers ?? {} });
  const received: unknown[] = [];
  const waiters: ((message: unknown) => void)[] = [];
  socket.on('message', (data) => {
    const message: unknown = JSON.parse(String(data));
    const waiter = waiters.shift();
    if (waiter) waiter(message);
    else received.push(message);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  const client: WsClient = {
    socket,
    next: () =>
      received.length > 0
        ? Promise.resolve(received.shift())
        : new Promise((resolve) => waiters.push(resolve)),
    closed,
    close: () => socket.close(),
  };
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(client));
    socket.once('unexpected-response', (req, res) => {
      reject(new WsRefused(res.statusCode ?? 0));
      req.destroy();
    });
    socket.once('error', reject);
  });
}
