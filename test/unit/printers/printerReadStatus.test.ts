// Printer.readStatus(): raw DLE EOT replies for the health machine, over TCP, file, USB class and "none".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoPrinterError, openPrinter, PrinterJobError } from '../../../printers/printer.js';
import { encodeTicket } from '../../../printers/ticketLayout.js';
import { startVirtualPrinter, type VirtualPrinter } from '../../fakes/virtualPrinter.js';
import { sampleTicket } from './sampleTicket.js';

describe('readStatus over TCP', () => {
  let vp: VirtualPrinter;

  beforeEach(async () => {
    vp = await startVirtualPrinter();
  });
  afterEach(async () => {
    await vp.close();
  });

  it('asks DLE EOT 1 and 4 of a healthy printer', async () => {
    const printer = openPrinter(vp.url);
    expect(await printer.readStatus()).toEqual({ 1: 0x12, 4: 0x12 });
    await printer.close();
  });

  it('asks 2 when offline and 3 when 2 reports an error', async () => {
    vp.setCutterError(true);
    const printer = openPrinter(vp.url);
    expect(await printer.readStatus()).toEqual({ 1: 0x1a, 4: 0x12, 2: 0x52, 3: 0x1a });
    await printer.close();
  });

  it('hands invalid bytes over as they came', async () => {
    vp.setStatusReply(4, 0x00);
    const printer = openPrinter(vp.url);
    expect(await printer.readStatus()).toEqual({ 1: 0x12, 4: 0x00 });
    await printer.close();
  });

  it('waits behind a job in the queue, so it never interleaves with print data', async () => {
    const printer = openPrinter(vp.url);
    const job = printer.print(encodeTicket(sampleTicket()));
    const status = printer.readStatus();
    await job;
    const queriesAfterJob = vp.statusQueries.length;
    await status;
    expect(vp.statusQueries.length).toBe(queriesAfterJob + 2);
    await printer.close();
  });

  it('rejects with PrinterJobError when the printer is unreachable', async () => {
    await vp.setUnreachable(true);
    const printer = openPrinter(vp.url, { connectTimeoutMs: 1000 });
    await expect(printer.readStatus()).rejects.toThrow(PrinterJobError);
    await printer.close();
  });
});

describe('readStatus without a status channel', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'read-status-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a file printer answers as a ready printer', async () => {
    const printer = openPrinter(`file://${join(dir, 'out.bin')}`);
    expect(await printer.readStatus()).toEqual({ 1: 0x12, 4: 0x12 });
    await printer.close();
  });

  it('a USB class printer whose device is missing is reported unreachable', async () => {
    const printer = openPrinter(`usb://${join(dir, 'lp9')}`);
    await expect(printer.readStatus()).rejects.toThrow(/not found or not writable/);
    await printer.close();
  });

  it('no printer rejects with NoPrinterError', async () => {
    await expect(openPrinter('none').readStatus()).rejects.toThrow(NoPrinterError);
  });
});
