// A WebSocket test client that hands out received JSON messages in order, waiting for them (no sleeps).
import WebSocket from 'ws';

export interface WsClient {
  socket: WebSocket;
  /** The next message not yet taken (waits for it). */
  next(): Promise<unknown>;
  /** Resolves with the close code and reason. */
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

export function connectWs(url: string, options: { autoPong?: boolean } = {}): Promise<WsClient> {
  const socket = new WebSocket(url, { autoPong: options.autoPong ?? true });
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
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    socket.once('error', reject);
  });
}
