// Tests the file and USB transports, with a temp file standing in for /dev/usb/lp0.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPrinter, PrinterJobError } from '../../../../printers/printer.js';
import { encodeTicket } from '../../../../printers/ticketLayout.js';
import { createFileTransport } from '../../../../printers/transports/file.js';
import { createUsbTransport } from '../../../../printers/transports/usb.js';
import { decodeEscPos } from '../../../fakes/escposDecoder.js';
import { sampleTicket } from '../sampleTicket.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'printer-out-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('file transport', () => {
  it('appends each job to the file, creating it', async () => {
    const path = join(dir, 'out.bin');
    const transport = createFileTransport(path);
    await transport.write(Uint8Array.of(1, 2));
    await transport.write(Uint8Array.of(3));
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
  });

  it('prints two tickets through openPrinter(file://…) that decode as two cut jobs', async () => {
    const path = join(dir, 'tickets.bin');
    const printer = openPrinter(`file://${path}`);
    await printer.print(encodeTicket(sampleTicket({ ticketNumber: 'A1' })));
    await printer.print(encodeTicket(sampleTicket({ ticketNumber: 'A2' })));
    const receipt = decodeEscPos(readFileSync(path));
    expect(receipt.cuts).toBe(2);
    expect(receipt.lines.filter((l) => /^A\d$/.test(l.text)).map((l) => l.text)).toEqual(['A1', 'A2']);
  });

  it('fails with a clear reason when the directory does not exist', async () => {
    const printer = openPrinter(`file://${join(dir, 'missing', 'out.bin')}`);
    await expect(printer.print(Uint8Array.of(0x0a))).rejects.toThrow(
      /cannot append to printer file .* \(ENOENT\)/,
    );
  });
});

describe('usb transport (a temp file stands in for /dev/usb/lp0)', () => {
  it('writes jobs to the existing device file in order', async () => {
    const device = join(dir, 'lp0');
    writeFileSync(device, '');
    const transport = createUsbTransport(device);
    const ticket = encodeTicket(sampleTicket());
    await transport.write(ticket);
    await transport.write(Uint8Array.of(0x0a));
    expect(readFileSync(device).equals(Buffer.concat([ticket, Uint8Array.of(0x0a)]))).toBe(true);
  });

  it('never creates the device: a missing device is "not found", with state error', async () => {
    const printer = openPrinter(`usb://${join(dir, 'lp9')}`);
    const error = await printer.print(Uint8Array.of(0x0a)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrinterJobError);
    expect((error as Error).message).toMatch(/not found/);
    expect(await printer.checkStatus()).toBe('error');
    expect(() => readFileSync(join(dir, 'lp9'))).toThrow(/ENOENT/);
  });

  it('reports ready once the device exists', async () => {
    const device = join(dir, 'lp0');
    writeFileSync(device, '');
    const printer = openPrinter(`usb://${device}`);
    expect(await printer.checkStatus()).toBe('ready');
    await printer.print(Uint8Array.of(0x0a));
    expect([...readFileSync(device)]).toEqual([0x0a]);
  });
});
