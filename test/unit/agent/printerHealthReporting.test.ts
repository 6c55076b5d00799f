import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrinterHealth, PrinterHealthState } from '../../../machines/contracts/index.js';
import { createKioskService, type KioskService } from '../../../main/agent/kioskService.js';
import { loadCatalogs } from '../../../main/localesFromDisk.js';
import { openPrinter } from '../../../printers/printer.js';
import { startVirtualPrinter, type VirtualPrinter } from '../../fakes/virtualPrinter.js';
import { kioskVisit } from '../../support/kioskVisit.js';
import { type InProcessHub, startInProcessHub } from './inProcessHub.js';

const catalogs = loadCatalogs();

describe('kiosk agent printer health', () => {
  let hub: InProcessHub;
  let vp: VirtualPrinter;
  let service: KioskService | null;

  beforeEach(async () => {
    hub = await startInProcessHub();
    vp = await startVirtualPrinter();
    service = null;
  });
  afterEach(async () => {
    await service?.close();
    await vp.close();
    await hub.close();
  });

  /** The agent's service with quick polls and retries, so that changes show up without waiting minutes. */
  function startAgent(): KioskService {
    service = createKioskService({
      hub: hub.client,
      printer: openPrinter(vp.url, { connectTimeoutMs: 1000, statusTimeoutMs: 1000 }),
      catalogs,
      credential: hub.credential,
      printerHealth: { pollIntervalMs: 50, confirmDelayMs: 50, retryFirstMs: 20, retryMaxMs: 100 },
    });
    return service;
  }
  const reached = (state: PrinterHealthState) =>
    hub.healthReported((r) => r.status === 200 && r.printer.state === state);
  const kioskHealth = async () =>
    (await hub.listDevices()).find((d) => d.id === hub.credential.deviceId)?.health ?? null;
  const watchedState = async (kiosk: KioskService) => (await kiosk.getStatus({})).printerHealth?.state;

  it('reports ready at start, then paper low, which reaches the hub device list; a ticket still prints', async () => {
    const kiosk = startAgent();
    await reached('ready');
    vp.setPaper('near-end');
    await reached('paperLow');
    const health = await kioskHealth();
    expect(health?.printer).toMatchObject({ state: 'paperLow', canPrint: true, fault: 'paper-low' });
    expect(health?.printer.lastGoodAt).not.toBeNull();
    const result = await kiosk.takeTicket(kioskVisit());
    expect(result.print).toEqual({ ok: true });
    expect((await vp.nextJob()).ticketNumber).toBe(result.ticket.number);
  });

  it('does not send a job while the paper is out, still issues the ticket, and reports recovery', async () => {
    const kiosk = startAgent();
    await reached('ready');
    vp.setPaper('out');
    await reached('paperOut');
    const result = await kiosk.takeTicket(kioskVisit());
    expect(result.ticket.number).toMatch(/^A\d{3}$/);
    expect(result.print).toEqual({ ok: false, reason: 'printer-error' });
    expect(vp.jobs).toHaveLength(0);
    expect(vp.heldBytes()).toBe(0);
    expect((await kiosk.getStatus({})).printerHealth).toMatchObject({ state: 'paperOut', canPrint: false });
    expect((await kioskHealth())?.printer).toMatchObject({ state: 'paperOut', fault: 'paper-out' });

    vp.setPaper('ok');
    const paperOutAt = hub.healthReports.findIndex((r) => r.printer.state === 'paperOut');
    await hub.healthReported((r) => r.printer.state === 'ready' && hub.healthReports.indexOf(r) > paperOutAt);
    expect((await kioskHealth())?.printer).toMatchObject({ state: 'ready', canPrint: true, fault: null });
    const again = await kiosk.takeTicket(kioskVisit());
    expect(again.print).toEqual({ ok: true });
    expect((await vp.nextJob()).ticketNumber).toBe(again.ticket.number);
  });

  it('records a job that ran out of paper half way as paper out', async () => {
    const kiosk = startAgent();
    await reached('ready');
    vp.paperOutAfter(10);
    const result = await kiosk.takeTicket(kioskVisit());
    expect(result.print).toEqual({ ok: false, reason: 'printer-error' });
    await reached('paperOut');
    expect(await watchedState(kiosk)).toBe('paperOut');
  });

  it('delivers only the latest state once a hub that was down is back', async () => {
    const kiosk = startAgent();
    await reached('ready');
    hub.setDown(true);
    const answeredBefore = hub.healthReports.length;
    vp.setCover(true);
    await vi.waitFor(async () => expect(await watchedState(kiosk)).toBe('coverOpen'), { timeout: 5000 });
    vp.setCover(false);
    vp.setPaper('near-end');
    await vi.waitFor(async () => expect(await watchedState(kiosk)).toBe('paperLow'), { timeout: 5000 });
    expect(hub.healthReports).toHaveLength(answeredBefore);
    hub.setDown(false);
    await reached('paperLow');
    const afterDown = hub.healthReports.slice(answeredBefore).map((r) => r.printer.state);
    expect(afterDown[0]).toBe('paperLow');
    expect(afterDown).not.toContain('coverOpen');
    expect((await kioskHealth())?.printer.state).toBe('paperLow');
  });

  it('is refused by the hub once the kiosk is disabled; the hub keeps the last report', async () => {
    const kiosk = startAgent();
    await reached('ready');
    hub.disableKiosk();
    vp.setPaper('near-end');
    const refused = await hub.healthReported((r) => r.printer.state === 'paperLow');
    expect(refused.state).toBe('paperLow');
    expect(hub.healthReports.find((r) => r.printer.state === 'paperLow')?.status).toBe(401);
    expect((await kiosk.getStatus({})).device).toBe('disabled');
    expect((await kioskHealth())?.printer.state).toBe('ready');
  });

  it('answers state none and reports it when no printer is configured', async () => {
    service = createKioskService({
      hub: hub.client,
      printer: openPrinter('none'),
      catalogs,
      credential: hub.credential,
      printerHealth: {},
    });
    const none: PrinterHealth = await reached('none');
    expect(none).toMatchObject({ canPrint: false, fault: null, lastGoodAt: null });
    expect((await service.takeTicket(kioskVisit())).print).toEqual({ ok: false, reason: 'no-printer' });
  });

  it('stops its polls, retries and heartbeat on close', async () => {
    // Timers created from here on are counted (they still run in real time).
    vi.useFakeTimers({
      shouldAdvanceTime: true,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    });
    try {
      const kiosk = startAgent();
      await reached('ready');
      hub.setDown(true);
      vp.setPaper('near-end');
      await vi.waitFor(async () => expect(await watchedState(kiosk)).toBe('paperLow'), { timeout: 5000 });
      expect(vi.getTimerCount()).toBeGreaterThan(0);
      await kiosk.close();
      service = null;
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
