// A fake ESC/POS network printer on raw TCP: records each cut-terminated job (decoded strictly), answers
// DLE EOT status queries for a scripted state (paper low/out, cover, cutter, offline), holds print data while
// it cannot print, and can run out of paper mid-job, refuse connections, or read slowly.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { EscPosDecodeError, readCommand } from './escposCommands.js';
import { type DecodedReceipt, EscPosInterpreter, renderText } from './escposDecoder.js';
import { createThrottle } from './throttledReader.js';
import { type PaperState, VirtualPrinterStatus } from './virtualPrinterStatus.js';

export type { PaperState } from './virtualPrinterStatus.js';

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
  /** Cutter jammed: offline, DLE EOT 2 reports an error and DLE EOT 3 a cutter error; data is held. */
  setCutterError(jammed: boolean): void;
  /** The roll ends after `bytes` more print bytes (whole commands): the rest of the job is held. */
  paperOutAfter(bytes: number): void;
  /** Forces the reply byte to DLE EOT n (e.g. an invalid 0x00); null goes back to the scripted state. */
  setStatusReply(n: 1 | 2 | 3 | 4, byte: number | null): void;
  /** Unreachable: stops listening (connections are refused) and drops open ones; false listens again. */
  setUnreachable(unreachable: boolean): Promise<void>;
  /** Slow link: reads at most this many bytes per second (status replies wait their turn); null = full speed. */
  setThrottle(bytesPerSecond: number | null): void;
  /** DLE EOT n values received, in order (a kiosk polls these). */
  statusQueries: number[];
  /** Total bytes read from all connections so far. */
  bytesReceived(): number;
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
  const statusQueries: number[] = [];
  const state = new VirtualPrinterStatus();
  let delivered = 0;
  let received: Uint8Array = new Uint8Array(0);
  let receivedTotal = 0;
  const held: Uint8Array[] = [];
  let jobBytes: Uint8Array[] = [];
  /** Print bytes left before the roll ends (null = no end scripted). */
  let paperLeft: number | null = null;
  const throttle = createThrottle((socket, chunk) => receive(socket, chunk));

  if (options.outDir) mkdirSync(options.outDir, { recursive: true });

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
    while (!state.offline() && held.length > 0) {
      const bytes = held.shift()!;
      const command = readCommand(bytes, 0);
      jobBytes.push(bytes);
      try {
        interpreter.apply(command);
      } catch (error) {
        fail(error as Error);
      }
      if (command.name === 'GS V') completeJob();
      if (paperLeft !== null) {
        paperLeft -= bytes.length;
        if (paperLeft <= 0) {
          paperLeft = null;
          state.paper = 'out';
        }
      }
    }
  }

  /** Splits the receive buffer into commands; real-time ones are answered at once, the rest are held. */
  function receive(socket: Socket, chunk: Uint8Array): void {
    receivedTotal += chunk.length;
    received = Buffer.concat([received, chunk]);
    let offset = 0;
    while (offset < received.length) {
      try {
        const command = readCommand(received, offset);
        const bytes = received.slice(offset, offset + command.length);
        offset += command.length;
        if (realTime.has(command.name)) {
          if (command.name === 'DLE EOT') {
            statusQueries.push(command.params[0]!);
            if (!socket.destroyed) socket.write(Uint8Array.of(state.reply(command.params[0]!)));
          }
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

  // Half-open, so a client's end of data does not close the connection before a slow link has read it all.
  const server: Server = createServer({ allowHalfOpen: true }, (socket) => {
    sockets.add(socket);
    socket.on('data', (chunk: Buffer) => throttle.data(socket, chunk));
    socket.on('end', () => throttle.afterDrain(socket, () => socket.end()));
    socket.on('error', () => socket.destroy());
    // Bytes the slow link already took from a closed connection are still read, as a printer would.
    socket.on('close', () => sockets.delete(socket));
  });

  function listen(port: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  }

  function dropConnections(): void {
    for (const socket of sockets) socket.destroy();
  }

  await listen(options.port ?? 0);
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('virtual printer has no TCP address');
  const port = address.port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  /** Changes the scripted state, then prints what was held if the printer can print again. */
  const change = (apply: () => void) => {
    apply();
    printHeld();
  };

  return {
    port,
    url: `tcp://${urlHost}:${port}`,
    jobs,
    errors,
    statusQueries,
    nextJob() {
      return new Promise<ReceivedJob>((resolve, reject) => {
        waiters.push({ resolve, reject });
        deliver();
      });
    },
    heldBytes: () => held.reduce((sum, bytes) => sum + bytes.length, 0),
    bytesReceived: () => receivedTotal,
    setPaper: (paper) => change(() => (state.paper = paper)),
    setCover: (open) => change(() => (state.coverOpen = open)),
    setOffline: (value) => change(() => (state.forcedOffline = value)),
    setCutterError: (jammed) => change(() => (state.cutterError = jammed)),
    paperOutAfter(bytes) {
      paperLeft = bytes;
    },
    setStatusReply(n, byte) {
      if (byte === null) state.forced.delete(n);
      else state.forced.set(n, byte);
    },
    async setUnreachable(unreachable) {
      if (unreachable === !server.listening) return;
      if (unreachable) {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        dropConnections();
        await closed;
      } else {
        await listen(port);
      }
    },
    setThrottle: (bytesPerSecond) => throttle.set(bytesPerSecond),
    dropConnections,
    async close() {
      throttle.stop();
      dropConnections();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const waiter of waiters.splice(0)) waiter.reject(new Error('virtual printer closed'));
    },
  };
}
