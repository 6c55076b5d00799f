// A real `ws` server standing in for the hub's kiosk notices stream: records the credential of each upgrade,
// can refuse the next upgrades with 401, and hands each accepted socket to the test.
import type { IncomingMessage } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';
import type { DeviceNotice } from '../../../../machines/contracts/index.js';

export interface FakeHubStream {
  /** ws:// address of the stream. */
  url: string;
  /** http:// address of the same server (what the agent is given as its hub). */
  httpUrl: string;
  /** Upgrades answered 401 before one is accepted. */
  refuseNext: number;
  authorizations: (string | undefined)[];
  /** Resolves with the next accepted socket. */
  nextConnection(): Promise<WebSocket>;
  /** Sends the notices message to the socket. */
  send(socket: WebSocket, notices: DeviceNotice[]): void;
  close(): Promise<void>;
}

export async function startFakeHubStream(): Promise<FakeHubStream> {
  const accepted: WebSocket[] = [];
  const waiters: ((socket: WebSocket) => void)[] = [];
  const state: FakeHubStream = {
    url: '',
    httpUrl: '',
    refuseNext: 0,
    authorizations: [],
    nextConnection: () =>
      accepted.length > 0
        ? Promise.resolve(accepted.shift() as WebSocket)
        : new Promise((resolve) => waiters.push(resolve)),
    send: (socket, notices) => socket.send(JSON.stringify({ kind: 'notices', notices })),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new WebSocketServer({
    port: 0,
    host: '127.0.0.1',
    verifyClient: (info: { req: IncomingMessage }, done: (ok: boolean, code?: number) => void) => {
      state.authorizations.push(info.req.headers.authorization);
      if (state.refuseNext > 0) {
        state.refuseNext -= 1;
        done(false, 401);
      } else done(true);
    },
  });
  server.on('connection', (socket) => {
    const waiter = waiters.shift();
    if (waiter) waiter(socket);
    else accepted.push(socket);
  });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the stand-in hub has no port');
  state.httpUrl = `http://127.0.0.1:${address.port}`;
  state.url = `ws://127.0.0.1:${address.port}/api/events?view=kiosk`;
  return state;
}
