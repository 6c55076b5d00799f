// Raw TCP (port 9100) printer transport: one short connection per write or status query.
import { Socket } from 'node:net';
import { errorCode, type PrinterTransport, statusRequest, TransportError } from './transport.js';

export interface TcpTransportOptions {
  host: string;
  port: number;
  /** How long to wait for the printer to accept a connection (default 3 s). */
  connectTimeoutMs?: number;
}

export function createTcpTransport(options: TcpTransportOptions): PrinterTransport {
  const { host, port } = options;
  const connectTimeoutMs = options.connectTimeoutMs ?? 3000;
  const where = `${host}:${port}`;
  const open = new Set<Socket>();

  function connect(): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const socket = new Socket();
      open.add(socket);
      socket.once('close', () => open.delete(socket));
      const timer = setTimeout(() => {
        socket.destroy();
        reject(
          new TransportError(`printer unreachable at ${where} (no answer within ${connectTimeoutMs} ms)`),
        );
      }, connectTimeoutMs);
      socket.once('error', (error) => {
        clearTimeout(timer);
        socket.destroy();
        const code = errorCode(error);
        reject(new TransportError(`printer unreachable at ${where} (${code ?? error.message})`, code));
      });
      socket.connect(port, host, () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        socket.setNoDelay(true);
        resolve(socket);
      });
    });
  }

  return {
    async write(bytes) {
      const socket = await connect();
      await new Promise<void>((resolve, reject) => {
        let failed: Error | undefined;
        socket.once('error', (error) => {
          const code = errorCode(error);
          failed = new TransportError(
            `connection to printer at ${where} failed (${code ?? error.message})`,
            code,
          );
        });
        // A printer closes its side once it has taken the data; 'close' then says the job was delivered.
        socket.once('close', (hadError) => {
          if (failed || hadError)
            reject(failed ?? new TransportError(`connection to printer at ${where} broke`));
          else resolve();
        });
        socket.end(bytes);
      });
    },

    async query(n, timeoutMs) {
      const socket = await connect();
      try {
        return await new Promise<number>((resolve, reject) => {
          const timer = setTimeout(
            () =>
              reject(new TransportError(`printer at ${where} gave no status reply within ${timeoutMs} ms`)),
            timeoutMs,
          );
          socket.once('data', (data: Buffer) => {
            clearTimeout(timer);
            resolve(data[0]!);
          });
          socket.once('error', (error) => {
            clearTimeout(timer);
            reject(
              new TransportError(`status query to ${where} failed (${errorCode(error) ?? error.message})`),
            );
          });
          socket.once('close', () => {
            clearTimeout(timer);
            reject(new TransportError(`printer at ${where} closed the connection without a status reply`));
          });
          socket.write(statusRequest(n));
        });
      } finally {
        socket.destroy();
      }
    },

    async close() {
      for (const socket of open) socket.destroy();
      open.clear();
    },
  };
}
