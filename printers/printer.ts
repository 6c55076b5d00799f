// A printer opened from its URI: one queue of jobs that never interleave, job timeouts, and status checks.
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { parsePrinterUri } from './printerUri.js';
import {
  decodeStatus,
  problemsFrom,
  StatusByteError,
  type StatusFlags,
  type StatusReplies,
} from './statusBits.js';
import { createFileTransport } from './transports/file.js';
import { createSerialTransport } from './transports/serial.js';
import { createTcpTransport } from './transports/tcp.js';
import type { PrinterTransport } from './transports/transport.js';
import { TransportError } from './transports/transport.js';
import { createUsbTransport } from './transports/usb.js';

export type PrinterState = 'ready' | 'error' | 'none';

export interface Printer {
  readonly uri: string;
  print(bytes: Uint8Array): Promise<void>;
  /** Last known state: assumed 'ready' until a job or a status check says otherwise. */
  state(): PrinterState;
  checkStatus(): Promise<PrinterState>;
  /**
   * Raw DLE EOT replies for the printer health machine (1 and 4; 2 when offline; 3 on an error), queued
   * behind jobs. A transport without a status channel (file, USB class) answers as a ready printer when its
   * device is writable. Rejects with PrinterJobError when the printer cannot be reached.
   */
  readStatus(): Promise<StatusReplies>;
  close(): Promise<void>;
}

/** The replies of a printer with nothing to report (fixed bits only). */
const healthyReplies: StatusReplies = { 1: 0x12, 4: 0x12 };

export class NoPrinterError extends Error {
  override name = 'NoPrinterError';
}

/** A job that did not print; the message says why (unreachable, timeout, paper out, cover open…). */
export class PrinterJobError extends Error {
  override name = 'PrinterJobError';
}

export interface OpenPrinterOptions {
  /** Longest a job (status check + bytes) may take once it starts (default 10 s). */
  jobTimeoutMs?: number;
  /** Longest to wait for each DLE EOT reply (default 2 s). */
  statusTimeoutMs?: number;
  /** TCP only: longest to wait for the printer to accept a connection (default 3 s). */
  connectTimeoutMs?: number;
}

