// Tests the serial scanner over real socat pty pairs: line endings, split and batched lines, overlong lines, replug.
import { readdirSync, readlinkSync, realpathSync } from 'node:fs';
import { mkdtemp, rm, symlink, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openSerialScanner,
  type SerialScanner,
  type SerialScannerOptions,
} from '../../../../main/agent/scanner/serialScanner.js';
import { openPrinterEnd, type PtyPair, startPtyPair } from '../../../support/ptyPair.js';
import { recordScanner, type ScanRecorder, scansReach, stateReached } from './scanRecorder.js';

type DeviceEnd = Awaited<ReturnType<typeof openPrinterEnd>>;

/** Short waits so a replug is noticed within the test's patience; the logic is the same as the defaults. */
const fast: SerialScannerOptions = { retryInitialMs: 20, retryMaxMs: 200, presenceCheckMs: 50 };

/** Writes each chunk as its own write, waiting for it to leave before the next. */
async function send(device: DeviceEnd, ...chunks: string[]): Promise<void> {
  for (const chunk of chunks) {
    await new Promise<void>((resolve, reject) => {
      device.port.write(Buffer.from(chunk, 'latin1'));
      device.port.drain((error) => (error ? reject(error) : resolve()));
    });
  }
}

/** Files this process has open on the given device. */
function openFdsOn(devicePath: string): string[] {
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      return target.startsWith(devicePath) ? [target] : [];
    } catch {
      return [];
    }
  });
}

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

describe('serial scanner over a real pty pair (socat)', () => {
  let pair: PtyPair;
  let device: DeviceEnd;
  let scanner: SerialScanner | undefined;
  let seen: ScanRecorder;

  beforeEach(async () => {
    pair = await startPtyPair();
    device = await openPrinterEnd(pair.printerPath);
    seen = recordScanner();
  });
  afterEach(async () => {
    await scanner?.close();
    scanner = undefined;
    await device.close();
    await pair.stop();
  });

  async function start(eol: 'cr' | 'lf' | 'crlf', options: SerialScannerOptions = fast) {
    scanner = openSerialScanner(`serial://${pair.hostPath}?baud=9600&eol=${eol}`, seen, options);
    await seen.waitFor(stateReached('connected'), 'connected');
    expect(scanner.isConnected()).toBe(true);
  }

  it('reads a CR-only scanner, trimming and skipping empty lines', async () => {
    await start('cr');
    await send(device, 'A042\r', '\r  \r', ' https://lobby.example/status/abc \r');
    await seen.waitFor(scansReach(2), 'two scans');
    expect(seen.scans()).toEqual(['A042', 'https://lobby.example/status/abc']);
  });

  it('reads an LF scanner', async () => {
    await start('lf');
    await send(device, 'B7\n', 'C8\n');
    await seen.waitFor(scansReach(2), 'two scans');
    expect(seen.scans()).toEqual(['B7', 'C8']);
  });

  it('reads a CRLF scanner, also when the CR and LF arrive in separate writes', async () => {
    await start('crlf');
    await send(device, 'D1\r\n', 'D2\r', '\nD3\r\n');
    await seen.waitFor(scansReach(3), 'three scans');
    expect(seen.scans()).toEqual(['D1', 'D2', 'D3']);
  });

  it('keeps a CRLF scanner working when configured for CR', async () => {
    await start('cr');
    await send(device, 'E1\r\nE2\r\n');
    await seen.waitFor(scansReach(2), 'two scans');
    expect(seen.scans()).toEqual(['E1', 'E2']);
  });

  it('joins a line split across several writes', async () => {
    await start('cr');
    await send(device, 'https://lob', 'by.example/sta', 'tus/', 'Zx3_k9', '\r');
    await seen.waitFor(scansReach(1), 'one scan');
    expect(seen.scans()).toEqual(['https://lobby.example/status/Zx3_k9']);
  });

  it('splits several lines that arrive in one write, keeping a partial one for later', async () => {
    await start('lf');
    await send(device, 'F1\nF2\nF3\nF4-part');
    await seen.waitFor(scansReach(3), 'three scans');
    await send(device, 'ial\n');
    await seen.waitFor(scansReach(4), 'four scans');
    expect(seen.scans()).toEqual(['F1', 'F2', 'F3', 'F4-partial']);
  });

  it('drops a line longer than 512 bytes, reports it, and reads the next line', async () => {
    await start('cr');
    const long = 'x'.repeat(300);
    await send(device, long, long, long, '\rafter\r');
    await seen.waitFor(scansReach(1), 'the scan after the long line');
    expect(seen.events.slice(1)).toEqual([
      { state: 'line-dropped', path: pair.hostPath, reason: 'too-long', maxLineBytes: 512 },
      { scan: 'after' },
    ]);
  });

  it('drops an overlong line arriving whole in one write, and one whose CRLF end is split', async () => {
    await start('crlf', { ...fast, maxLineBytes: 16 });
    await send(device, `${'y'.repeat(40)}\r\nG1\r\n`);
    await seen.waitFor(scansReach(1), 'the first scan');
    await send(device, 'z'.repeat(20), 'z'.repeat(20), '\r', '\nG2\r\n');
    await seen.waitFor(scansReach(2), 'the second scan');
    expect(seen.events.slice(1).map((e) => ('scan' in e ? e.scan : e.state))).toEqual([
      'line-dropped',
      'G1',
      'line-dropped',
      'G2',
    ]);
  });

  it('close() leaves no open port and no timer', async () => {
    await start('cr', { ...fast, presenceCheckMs: 60_000 });
    const device = realpathSync(pair.hostPath);
    expect(openFdsOn(device)).toHaveLength(1);
    // With a minute between presence checks, the scanner's check timer is certainly pending now.
    const withCheckPending = timers();
    await scanner?.close();
    expect(openFdsOn(device)).toEqual([]);
    expect(timers()).toBe(withCheckPending - 1);
    expect(scanner?.isConnected()).toBe(false);
  });
});

