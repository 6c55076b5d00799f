// A serial barcode/QR scanner: reads trimmed scans line by line and survives unplug/replug by reopening with backoff.
import { stat } from 'node:fs/promises';
import { SerialPort } from 'serialport';
import { CappedLineParser } from './cappedLineParser.js';
import { parseScannerUri, type ScannerUri } from './scannerUri.js';

/** What the scanner reports besides scans. Never carries scanned text (it can be personal data). */
export type ScannerStateReport =
  | { state: 'connected'; path: string }
  | { state: 'disconnected'; path: string; reason: string; retryInMs: number }
  | { state: 'line-dropped'; path: string; reason: 'too-long'; maxLineBytes: number };

export interface ScannerHandlers {
  /** One scan, trimmed and never empty. */
  onScan(text: string): void;
  onState(report: ScannerStateReport): void;
}

export interface SerialScannerOptions {
  /** Longest scan kept, in bytes; longer lines are dropped with a 'line-dropped' report. Default 512. */
  maxLineBytes?: number;
  /** First wait before reopening after a failure, in ms. Default 250. */
  retryInitialMs?: number;
  /** Longest wait between reopening attempts, in ms (the wait doubles up to it). Default 5000. */
  retryMaxMs?: number;
  /**
   * How often, in ms, an open port checks that its device path still names the same device. Default 1000.
   * Needed because a hung-up tty can read as endless end-of-file instead of failing (seen with a pty whose other
   * end was never opened), and then serialport never reports the close.
   */
  presenceCheckMs?: number;
}

export interface SerialScanner {
  isConnected(): boolean;
  /** Stops reading and retrying; resolves once the port is closed and no timer is left. */
  close(): Promise<void>;
}

export const defaultMaxLineBytes = 512;

function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Opens the scanner in the background: the device may be absent at first; it is retried until it appears. */
export function openSerialScanner(
  uri: string | ScannerUri,
  handlers: ScannerHandlers,
  options: SerialScannerOptions = {},
): SerialScanner {
  const { path, baudRate, delimiter } = typeof uri === 'string' ? parseScannerUri(uri) : uri;
  const maxLineBytes = options.maxLineBytes ?? defaultMaxLineBytes;
  const retryInitialMs = options.retryInitialMs ?? 250;
  const retryMaxMs = options.retryMaxMs ?? 5000;
  const presenceCheckMs = options.presenceCheckMs ?? 1000;

  let closed = false;
  let port: SerialPort | null = null;
  let opening: Promise<void> = Promise.resolve();
  let retryTimer: NodeJS.Timeout | undefined;
  let presenceTimer: NodeJS.Timeout | undefined;
  let checking: Promise<void> = Promise.resolve();
  let nextDelayMs = retryInitialMs;
  let reportedDown = false;

  const dropped = () => handlers.onState({ state: 'line-dropped', path, reason: 'too-long', maxLineBytes });

  function retryLater(reason: string): void {
    if (closed) return;
    const waitMs = nextDelayMs;
    nextDelayMs = Math.min(nextDelayMs * 2, retryMaxMs);
    if (!reportedDown) {
      reportedDown = true;
      handlers.onState({ state: 'disconnected', path, reason, retryInMs: waitMs });
    }
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      connect();
    }, waitMs);
  }

  function onLine(line: string): void {
    if (Buffer.byteLength(line) > maxLineBytes) {
      dropped();
      return;
    }
    const text = line.trim();
    if (text !== '') handlers.onScan(text);
  }

  /** Device number of `path` now, or null when it no longer exists. */
  async function deviceOf(): Promise<number | null> {
    try {
      return (await stat(path)).rdev;
    } catch {
      return null;
    }
  }

  function watchPresence(opened: SerialPort, device: number, goAway: () => void): void {
    presenceTimer = setTimeout(() => {
      presenceTimer = undefined;
      checking = deviceOf().then((now) => {
        if (port !== opened || closed) return;
        if (now === device) watchPresence(opened, device, goAway);
        else goAway();
      });
    }, presenceCheckMs);
  }

  function attach(opened: SerialPort, device: number): void {
    const parser = new CappedLineParser({ delimiter, maxLineBytes, onOverflow: dropped });
    parser.on('data', onLine);
    opened.on('data', (chunk: Buffer) => parser.write(chunk));
    let gone = false;
    let closeReason = 'the port closed';
    opened.on('error', () => {
      if (opened.isOpen) opened.close();
    });
    opened.on('close', (error: Error | null) => {
      if (gone) return;
      gone = true;
      if (port === opened) port = null;
      clearTimeout(presenceTimer);
      parser.destroy();
      retryLater(error ? reasonOf(error) : closeReason);
    });
    port = opened;
    nextDelayMs = retryInitialMs;
    reportedDown = false;
    watchPresence(opened, device, () => {
      closeReason = 'the device went away';
      opened.close();
    });
    handlers.onState({ state: 'connected', path });
  }

  function connect(): void {
    if (closed) return;
    const candidate = new SerialPort({ path, baudRate, autoOpen: false });
    opening = new Promise<void>((resolve) => {
      candidate.open(async (error) => {
        const device = error ? null : await deviceOf();
        if (error) retryLater(reasonOf(error));
        else if (closed) port = candidate;
        else if (device === null) candidate.close(() => retryLater('the device went away while opening'));
        else attach(candidate, device);
        resolve();
      });
    });
  }

  connect();

  return {
    isConnected: () => port?.isOpen === true,

    async close() {
      closed = true;
      clearTimeout(retryTimer);
      clearTimeout(presenceTimer);
      await opening;
      await checking;
      const p = port;
      port = null;
      if (!p?.isOpen) return;
      await new Promise<void>((resolve) => p.close(() => resolve()));
    },
  };
}
