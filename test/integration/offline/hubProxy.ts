// A TCP relay between the kiosk agents and the hub process: lets a test see when a request with a given start
// (e.g. "POST /api/tickets/offline") passes, so it can kill the hub in the middle of that request.
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface HubProxy {
  url: string;
  /** Resolves the next time a request starting with `prefix` has been relayed to the hub. */
  nextRequest(prefix: string): Promise<void>;
  /** Drops every open connection (clients see the hub vanish). */
  dropAll(): void;
  close(): Promise<void>;
}

export async function startHubProxy(hubPort: number): Promise<HubProxy> {
  const sockets = new Set<Socket>();
  const watchers: { prefix: string; resolve: () => void }[] = [];
  const server: Server = createServer((client) => {
    const upstream = connect(hubPort, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk, () => {
        const text = chunk.toString('latin1');
        for (const w of [...watchers]) {
          if (!text.startsWith(w.prefix)) continue;
          watchers.splice(watchers.indexOf(w), 1);
          w.resolve();
        }
      });
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('proxy has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    nextRequest: (prefix) => new Promise((resolve) => watchers.push({ prefix, resolve })),
    dropAll() {
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
