// Tests the virtual printer: status replies, jobs per cut, saved files, held data and faults.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeStatus } from '../../../printers/statusBits.js';
import { encodeTicket } from '../../../printers/ticketLayout.js';
import { startVirtualPrinter, type VirtualPrinter } from '../../fakes/virtualPrinter.js';
import { sampleTicket } from '../printers/sampleTicket.js';

/** A raw client connection, like a POS application would open to port 9100. */
async function connect(vp: VirtualPrinter): Promise<Socket> {
  const socket = new Socket();
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.connect(vp.port, '127.0.0.1', resolve);
  });
  return socket;
}

/** Sends DLE EOT n and resolves the printer's one-byte reply. */
function ask(socket: Socket, n: 1 | 2 | 3 | 4): Promise<number> {
  return new Promise((resolve) => {
    socket.once('data', (data: Buffer) => resolve(data[0]!));
    socket.write(Uint8Array.of(0x10, 0x04, n));
  });
}

describe('startVirtualPrinter', () => {
  let vp: VirtualPrinter;
  let socket: Socket;
  let outDir: string;

  beforeEach(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'vp-'));
    vp = await startVirtualPrinter({ outDir });
    socket = await connect(vp);
  });
  afterEach(async () => {
    socket.destroy();
    await vp.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('listens on a free port and gives its tcp URL', () => {
    expect(vp.port).toBeGreaterThan(0);
    expect(vp.url).toBe(`tcp://127.0.0.1:${vp.port}`);
  });

  it('answers DLE EOT 1-4 with valid status bytes for each scripted state', async () => {
    expect([await ask(socket, 1), await ask(socket, 2), await ask(socket, 3), await ask(socket, 4)]).toEqual([
      0x12, 0x12, 0x12, 0x12,
    ]);
    vp.setPaper('near-end');
    expect(decodeStatus(4, await ask(socket, 4))).toMatchObject({ nearEnd: true, end: false });
    expect(decodeStatus(1, await ask(socket, 1)).offline).toBe(false);
    vp.setPaper('out');
    expect(decodeStatus(4, await ask(socket, 4))).toMatchObject({ nearEnd: true, end: true });
    expect(decodeStatus(1, await ask(socket, 1)).offline).toBe(true);
    expect(decodeStatus(2, await ask(socket, 2))).toMatchObject({
      stoppedByPaperEnd: true,
      coverOpen: false,
    });
    vp.setPaper('ok');
    vp.setCover(true);
    expect(decodeStatus(2, await ask(socket, 2))).toMatchObject({
      coverOpen: true,
      stoppedByPaperEnd: false,
    });
    vp.setCover(false);
    vp.setOffline(true);
    expect(decodeStatus(1, await ask(socket, 1)).offline).toBe(true);
  });

  it('records a job at each cut and saves its bytes and text named by ticket number', async () => {
    const bytes = encodeTicket(sampleTicket());
    socket.write(bytes);
    const job = await vp.nextJob();
    expect(job.index).toBe(1);
    expect(job.ticketNumber).toBe('A042');
    expect(job.text).toMatch(/\[\dx\d\] A042/);
    expect(readFileSync(join(outDir, 'job-0001-A042.bin')).equals(Buffer.from(bytes))).toBe(true);
    expect(readFileSync(join(outDir, 'job-0001-A042.txt'), 'utf8')).toBe(job.text);
  });

  it('splits two tickets sent on one connection into two jobs', async () => {
    socket.write(
      Buffer.concat([encodeTicket(sampleTicket()), encodeTicket(sampleTicket({ ticketNumber: 'B7' }))]),
    );
    const first = await vp.nextJob();
    const second = await vp.nextJob();
    expect([first.ticketNumber, second.ticketNumber]).toEqual(['A042', 'B7']);
    expect(existsSync(join(outDir, 'job-0002-B7.txt'))).toBe(true);
  });

  it('holds print data while the paper is out, still answers status, and prints once paper is loaded', async () => {
    vp.setPaper('out');
    const bytes = encodeTicket(sampleTicket());
    socket.write(bytes);
    expect(decodeStatus(4, await ask(socket, 4)).end).toBe(true);
    expect(vp.heldBytes()).toBe(bytes.length);
    expect(vp.jobs).toEqual([]);
    vp.setPaper('ok');
    expect((await vp.nextJob()).ticketNumber).toBe('A042');
    expect(vp.heldBytes()).toBe(0);
  });

  it('keeps partial data across a dropped connection, like a real receive buffer', async () => {
    const bytes = encodeTicket(sampleTicket());
    const half = Math.floor(bytes.length / 2);
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.write(bytes.slice(0, half));
    expect(decodeStatus(1, await ask(socket, 1)).offline).toBe(false);
    vp.dropConnections();
    await closed;
    const again = await connect(vp);
    again.write(bytes.slice(half));
    const job = await vp.nextJob();
    again.destroy();
    expect(Buffer.from(job.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('reports malformed bytes and rejects a waiting nextJob()', async () => {
    const next = vp.nextJob();
    socket.write(Uint8Array.of(0x1b, 0x34, 0x01));
    await expect(next).rejects.toThrow(/ESC 4 \(italic\)/);
    // Like a printer, it then resynchronises byte by byte, so the stray 0x01 after "4" is reported too.
    expect(vp.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/ESC 4 \(italic\)/),
      expect.stringMatching(/unknown control byte 0x01/),
    ]);
  });
});
