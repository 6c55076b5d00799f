// A scanned ticket QR code through the kiosk service: a real socat pty pair plays the serial scanner, the hub
// answers the ticket's public status, and waitForScan hands the screen the result (or why there is none).
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TicketStatusView } from '../../../../machines/contracts/index.js';
import { createKioskService, type KioskService } from '../../../../main/agent/kioskService.js';
import type { ScannerStateReport } from '../../../../main/agent/scanner/serialScanner.js';
import { loadCatalogs } from '../../../../main/localesFromDisk.js';
import { openPrinter } from '../../../../printers/printer.js';
import { openPrinterEnd, type PtyPair, startPtyPair } from '../../../support/ptyPair.js';
import { type DeviceCareHub, deviceCareHub } from '../deviceCareHub.js';
import { type InProcessHub, startInProcessHub } from '../inProcessHub.js';

type DeviceEnd = Awaited<ReturnType<typeof openPrinterEnd>>;

const catalogs = loadCatalogs();
const status: TicketStatusView = {
  number: 'A007',
  serviceId: 'utility-bills',
  status: 'waiting',
  peopleAhead: 2,
  estimatedWait: { lowMinutes: 5, highMinutes: 15 },
  counterName: null,
};

async function send(device: DeviceEnd, line: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    device.port.write(Buffer.from(line, 'latin1'));
    device.port.drain((error) => (error ? reject(error) : resolve()));
  });
}

describe('kiosk scans over a real pty pair (socat)', () => {
  let hub: InProcessHub;
  let care: DeviceCareHub;
  let pair: PtyPair;
  let device: DeviceEnd;
  let kiosk: KioskService;
  let connected: Promise<void>;

  beforeEach(async () => {
    hub = await startInProcessHub();
    care = deviceCareHub(hub.client);
    pair = await startPtyPair();
    device = await openPrinterEnd(pair.printerPath);
    let onConnected = () => {};
    connected = new Promise((resolve) => {
      onConnected = resolve;
    });
    kiosk = createKioskService({
      hub: care.client,
      printer: openPrinter('none'),
      catalogs,
      credential: hub.credential,
      scans: {
        scanner: {
          uri: `serial://${pair.hostPath}?baud=9600&eol=cr`,
          options: { retryInitialMs: 20, retryMaxMs: 200, presenceCheckMs: 50 },
          onState: (report: ScannerStateReport) => {
            if (report.state === 'connected') onConnected();
          },
        },
        waitMs: 10_000,
      },
    });
    await connected;
  });
  afterEach(async () => {
    await kiosk.close();
    await device.close();
    await pair.stop();
    await hub.close();
  });

  it('answers a scanned status URL with the ticket status from the hub', async () => {
    const token = randomBytes(24).toString('base64url');
    care.statuses.set(token, status);
    const waiting = kiosk.waitForScan({ afterSeq: 0 });
    await send(device, `${hub.config.publicBaseUrl}/status/${token}\r`);
    expect(await waiting).toEqual({ scan: { kind: 'ticket', seq: 1, status } });
  });

  it('numbers each scan and says why one is not a ticket or not known', async () => {
    await send(device, 'https://elsewhere.example/status/abc\r');
    expect((await kiosk.waitForScan({ afterSeq: 0 })).scan).toEqual({
      kind: 'not-found',
      seq: 1,
      reason: 'not-a-ticket',
    });
    await send(device, `${randomBytes(24).toString('base64url')}\r`);
    expect((await kiosk.waitForScan({ afterSeq: 1 })).scan).toEqual({
      kind: 'not-found',
      seq: 2,
      reason: 'unknown-ticket',
    });
    care.setDown(true);
    await send(device, `${randomBytes(24).toString('base64url')}\r`);
    expect((await kiosk.waitForScan({ afterSeq: 2 })).scan).toEqual({
      kind: 'not-found',
      seq: 3,
      reason: 'hub-unreachable',
    });
  });

  it('ends a pending wait with no scan when the kiosk closes', async () => {
    const waiting = kiosk.waitForScan({ afterSeq: 0 });
    await kiosk.close();
    expect(await waiting).toEqual({ scan: null });
  });
});