describe('serial scanner unplug and replug', () => {
  let dir: string;
  let link: string;
  const pairs: PtyPair[] = [];
  const devices: DeviceEnd[] = [];
  let scanner: SerialScanner | undefined;

  /** Like socat's `link=` option: a fixed path pointing at the current pair's scanner-side pty. */
  async function plugIn(): Promise<DeviceEnd> {
    const pair = await plugInUnopened();
    const device = await openPrinterEnd(pair.printerPath);
    devices.push(device);
    return device;
  }

  /** Plugs in a pair whose device end nobody opens. */
  async function plugInUnopened(): Promise<PtyPair> {
    const pair = await startPtyPair();
    pairs.push(pair);
    await symlink(pair.hostPath, link);
    return pair;
  }

  /** Pulls the cable: the pty pair goes away and so does the link, as socat removes its `link=` on exit. */
  async function unplug(): Promise<void> {
    await devices.at(-1)?.close();
    await pairs.at(-1)?.stop();
    await unlink(link);
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scanner-'));
    link = join(dir, 'ttyScanner');
  });
  afterEach(async () => {
    await scanner?.close();
    scanner = undefined;
    for (const d of devices.splice(0)) await d.close();
    for (const p of pairs.splice(0)) await p.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('reports disconnected, reopens when the device is back, and scans flow again', async () => {
    const seen = recordScanner();
    const first = await plugIn();
    scanner = openSerialScanner(`serial://${link}?eol=cr`, seen, fast);
    await seen.waitFor(stateReached('connected'), 'connected');
    await send(first, 'ONE\r');
    await seen.waitFor(scansReach(1), 'the first scan');

    await unplug();
    await seen.waitFor(stateReached('disconnected'), 'disconnected');
    expect(scanner.isConnected()).toBe(false);

    const second = await plugIn();
    await seen.waitFor(stateReached('connected', 2), 'connected again');
    await send(second, 'TWO\r');
    await seen.waitFor(scansReach(2), 'the second scan');

    expect(seen.events.map((e) => ('scan' in e ? e.scan : e.state))).toEqual([
      'connected',
      'ONE',
      'disconnected',
      'connected',
      'TWO',
    ]);
    const down = seen.events.find((e) => 'state' in e && e.state === 'disconnected');
    expect(down).toMatchObject({ path: link, retryInMs: 20 });
  });

  it('notices a device that vanishes without a read error (a hung-up tty reads as end-of-file)', async () => {
    const seen = recordScanner();
    await plugInUnopened();
    scanner = openSerialScanner(`serial://${link}?eol=cr`, seen, fast);
    await seen.waitFor(stateReached('connected'), 'connected');
    await unplug();
    await seen.waitFor(stateReached('disconnected'), 'disconnected');
    // Usually the presence check notices first ('the device went away'); under load a read may fail first.
    expect(seen.events.at(-1)).toMatchObject({ state: 'disconnected', path: link });
    expect(scanner.isConnected()).toBe(false);
  });

  it('waits for a device that is absent at start', async () => {
    const seen = recordScanner();
    scanner = openSerialScanner(`serial://${link}?eol=cr`, seen, fast);
    await seen.waitFor(stateReached('disconnected'), 'disconnected');
    const device = await plugIn();
    await seen.waitFor(stateReached('connected'), 'connected');
    await send(device, 'LATE\r');
    await seen.waitFor(scansReach(1), 'the scan');
    expect(seen.states()).toEqual(['disconnected', 'connected']);
  });

  it('close() during the backoff wait cancels the pending retry', async () => {
    const seen = recordScanner();
    scanner = openSerialScanner(`serial://${link}`, seen, { ...fast, retryInitialMs: 60_000 });
    await seen.waitFor(stateReached('disconnected'), 'disconnected');
    // With a minute to wait, the scanner's retry timer is certainly pending now.
    const withRetryPending = timers();
    await scanner.close();
    expect(timers()).toBe(withRetryPending - 1);
    expect(seen.states()).toEqual(['disconnected']);
  });
});
