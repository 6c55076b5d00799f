// A fake ESC/POS network printer on raw TCP: records each cut-terminated job (decoded strictly), answers
// DLE EOT status queries for a scripted paper/cover/offline state, and holds print data while it cannot print.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { EscPosDecodeError, readCommand } from './escposCommands.js';
import { type DecodedReceipt, EscPosInterpreter, renderText } from './escposDecoder.js';

export interface ReceivedJob {
  /** 1-based, in the order jobs were cut. */
  index: number;
  bytes: Uint8Array;
  receipt: DecodedReceipt;
  text: string;
  receivedAt: Date;
  /** Text of the largest printed line (the ticket number on a ticket), or null when nothing was printed. */
  ticketNumber: string | null;
}

export interface VirtualPrinterOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** When given, each job is saved there as job-0001-A042.bin (raw bytes) and job-0001-A042.txt. */
  outDir?: string;
  /** Paper width in font A columns (default 42: an 80 mm Epson TM-T88). */
  columns?: number;
}

export type PaperState = 'ok' | 'near-end' | 'out';

export interface VirtualPrinter {
  port: number;
  /** tcp://host:port */
  url: string;
  jobs: ReceivedJob[];
  /** Bad bytes received (unknown or malformed commands); each also rejects a waiting nextJob(). */
  errors: Error[];
  /** Resolves with the oldest job not yet returned by nextJob(), waiting for it if needed. */
  nextJob(): Promise<ReceivedJob>;
  /** Bytes received but held back because the printer cannot print right now. */
  heldBytes(): number;
  setPaper(state: PaperState): void;
  setCover(open: boolean): void;
  setOffline(offline: boolean): void;
  /** Closes every open connection abruptly (data already received stays in the printer). */
  dropConnections(): void;
  close(): Promise<void>;
}

interface Waiter {
  resolve(job: ReceivedJob): void;
  reject(error: Error): void;
}

const realTime = new Set(['DLE EOT', 'DLE ENQ', 'DLE DC4']);

/** The largest printed line, by magnification, first one wins a tie. */
function largestLine(receipt: DecodedReceipt): string | null {
  let best: DecodedReceipt['lines'][number] | undefined;
  for (const line of receipt.lines) {
    if (!best || line.size.width * line.size.height > best.size.width * best.size.height) best = line;
  }
  return best?.text ?? null;
}

export async function startVirtualPrinter(options: VirtualPrinterOptions = {}): Promise<VirtualPrinter> {
  const host = options.host ?? '127.0.0.1';
  const interpreter = new EscPosInterpreter({ columns: options.columns ?? 42 });
  const sockets = new Set<Socket>();
  const jobs: ReceivedJob[] = [];
  const errors: Error[] = [];
  const waiters: Waiter[] = [];
  let delivered = 0;
  let paper: PaperState = 'ok';
  let coverOpen = false;
  let forcedOffline = false;
  let received: Uint8Array = new Uint8Array(0);
  const held: Uint8Array[] = [];
  let jobBytes: Uint8Array[] = [];

  if (options.outDir) mkdirSync(options.outDir, { recursive: true });

  const offline = () => paper === 'out' || coverOpen || forcedOffline;

  function status(n: number): number {
    if (n === 1) return 0x12 | (offline() ? 0x08 : 0);
    if (n === 2) return 0x12 | (coverOpen ? 0x04 : 0) | (paper === 'out' ? 0x20 : 0);
    if (n === 4) return 0x12 | (paper === 'ok' ? 0 : 0x0c) | (paper === 'out' ? 0x60 : 0);
    return 0x12;
  }

  function deliver(): void {
    while (delivered < jobs.length && waiters.length > 0) {
      waiters.shift()!.resolve(jobs[delivered]!);
      delivered += 1;
    }
  }

  function fail(error: Error): void {
    errors.push(error);
    for (const waiter of waiters.splice(0)) waiter.reject(error);
  }

  function completeJob(): void {
    const bytes = Buffer.concat(jobBytes);
    jobBytes = [];
    const receipt = interpreter.take();
    const ticketNumber = largestLine(receipt);
    const job: ReceivedJob = {
      index: jobs.length + 1,
      bytes: new Uint8Array(bytes),
      receipt,
      text: renderText(receipt),
      receivedAt: new Date(),
      ticketNumber,
    };
    if (options.outDir) {
      const name = `job-${String(job.index).padStart(4, '0')}-${(ticketNumber ?? 'blank').replace(/[^\w-]/g, '_')}`;
      writeFileSync(join(options.outDir, `${name}.bin`), bytes);
      writeFileSync(join(options.outDir, `${name}.txt`), job.text);
    }
    jobs.push(job);
    deliver();
  }

  /** Prints held commands while the printer can print; a cut completes a job. */
  function printHeld(): void {
    while (!offline() && held.length > 0) {
      const bytes = held.shift()!;
      const command = readCommand(bytes, 0);
      jobBytes.push(bytes);
      try {
        interpreter.apply(command);
      } catch (error) {
        fail(error as Error);
      }
      if (command.name === 'GS V') completeJob();
    }
  }

  /** Splits the receive buffer into commands; real-time ones are answered at once, the rest are held. */
  function receive(socket: Socket, chunk: Buffer): void {
    received = Buffer.concat([received, chunk]);
    let offset = 0;
    while (offset < received.length) {
      try {
        const command = readCommand(received, offset);
        const bytes = received.slice(offset, offset + command.length);
        offset += command.length;
        if (realTime.has(command.name)) {
          if (command.name === 'DLE EOT' && !socket.destroyed)
            socket.write(Uint8Array.of(status(command.params[0]!)));
        } else {
          held.push(bytes);
        }
      } catch (error) {
        if (error instanceof EscPosDecodeError && error.truncated) break;
        fail(error as Error);
        offset += 1;
      }
    }
    received = received.slice(offset);
    printHeld();
  }

  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('data', (chunk: Buffer) => receive(socket, chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('virtual printer has no TCP address');
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    port: address.port,
    url: `tcp://${urlHost}:${address.port}`,
    jobs,
    errors,
    nextJob() {
      return new Promise<ReceivedJob>((resolve, reject) => {
        waiters.push({ resolve, reject });
        deliver();
      });
    },
    heldBytes: () => held.reduce((sum, bytes) => sum + bytes.length, 0),
    setPaper(state) {
      paper = state;
      printHeld();
    },
    setCover(open) {
      coverOpen = open;
      printHeld();
    },
    setOffline(value) {
      forcedOffline = value;
      printHeld();
    },
    dropConnections() {
      for (const socket of sockets) socket.destroy();
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const waiter of waiters.splice(0)) waiter.reject(new Error('virtual printer closed'));
    },
  };
}