/** A printer over any transport; `openPrinter` picks the transport from the URI. */
export function printerOnTransport(
  uri: string,
  transport: PrinterTransport,
  options: OpenPrinterOptions & { devicePath?: string } = {},
): Printer {
  const jobTimeoutMs = options.jobTimeoutMs ?? 10_000;
  const statusTimeoutMs = options.statusTimeoutMs ?? 2000;
  let last: PrinterState = 'ready';
  let closed = false;
  let tail: Promise<unknown> = Promise.resolve();

  /** Problems that stop printing, from real-time status replies; [] when the printer can print. */
  async function problems(query: NonNullable<PrinterTransport['query']>): Promise<string[]> {
    const printer = decodeStatus(1, await query(1, statusTimeoutMs));
    const flags: StatusFlags[] = [printer, decodeStatus(4, await query(4, statusTimeoutMs))];
    if (printer.offline) {
      const cause = decodeStatus(2, await query(2, statusTimeoutMs));
      flags.push(cause);
      if (cause.errorOccurred) flags.push(decodeStatus(3, await query(3, statusTimeoutMs)));
    }
    return problemsFrom(flags);
  }

  /** Raw replies; DLE EOT 2 and 3 only when 1 and 2 say they matter. Invalid bytes are left to the caller. */
  async function replies(query: NonNullable<PrinterTransport['query']>): Promise<StatusReplies> {
    const out: StatusReplies = { 1: await query(1, statusTimeoutMs), 4: await query(4, statusTimeoutMs) };
    if (((out[1] ?? 0) & 0x08) !== 0) {
      out[2] = await query(2, statusTimeoutMs);
      if (((out[2] ?? 0) & 0x40) !== 0) out[3] = await query(3, statusTimeoutMs);
    }
    return out;
  }

  async function deviceProblems(): Promise<string[]> {
    if (transport.query) return problems(transport.query.bind(transport));
    if (options.devicePath === undefined) return [];
    try {
      await access(options.devicePath, constants.W_OK);
      return [];
    } catch {
      return [`printer device ${options.devicePath} not found or not writable`];
    }
  }

  function asJobError(error: unknown): PrinterJobError {
    if (error instanceof PrinterJobError) return error;
    if (error instanceof TransportError) return new PrinterJobError(error.message);
    if (error instanceof StatusByteError)
      return new PrinterJobError(`printer sent a bad status reply: ${error.message}`);
    return new PrinterJobError(`print failed: ${error instanceof Error ? error.message : String(error)}`);
  }

  /** Runs `task` after every earlier task has finished or timed out; rejects with PrinterJobError. */
  function enqueue<T>(what: string, task: () => Promise<T>): Promise<T> {
    const run = tail.then(async () => {
      if (closed) throw new PrinterJobError(`printer ${uri} is closed`);
      let timer: NodeJS.Timeout | undefined;
      const inner = task();
      // The race below reports the outcome; this only stops a late failure after a timeout being unhandled.
      inner.catch(() => {});
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          // Aborting the transport ends the timed-out job's writes before the next job starts.
          void transport
            .close()
            .finally(() => reject(new PrinterJobError(`${what} timed out after ${jobTimeoutMs} ms`)));
        }, jobTimeoutMs);
      });
      try {
        return await Promise.race([inner, timeout]);
      } catch (error) {
        throw asJobError(error);
      } finally {
        clearTimeout(timer);
      }
    });
    tail = run.catch(() => {});
    return run;
  }

  return {
    uri,
    state: () => last,

    print(bytes) {
      return enqueue('print job', async () => {
        const before = await deviceProblems();
        if (before.length > 0) throw new PrinterJobError(`printer not ready: ${before.join(', ')}`);
        await transport.write(bytes);
        if (transport.query) {
          const after = await problems(transport.query.bind(transport));
          if (after.length > 0) throw new PrinterJobError(`printing stopped: ${after.join(', ')}`);
        }
        last = 'ready';
      }).catch((error: unknown) => {
        last = 'error';
        throw error;
      });
    },

    checkStatus() {
      return enqueue('status check', async () => {
        last = (await deviceProblems()).length === 0 ? 'ready' : 'error';
        return last;
      }).catch(() => {
        last = 'error';
        return last;
      });
    },

    readStatus() {
      return enqueue('status check', async () => {
        if (transport.query) return replies(transport.query.bind(transport));
        const problems = await deviceProblems();
        if (problems.length > 0) throw new PrinterJobError(problems.join(', '));
        return healthyReplies;
      });
    },

    async close() {
      closed = true;
      await tail;
      await transport.close();
    },
  };
}

function noPrinter(uri: string): Printer {
  return {
    uri,
    state: () => 'none',
    print: () => Promise.reject(new NoPrinterError('no printer is configured for this kiosk')),
    checkStatus: () => Promise.resolve('none'),
    readStatus: () => Promise.reject(new NoPrinterError('no printer is configured for this kiosk')),
    close: () => Promise.resolve(),
  };
}

/** Opens a printer from its URI (throws PrinterUriError for a bad URI); no I/O happens until the first job. */
export function openPrinter(uri: string, options: OpenPrinterOptions = {}): Printer {
  const parsed = parsePrinterUri(uri);
  switch (parsed.kind) {
    case 'none':
      return noPrinter(uri);
    case 'tcp':
      return printerOnTransport(
        uri,
        createTcpTransport({ ...parsed, connectTimeoutMs: options.connectTimeoutMs }),
        options,
      );
    case 'serial':
      return printerOnTransport(uri, createSerialTransport(parsed), options);
    case 'usb':
      return printerOnTransport(uri, createUsbTransport(parsed.path), {
        ...options,
        devicePath: parsed.path,
      });
    case 'file':
      return printerOnTransport(uri, createFileTransport(parsed.path), options);
  }
}
