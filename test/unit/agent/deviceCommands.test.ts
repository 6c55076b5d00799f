// Device commands from the hub, run by the kiosk service against a scripted virtual printer: a test print, a
// reprint of a ticket it printed, clearing a fault; each command once, its result reported in a plain sentence.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notPrintedHere } from '../../../main/agent/deviceCommands.js';
import { createKioskService, type KioskService } from '../../../main/agent/kioskService.js';
import { loadCatalogs } from '../../../main/localesFromDisk.js';
import { openPrinter } from '../../../printers/printer.js';
import { startVirtualPrinter, type VirtualPrinter } from '../../fakes/virtualPrinter.js';
import { kioskVisit } from '../../support/kioskVisit.js';
import { type DeviceCareHub, deviceCareHub } from './deviceCareHub.js';
import { type InProcessHub, startInProcessHub } from './inProcessHub.js';

const catalogs = loadCatalogs();

describe('device commands run by the kiosk', () => {
  let hub: InProcessHub;
  let care: DeviceCareHub;
  let vp: VirtualPrinter;
  let kiosk: KioskService;

  beforeEach(async () => {
    hub = await startInProcessHub();
    care = deviceCareHub(hub.client);
    vp = await startVirtualPrinter();
    kiosk = createKioskService({
      hub: care.client,
      printer: openPrinter(vp.url, { connectTimeoutMs: 1000, statusTimeoutMs: 1000 }),
      catalogs,
      credential: hub.credential,
      // Polled only before jobs and on clearFault, so the test decides when the printer is looked at.
      printerHealth: { pollIntervalMs: 60_000, confirmDelayMs: 10 },
      instructions: { intervalMs: null },
    });
  });
  afterEach(async () => {
    await kiosk.close();
    await vp.close();
    await hub.close();
  });

  it('prints a test page for a testPrint command and reports "Printed"', async () => {
    const command = care.queue({ kind: 'testPrint' });
    await kiosk.pollInstructions();
    const job = await vp.nextJob();
    expect(job.text).toContain('Test print');
    expect(job.text).toContain('Unit test kiosk');
    expect(job.receipt.cuts).toBe(1);
    expect(care.results).toEqual([{ commandId: command.id, body: { ok: true, detail: 'Printed' } }]);
  });

  it('reprints the last printed ticket, and one by id, marked as a copy', async () => {
    const first = await kiosk.takeTicket(kioskVisit());
    const second = await kiosk.takeTicket(kioskVisit());
    expect((await vp.nextJob()).ticketNumber).toBe(first.ticket.number);
    expect((await vp.nextJob()).ticketNumber).toBe(second.ticket.number);

    care.queue({ kind: 'reprintTicket', ticketId: null });
    care.queue({ kind: 'reprintTicket', ticketId: first.ticket.id });
    await kiosk.pollInstructions();
    const lastAgain = await vp.nextJob();
    const firstAgain = await vp.nextJob();
    expect(lastAgain.ticketNumber).toBe(second.ticket.number);
    expect(firstAgain.ticketNumber).toBe(first.ticket.number);
    expect(firstAgain.text).toMatch(/COPY — reprinted \d\d:\d\d/);
    expect(firstAgain.receipt.qrCodes).toHaveLength(1);
    expect(care.results.map((r) => r.body)).toEqual([
      { ok: true, detail: 'Printed' },
      { ok: true, detail: 'Printed' },
    ]);
  });

  it('refuses to reprint a ticket it has not printed since it started', async () => {
    care.queue({ kind: 'reprintTicket', ticketId: randomUUID() });
    care.queue({ kind: 'reprintTicket', ticketId: null });
    await kiosk.pollInstructions();
    expect(care.results.map((r) => r.body)).toEqual([
      { ok: false, detail: notPrintedHere },
      { ok: false, detail: notPrintedHere },
    ]);
    expect(vp.jobs).toHaveLength(0);
  });

  it('says the paper is out, that clearing the fault did not help, then that the printer is ready', async () => {
    vp.setPaper('out');
    care.queue({ kind: 'testPrint' });
    care.queue({ kind: 'clearFault' });
    await kiosk.pollInstructions();
    expect(care.results.map((r) => r.body)).toEqual([
      { ok: false, detail: 'The printer is out of paper' },
      { ok: false, detail: 'Still out of paper' },
    ]);
    expect(vp.jobs).toHaveLength(0);

    vp.setPaper('ok');
    care.queue({ kind: 'clearFault' });
    await kiosk.pollInstructions();
    expect(care.results[2]?.body).toEqual({ ok: true, detail: 'Printer ready' });
    expect((await kiosk.getStatus({})).printer).toBe('ready');
  });

  it('runs a command once even when the hub hands it out again', async () => {
    care.handOutReportedAgain(true);
    care.queue({ kind: 'testPrint' });
    await kiosk.pollInstructions();
    await vp.nextJob();
    await kiosk.pollInstructions();
    await kiosk.pollInstructions();
    expect(care.instructionCalls()).toBe(3);
    expect(vp.jobs).toHaveLength(1);
    expect(care.results).toHaveLength(1);
  });

  it('reports a result the hub could not take on the next poll, without running the command again', async () => {
    care.queue({ kind: 'testPrint' });
    care.loseResults(1);
    await kiosk.pollInstructions();
    await vp.nextJob();
    expect(care.results).toHaveLength(0);
    await kiosk.pollInstructions();
    expect(care.results.map((r) => r.body)).toEqual([{ ok: true, detail: 'Printed' }]);
    expect(vp.jobs).toHaveLength(1);
  });

  it('treats a 401 on instructions like any refused call: the kiosk is disabled', async () => {
    care.setRefusing(true);
    await kiosk.pollInstructions();
    expect(hub.credential.state()).toBe('disabled');
  });
});
