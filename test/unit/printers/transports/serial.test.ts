// Tests the serial transport and a serial printer over a real socat pty pair.
import type { SerialPort } from 'serialport';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPrinter } from '../../../../printers/printer.js';
import { encodeTicket } from '../../../../printers/ticketLayout.js';
import { createSerialTransport } from '../../../../printers/transports/serial.js';
import { type EscPosCommand, readCommand } from '../../../fakes/escposCommands.js';
import { decodeEscPos } from '../../../fakes/escposDecoder.js';
import { openPrinterEnd, type PtyPair, startPtyPair } from '../../../support/ptyPair.js';
import { sampleTicket } from '../sampleTicket.js';

describe('serial transport over a real pty pair (socat)', () => {
  let pair: PtyPair;
  beforeEach(async () => {
    pair = await startPtyPair();
  });
  afterEach(async () => {
    await pair.stop();
  });

  it('delivers a ticket byte for byte', async () => {
    const printerEnd = await openPrinterEnd(pair.printerPath);
    const transport = createSerialTransport({ path: pair.hostPath, baudRate: 19200 });
    const bytes = encodeTicket(sampleTicket());
    await transport.write(bytes);
    const got = await printerEnd.received(bytes.length);
    await transport.close();
    await printerEnd.close();
    expect(got.equals(Buffer.from(bytes))).toBe(true);
    expect(decodeEscPos(got).lines.some((l) => l.text === 'A042')).toBe(true);
  });

  it('sends DLE EOT n and resolves the reply byte, or times out', async () => {
    const printerEnd = await openPrinterEnd(pair.printerPath, (chunk, port) => {
      if (chunk[0] === 0x10 && chunk[1] === 0x04 && chunk[2] === 4) port.write(Uint8Array.of(0x7e));
    });
    const transport = createSerialTransport({ path: pair.hostPath, baudRate: 9600 });
    expect(await transport.query?.(4, 2000)).toBe(0x7e);
    await expect(transport.query?.(1, 200)).rejects.toThrow(/no status reply within 200 ms/);
    await transport.close();
    await printerEnd.close();
  });

  it('prints through openPrinter(serial://…), checking status before and after the job', async () => {
    const printerEnd = await openPrinterEnd(pair.printerPath, answerStatus({}));
    const printer = openPrinter(`serial://${pair.hostPath}?baud=19200`, { jobTimeoutMs: 5000 });
    const bytes = encodeTicket(sampleTicket({ ticketNumber: 'S12' }));
    await printer.print(bytes);
    expect(printer.state()).toBe('ready');
    // Two status queries (DLE EOT 1 and 4, 3 bytes each) before the ticket and two after it.
    const got = await printerEnd.received(bytes.length + 12);
    await printer.close();
    await printerEnd.close();
    const receipt = decodeEscPos(got);
    const names = receipt.commands.map((c) => c.name);
    expect([...names.slice(0, 2), ...names.slice(-2)]).toEqual(['DLE EOT', 'DLE EOT', 'DLE EOT', 'DLE EOT']);
    expect(got.subarray(6, 6 + bytes.length).equals(Buffer.from(bytes))).toBe(true);
    expect(receipt.lines.some((l) => l.text === 'S12')).toBe(true);
  });

  it('reports paper out from the serial printer and does not send the job', async () => {
    const printerEnd = await openPrinterEnd(pair.printerPath, answerStatus({ 1: 0x1a, 2: 0x32, 4: 0x7e }));
    const printer = openPrinter(`serial://${pair.hostPath}`, { jobTimeoutMs: 5000 });
    await expect(printer.print(encodeTicket(sampleTicket()))).rejects.toThrow(
      /^printer not ready: paper out$/,
    );
    expect(await printer.checkStatus()).toBe('error');
    await printer.close();
    await printerEnd.close();
  });
});

/** A printer-side handler answering each DLE EOT n with replies[n], or 0x12 (all clear). */
function answerStatus(replies: Record<number, number>) {
  let buffer = Buffer.alloc(0);
  let offset = 0;
  return (chunk: Buffer, port: SerialPort) => {
    buffer = Buffer.concat([buffer, chunk]);
    while (offset < buffer.length) {
      let command: EscPosCommand;
      try {
        command = readCommand(buffer, offset);
      } catch {
        return; // an incomplete command: wait for the rest
      }
      offset += command.length;
      if (command.name === 'DLE EOT') port.write(Uint8Array.of(replies[command.params[0]!] ?? 0x12));
    }
  };
}
