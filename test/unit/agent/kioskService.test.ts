// The kiosk service against a real in-process hub and real printer transports (a file, a refused TCP port).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HubUnreachableError, type TakeTicketInput } from '../../../machines/contracts/index.js';
import { createKioskService, type KioskService } from '../../../main/agent/kioskService.js';
import { loadCatalogs } from '../../../main/localesFromDisk.js';
import { openPrinter } from '../../../printers/printer.js';
import { decodeEscPos } from '../../fakes/escposDecoder.js';
import {
  type InProcessHub,
  offlineCredential,
  startInProcessHub,
  unreachableHubClient,
} from './inProcessHub.js';

const catalogs = loadCatalogs();

function visit(overrides: Partial<TakeTicketInput> = {}): TakeTicketInput {
  return {
    requestId: randomUUID(),
    serviceId: 'utility-bills',
    language: 'es',
    needs: { interpreter: null, accessibility: [] },
    ...overrides,
  };
}

describe('kiosk service', () => {
  let hub: InProcessHub;
  let dir: string;
  let service: KioskService | null;

  beforeEach(async () => {
    hub = await startInProcessHub();
    dir = mkdtempSync(join(tmpdir(), 'lobby311-kiosk-service-'));
    service = null;
  });
  afterEach(async () => {
    await service?.close();
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const withPrinter = (uri: string, now?: () => Date) => {
    service = createKioskService({
      hub: hub.client,
      printer: openPrinter(uri),
      catalogs,
      credential: hub.credential,
      now,
    });
    return service;
  };
  const printedReceipt = (file: string) => decodeEscPos(new Uint8Array(readFileSync(file)));

  it('issues a ticket and prints it in the visitor language with the status QR code and one cut', async () => {
    const out = join(dir, 'tickets.bin');
    const result = await withPrinter(`file://${out}`).takeTicket(visit());
    expect(result.print).toEqual({ ok: true });
    expect(result.ticket.number).toMatch(/^A\d{3}$/);
    const receipt = printedReceipt(out);
    const text = receipt.lines.map((l) => l.text).join('\n');
    expect(text).toContain(result.ticket.number);
    expect(text).toContain('No hay nadie delante de usted');
    const [qr] = receipt.qrCodes;
    expect(qr).toMatch(new RegExp(`^${hub.config.publicBaseUrl}/status/[A-Za-z0-9_-]{22,64}$`));
    expect(qr).not.toContain(result.ticket.id);
    expect(receipt.cuts).toBe(1);
  });

  it('returns the same ticket for a retry with the same requestId and does not print it twice', async () => {
    const out = join(dir, 'tickets.bin');
    const kiosk = withPrinter(`file://${out}`);
    const input = visit();
    const first = await kiosk.takeTicket(input);
    const retry = await kiosk.takeTicket(input);
    expect(retry.ticket.id).toBe(first.ticket.id);
    expect(retry.ticket.number).toBe(first.ticket.number);
    expect(retry.print).toEqual({ ok: true });
    expect(printedReceipt(out).cuts).toBe(1);
  });

  it('shares one hub call and one print between two simultaneous calls with the same requestId', async () => {
    const out = join(dir, 'tickets.bin');
    const kiosk = withPrinter(`file://${out}`);
    const input = visit();
    const [a, b] = await Promise.all([kiosk.takeTicket(input), kiosk.takeTicket(input)]);
    expect(a.ticket.number).toBe(b.ticket.number);
    expect(hub.requests.get('/api/tickets')).toBe(1);
    expect(printedReceipt(out).cuts).toBe(1);
  });

  it('still issues the ticket when no printer is configured', async () => {
    const result = await withPrinter('none').takeTicket(visit());
    expect(result.ticket.status).toBe('waiting');
    expect(result.print).toEqual({ ok: false, reason: 'no-printer' });
  });

  it('still issues the ticket when the printer fails, and prints it on a retry once the printer works', async () => {
    const missingFolder = join(dir, 'not-yet', 'tickets.bin');
    const input = visit();
    const failed = await withPrinter(`file://${missingFolder}`).takeTicket(input);
    expect(failed.print).toEqual({ ok: false, reason: 'printer-error' });
    await service?.close();
    const out = join(dir, 'tickets.bin');
    const retried = await withPrinter(`file://${out}`).takeTicket(input);
    expect(retried.ticket.number).toBe(failed.ticket.number);
    expect(retried.print).toEqual({ ok: true });
    expect(printedReceipt(out).cuts).toBe(1);
  });

  it('counts the people ahead in the same queue', async () => {
    const kiosk = withPrinter('none');
    await kiosk.takeTicket(visit());
    const second = await kiosk.takeTicket(visit({ language: 'en' }));
    expect(second.peopleAhead).toBe(1);
  });

  it('rejects a ticket for an unknown service with the hub error', async () => {
    await expect(
      withPrinter('none').takeTicket(visit({ serviceId: 'no-such-service' })),
    ).rejects.toMatchObject({
      code: 'unknown-service',
    });
  });

  it('gives the setup with the site from the hub, and fetches the site again only after it is stale', async () => {
    let clock = Date.parse('2026-11-26T18:00:00Z');
    const kiosk = withPrinter('none', () => new Date(clock));
    const setup = await kiosk.getSetup({});
    expect(setup).toEqual({ deviceId: hub.credential.deviceId, site: hub.config });
    await kiosk.getSetup({});
    expect(hub.requests.get('/api/site')).toBe(1);
    clock += 6 * 60_000;
    await kiosk.getSetup({});
    expect(hub.requests.get('/api/site')).toBe(2);
  });

  it('reports the hub online and no printer', async () => {
    expect(await withPrinter('none').getStatus({})).toEqual({
      hub: 'online',
      printer: 'none',
      device: 'enrolled',
      printerHealth: null,
      outOfService: null,
      otherKiosks: [],
      connectivity: null,
    });
  });

  it('reports the hub offline and the printer in error when neither answers', async () => {
    service = createKioskService({
      hub: unreachableHubClient(),
      printer: openPrinter('tcp://127.0.0.1:9', { jobTimeoutMs: 2_000 }),
      catalogs,
      credential: offlineCredential(),
    });
    expect(await service.getStatus({})).toEqual({
      hub: 'offline',
      printer: 'error',
      device: 'enrolled',
      printerHealth: null,
      outOfService: null,
      otherKiosks: [],
      connectivity: null,
    });
    await expect(service.getSetup({})).rejects.toBeInstanceOf(HubUnreachableError);
  });
});
