// Serial / USB-CDC printer transport on serialport 13: the port stays open between jobs, reopened after errors.
import { SerialPort } from 'serialport';
import { errorCode, type PrinterTransport, statusRequest, TransportError } from './transport.js';

export interface SerialTransportOptions {
  path: string;
  baudRate: number;
}

export function createSerialTransport(options: SerialTransportOptions): PrinterTransport {
  const { path, baudRate } = options;
  let port: SerialPort | null = null;
  let replyWaiter: ((byte: number) => void) | null = null;

  const fail = (what: string, error: unknown): TransportError => {
    const code = errorCode(error);
    const detail = error instanceof Error ? error.message : String(error);
    return new TransportError(`${what} serial printer ${path} failed (${code ?? detail})`, code);
  };

  async function ready(): Promise<SerialPort> {
    if (port?.isOpen) return port;
    const opened = new SerialPort({ path, baudRate, autoOpen: false });
    await new Promise<void>((resolve, reject) => {
      opened.open((error) => (error ? reject(fail('opening', error)) : resolve()));
    });
    opened.on('data', (data: Buffer) => {
      const waiter = replyWaiter;
      replyWaiter = null;
      if (waiter && data.length > 0) waiter(data[0]!);
    });
    // Errors also reach the pending write/drain callbacks; this listener only keeps them from crashing.
    opened.on('error', () => {});
    opened.on('close', () => {
      if (port === opened) port = null;
    });
    port = opened;
    return opened;
  }

  async function send(bytes: Uint8Array): Promise<void> {
    const p = await ready();
    await new Promise<void>((resolve, reject) => {
      p.write(Buffer.from(bytes), (error) => {
        if (error) reject(fail('writing to', error));
      });
      p.drain((error) => (error ? reject(fail('writing to', error)) : resolve()));
    });
  }

  return {
    write: send,

    async query(n, timeoutMs) {
      if (replyWaiter) throw new TransportError(`a status query to ${path} is already waiting`);
      let timer: NodeJS.Timeout | undefined;
      const reply = new Promise<number>((resolve, reject) => {
        timer = setTimeout(() => {
          replyWaiter = null;
          reject(new TransportError(`serial printer ${path} gave no status reply within ${timeoutMs} ms`));
        }, timeoutMs);
        replyWaiter = resolve;
      });
      // Handled by the await below; this keeps a timeout during a slow send from counting as unhandled.
      reply.catch(() => {});
      try {
        await send(statusRequest(n));
        return await reply;
      } finally {
        clearTimeout(timer);
        replyWaiter = null;
      }
    },

    async close() {
      const p = port;
      port = null;
      if (!p?.isOpen) return;
      await new Promise<void>((resolve) => p.close(() => resolve()));
    },
  };
}
