// Tests the virtual printer's scripted states against raw clients and the product's own printer queue:
// paper low, paper out mid-job (data held, nothing lost), cover open, cutter error, unreachable, slow, bad bytes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openPrinter } from '../../../printers/printer.js';
import { decodeStatus } from '../../../printers/statusBits.js';
import { encodeTicket } from '../../../printers/ticketLayout.js';
import { startVirtualPrinter, type VirtualPrinter } from '../../fakes/virtualPrinter.js';
import { sampleTicket } from '../printers/sampleTicket.js';
import { askOnce, connect } from './rawClient.js';

const ticket = encodeTicket(sampleTicket());

describe('virtual printer scripted states', () => {
  let vp: VirtualPrinter;

  beforeEach(async () => {
    vp = await startVirtualPrinter();
  });
  afterEach(async () => {
    await vp.close();
  });

  it('paper low: reports near end and still prints', async () => {
    vp.setPaper('near-end');
    expect(decodeStatus(4, await askOnce(vp, 4))).toMatchObject({ nearEnd: true, end: false });
    const printer = openPrinter(vp.url);
    await printer.print(ticket);
    expect((await vp.nextJob()).ticketNumber).toBe('A042');
    await printer.close();
  });

  it('paper out mid-job: holds the rest like an Epson, then prints the whole ticket once refilled', async () => {
    vp.paperOutAfter(100);
    const socket = await connect(vp);
    socket.write(ticket);
    await vi.waitFor(() => expect(vp.bytesReceived()).toBe(ticket.length));
    expect(vp.jobs).toHaveLength(0);
    expect(vp.heldBytes()).toBeGreaterThan(0);
    expect(vp.heldBytes()).toBeLessThan(ticket.length - 100 + 1);
    expect(decodeStatus(4, await askOnce(vp, 4)).end).toBe(true);
    expect(decodeStatus(1, await askOnce(vp, 1)).offline).toBe(true);
    vp.setPaper('ok');
    const job = await vp.nextJob();
    expect(job.ticketNumber).toBe('A042');
    expect(Buffer.from(job.bytes).equals(Buffer.from(ticket))).toBe(true);
    expect(vp.heldBytes()).toBe(0);
    socket.destroy();
  });

  it('paper out mid-job: the printer queue reports the job as not printed', async () => {
    vp.paperOutAfter(50);
    const printer = openPrinter(vp.url, { jobTimeoutMs: 5000 });
    await expect(printer.print(ticket)).rejects.toThrow(/printing stopped: paper out/);
    expect(printer.state()).toBe('error');
    await printer.close();
  });

  it('cover open: offline with the cover bit, and a job is refused before any byte is sent', async () => {
    vp.setCover(true);
    expect(decodeStatus(2, await askOnce(vp, 2)).coverOpen).toBe(true);
    const printer = openPrinter(vp.url);
    await expect(printer.print(ticket)).rejects.toThrow(/not ready: cover open/);
    expect(vp.heldBytes()).toBe(0);
    expect(vp.statusQueries).toEqual(expect.arrayContaining([1, 4, 2]));
    await printer.close();
  });

  it('cutter error: DLE EOT 2 says error, DLE EOT 3 says cutter, and the job is refused', async () => {
    vp.setCutterError(true);
    expect(decodeStatus(2, await askOnce(vp, 2)).errorOccurred).toBe(true);
    expect(decodeStatus(3, await askOnce(vp, 3)).cutterError).toBe(true);
    const printer = openPrinter(vp.url);
    await expect(printer.print(ticket)).rejects.toThrow(/cutter error/);
    vp.setCutterError(false);
    await printer.print(ticket);
    expect((await vp.nextJob()).ticketNumber).toBe('A042');
    await printer.close();
  });

  it('unreachable: refuses connections on its port, then accepts them again', async () => {
    await vp.setUnreachable(true);
    await expect(connect(vp)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    const printer = openPrinter(vp.url);
    await expect(printer.print(ticket)).rejects.toThrow(/unreachable.*ECONNREFUSED/);
    await vp.setUnreachable(false);
    await printer.print(ticket);
    expect((await vp.nextJob()).ticketNumber).toBe('A042');
    await printer.close();
  });

  it('slow: reads at the throttled rate, so a job takes at least bytes / rate', async () => {
    const rate = 4000;
    vp.setThrottle(rate);
    const started = performance.now();
    const socket = await connect(vp);
    socket.write(ticket);
    const job = await vp.nextJob();
    const elapsed = performance.now() - started;
    expect(job.ticketNumber).toBe('A042');
    // One tick of slack: the first slice is read on the first tick.
    expect(elapsed).toBeGreaterThanOrEqual((ticket.length / rate) * 1000 - 25);
    socket.destroy();
  });

  it('slow: a printer queue job times out on a link slower than its timeout allows', async () => {
    vp.setThrottle(200);
    const printer = openPrinter(vp.url, { jobTimeoutMs: 300 });
    await expect(printer.print(ticket)).rejects.toThrow(/timed out after 300 ms/);
    await printer.close();
  });

  it('forced reply bytes: an invalid status byte makes the printer queue report a bad reply', async () => {
    vp.setStatusReply(1, 0x00);
    expect(await askOnce(vp, 1)).toBe(0x00);
    const printer = openPrinter(vp.url);
    await expect(printer.print(ticket)).rejects.toThrow(/bad status reply/);
    vp.setStatusReply(1, null);
    expect(await askOnce(vp, 1)).toBe(0x12);
    await printer.close();
  });
});
