// Tests openPrinter: TCP jobs against the virtual printer (queueing, status, faults), none and bad URIs.
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoPrinterError, openPrinter, type Printer, PrinterJobError } from '../../../printers/printer.js';
import { PrinterUriError } from '../../../printers/printerUri.js';
import { encodeTicket } from '../../../printers/ticketLayout.js';
import { decodeEscPos } from '../../fakes/escposDecoder.js';
import { startVirtualPrinter, type VirtualPrinter } from '../../fakes/virtualPrinter.js';
import { sampleTicket } from './sampleTicket.js';

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('openPrinter over TCP against the virtual printer', () => {
  let vp: VirtualPrinter;
  let printer: Printer;

  beforeEach(async () => {
    vp = await startVirtualPrinter();
    printer = openPrinter(vp.url, { jobTimeoutMs: 5000 });
  });
  afterEach(async () => {
    await printer.close();
    await vp.close();
  });

  it('prints a ticket the strict decoder reads back', async () => {
    await printer.print(encodeTicket(sampleTicket()));
    const job = await vp.nextJob();
    expect(job.ticketNumber).toBe('A042');
    expect(job.receipt.cuts).toBe(1);
    expect(printer.state()).toBe('ready');
    expect(vp.errors).toEqual([]);
  });

  it('queues concurrent print() calls so jobs never interleave', async () => {
    const numbers = ['A001', 'B002', 'C003', 'D004', 'E005', 'F006'];
    const tickets = numbers.map((ticketNumber) => encodeTicket(sampleTicket({ ticketNumber })));
    await Promise.all(tickets.map((bytes) => printer.print(bytes)));
    expect(vp.jobs.map((job) => job.ticketNumber)).toEqual(numbers);
    vp.jobs.forEach((job, i) => {
      expect(Buffer.from(job.bytes).equals(Buffer.from(tickets[i]!))).toBe(true);
      expect(decodeEscPos(job.bytes).cuts).toBe(1);
    });
  });

  it('maps paper out, cover open and offline to error, and back to ready', async () => {
    expect(await printer.checkStatus()).toBe('ready');
    vp.setPaper('near-end');
    expect(await printer.checkStatus()).toBe('ready');
    vp.setPaper('out');
    expect(await printer.checkStatus()).toBe('error');
    expect(printer.state()).toBe('error');
    vp.setPaper('ok');
    expect(await printer.checkStatus()).toBe('ready');
    vp.setCover(true);
    expect(await printer.checkStatus()).toBe('error');
    vp.setCover(false);
    vp.setOffline(true);
    expect(await printer.checkStatus()).toBe('error');
    vp.setOffline(false);
    expect(await printer.checkStatus()).toBe('ready');
  });

  it('refuses a job while the paper is out, saying why, and sends nothing', async () => {
    vp.setPaper('out');
    await expect(printer.print(encodeTicket(sampleTicket()))).rejects.toThrow(/paper out/);
    await expect(printer.print(encodeTicket(sampleTicket()))).rejects.toBeInstanceOf(PrinterJobError);
    expect(vp.heldBytes()).toBe(0);
    vp.setPaper('ok');
    await printer.print(encodeTicket(sampleTicket({ ticketNumber: 'A043' })));
    expect(vp.jobs.map((j) => j.ticketNumber)).toEqual(['A043']);
  });

  it('refuses a job while the cover is open', async () => {
    vp.setCover(true);
    await expect(printer.print(encodeTicket(sampleTicket()))).rejects.toThrow(/cover open/);
  });

  it('prints again after the printer drops its connections', async () => {
    await printer.print(encodeTicket(sampleTicket({ ticketNumber: 'A001' })));
    vp.dropConnections();
    await printer.print(encodeTicket(sampleTicket({ ticketNumber: 'A002' })));
    expect(vp.jobs.map((j) => j.ticketNumber)).toEqual(['A001', 'A002']);
  });
});

describe('openPrinter failures', () => {
  const servers: Server[] = [];
  const sockets: Socket[] = [];
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.destroy();
    await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
  });

  it('fails fast with "printer unreachable" when nothing listens on the port', async () => {
    const printer = openPrinter(`tcp://127.0.0.1:${await closedPort()}`);
    const started = Date.now();
    const error = await printer.print(encodeTicket(sampleTicket())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrinterJobError);
    expect((error as Error).message).toMatch(/printer unreachable at 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(printer.state()).toBe('error');
    expect(await printer.checkStatus()).toBe('error');
  });

  it('times a job out when the printer accepts the connection but never answers', async () => {
    const server = createServer((socket) => sockets.push(socket));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const printer = openPrinter(`tcp://127.0.0.1:${port}`, { jobTimeoutMs: 300 });
    const first = printer.print(encodeTicket(sampleTicket()));
    const second = printer.print(encodeTicket(sampleTicket()));
    await expect(first).rejects.toThrow(/print job timed out after 300 ms/);
    await expect(second).rejects.toBeInstanceOf(PrinterJobError);
  });

  it('rejects every job with NoPrinterError when the URI is none', async () => {
    const printer = openPrinter('none');
    expect(printer.state()).toBe('none');
    await expect(printer.print(Uint8Array.of(0x0a))).rejects.toBeInstanceOf(NoPrinterError);
    expect(await printer.checkStatus()).toBe('none');
  });

  it('throws PrinterUriError for a URI it cannot use', () => {
    expect(() => openPrinter('lpt1')).toThrow(PrinterUriError);
  });
});
