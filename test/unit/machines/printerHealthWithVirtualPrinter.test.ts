// Printer health driven end to end: the real printer queue's readStatus() polls the fake TCP printer.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Actor, createActor, fromPromise, waitFor } from 'xstate';
import { readingFromReplies, type StatusReading } from '../../../machines/printerHealth/statusReading.js';
import {
  type PrinterHealthMachine,
  type PrinterHealthState,
  printerHealthMachine,
  printerHealthOf,
} from '../../../machines/printerHealth.js';
import { openPrinter, type Printer } from '../../../printers/printer.js';
import { startVirtualPrinter, type VirtualPrinter } from '../../fakes/virtualPrinter.js';

describe('printer health polling a virtual printer', () => {
  let vp: VirtualPrinter;
  let printer: Printer;
  let actor: Actor<PrinterHealthMachine>;

  beforeEach(async () => {
    vp = await startVirtualPrinter();
    printer = openPrinter(vp.url, { connectTimeoutMs: 1000, statusTimeoutMs: 1000 });
    const machine = printerHealthMachine.provide({
      actors: {
        pollStatus: fromPromise<StatusReading, void>(async () =>
          readingFromReplies(await printer.readStatus()),
        ),
      },
    });
    // Long delays: every poll in these tests is asked for explicitly, so nothing depends on timing.
    actor = createActor(machine, {
      input: { now: () => new Date().toISOString(), pollIntervalMs: 600_000, confirmDelayMs: 600_000 },
    }).start();
  });
  afterEach(async () => {
    actor.stop();
    await printer.close();
    await vp.close();
  });

  /** Asks for a poll and waits until its reading has been handled. */
  async function poll(): Promise<PrinterHealthState> {
    await waitFor(actor, (s) => s.matches({ poller: 'waiting' }), { timeout: 5000 });
    actor.send({ type: 'poll.requested' });
    expect(actor.getSnapshot().matches({ poller: 'polling' })).toBe(true);
    await waitFor(actor, (s) => s.matches({ poller: 'waiting' }), { timeout: 5000 });
    return printerHealthOf(actor.getSnapshot()).state;
  }

  it('is ready after the start-up poll against a healthy printer', async () => {
    await waitFor(actor, (s) => printerHealthOf(s).state === 'ready', { timeout: 5000 });
    expect(vp.statusQueries.slice(0, 2)).toEqual([1, 4]);
  });

  it('follows the printer through paper low, cover open and back', async () => {
    await waitFor(actor, (s) => printerHealthOf(s).state === 'ready', { timeout: 5000 });
    vp.setPaper('near-end');
    expect(await poll()).toBe('paperLow');
    expect(printerHealthOf(actor.getSnapshot()).canPrint).toBe(true);
    vp.setPaper('ok');
    vp.setCover(true);
    expect(await poll()).toBe('coverOpen');
    expect(printerHealthOf(actor.getSnapshot())).toMatchObject({ canPrint: false, fault: 'cover-open' });
    vp.setCover(false);
    expect(await poll()).toBe('recovering');
    expect(await poll()).toBe('ready');
  });

  it('reads a cutter jam through DLE EOT 3', async () => {
    await waitFor(actor, (s) => printerHealthOf(s).state === 'ready', { timeout: 5000 });
    vp.setCutterError(true);
    expect(await poll()).toBe('cutterError');
    expect(vp.statusQueries.slice(-4)).toEqual([1, 4, 2, 3]);
  });

  it('goes offline (unreachable) when the printer refuses connections, and recovers when it is back', async () => {
    await waitFor(actor, (s) => printerHealthOf(s).state === 'ready', { timeout: 5000 });
    await vp.setUnreachable(true);
    actor.send({ type: 'poll.requested' });
    await waitFor(actor, (s) => printerHealthOf(s).state === 'offline', { timeout: 5000 });
    expect(printerHealthOf(actor.getSnapshot()).fault).toBe('unreachable');
    await vp.setUnreachable(false);
    expect(await poll()).toBe('recovering');
  });

  it('reports invalid status bytes as offline with fault invalid-status', async () => {
    await waitFor(actor, (s) => printerHealthOf(s).state === 'ready', { timeout: 5000 });
    vp.setStatusReply(4, 0xff);
    expect(await poll()).toBe('offline');
    expect(printerHealthOf(actor.getSnapshot()).fault).toBe('invalid-status');
  });
});
