// Watches one receipt printer with the printer health machine: scheduled status polls, a fresh poll before each
// job (a job is not sent while the printer cannot print), job outcomes, and a listener call whenever the state or
// fault changes. With no printer configured it reports the fixed state `none`.
import { type Actor, createActor, fromPromise, type SnapshotFrom, waitFor } from 'xstate';
import type { PrinterHealth, PrintOutcome } from '../../machines/contracts/index.js';
import { readingFromReplies, type StatusReading } from '../../machines/printerHealth/statusReading.js';
import {
  type PrinterHealthMachine,
  printerHealthMachine,
  printerHealthOf,
} from '../../machines/printerHealth.js';
import { NoPrinterError, type Printer } from '../../printers/printer.js';

export interface PrinterWatchOptions {
  /** The clock (tests pass a fake one); defaults to real time. */
  now?: () => Date;
  /** Time between scheduled polls (default: the machine's, 30 s). */
  pollIntervalMs?: number;
  /** Wait before the confirming poll after a fault clears (default: the machine's, 2 s). */
  confirmDelayMs?: number;
}

export interface PrinterWatch {
  /** The printer's health now, as the hub and the kiosk screen read it. */
  current(): PrinterHealth;
  /** Calls `listener` whenever the state or the fault changes; returns the function that stops it. */
  onChange(listener: (health: PrinterHealth) => void): () => void;
  /**
   * Polls first (and once more to confirm a fault that just cleared); sends the job only when the printer can
   * print, then records how it went. A refused or failed job answers `printer-error`: nothing was lost but paper.
   */
  print(bytes: Uint8Array): Promise<PrintOutcome>;
  /**
   * Staff say the printer is fixed: tells the machine the fault is cleared, waits for the poll it asks for (and
   * the confirming one while recovering), and answers the health that results.
   */
  clearFault(): Promise<PrinterHealth>;
  /** Stops the machine and its timers; idempotent. */
  stop(): void;
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** One status reading straight from the printer (an unreachable printer reads as such, never throws). */
async function readNow(printer: Printer): Promise<StatusReading> {
  try {
    return readingFromReplies(await printer.readStatus());
  } catch (err) {
    return { kind: 'unreachable', reason: message(err) };
  }
}

/** The contract's view of a machine snapshot (the machine's `printing` flag stays inside the agent). */
function healthOf(snapshot: SnapshotFrom<PrinterHealthMachine>): PrinterHealth {
  const { state, canPrint, fault, since, lastGoodAt } = printerHealthOf(snapshot);
  return { state, canPrint, fault, since, lastGoodAt };
}

function noPrinterWatch(since: string): PrinterWatch {
  const health: PrinterHealth = { state: 'none', canPrint: false, fault: null, since, lastGoodAt: null };
  return {
    current: () => health,
    onChange: () => () => {},
    print: async () => ({ ok: false, reason: 'no-printer' }),
    clearFault: async () => health,
    stop: () => {},
  };
}

export function watchPrinter(printer: Printer, options: PrinterWatchOptions = {}): PrinterWatch {
  const now = options.now ?? (() => new Date());
  if (printer.state() === 'none') return noPrinterWatch(now().toISOString());
  const machine = printerHealthMachine.provide({
    actors: { pollStatus: fromPromise<StatusReading, void>(() => readNow(printer)) },
  });
  const actor: Actor<PrinterHealthMachine> = createActor(machine, {
    input: {
      now: () => now().toISOString(),
      ...(options.pollIntervalMs === undefined ? {} : { pollIntervalMs: options.pollIntervalMs }),
      ...(options.confirmDelayMs === undefined ? {} : { confirmDelayMs: options.confirmDelayMs }),
    },
  });
  const listeners = new Set<(health: PrinterHealth) => void>();
  let last = healthOf(actor.getSnapshot());
  const subscription = actor.subscribe((snapshot) => {
    const health = healthOf(snapshot);
    const changed = health.state !== last.state || health.fault !== last.fault;
    last = health;
    if (changed) for (const listener of listeners) listener(health);
  });
  actor.start();
  let stopped = false;

  const idle = (s: SnapshotFrom<PrinterHealthMachine>) => s.matches({ poller: 'waiting' });

  /** Waits for any poll under way, then asks for a fresh one and waits until its reading is handled. */
  async function pollNow(): Promise<void> {
    await waitFor(actor, idle);
    actor.send({ type: 'poll.requested' });
    await waitFor(actor, idle);
  }

  return {
    current: () => last,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async print(bytes) {
      if (stopped) return { ok: false, reason: 'printer-error' };
      await pollNow();
      if (last.state === 'recovering') await pollNow();
      if (!last.canPrint) return { ok: false, reason: 'printer-error' };
      actor.send({ type: 'job.started' });
      try {
        await printer.print(bytes);
        actor.send({ type: 'job.succeeded' });
        return { ok: true };
      } catch (err) {
        actor.send({ type: 'job.failed', reading: await readNow(printer) });
        return { ok: false, reason: err instanceof NoPrinterError ? 'no-printer' : 'printer-error' };
      }
    },
    async clearFault() {
      if (stopped) return last;
      await waitFor(actor, idle);
      // The machine asks for a poll itself on `fault.cleared`; wait until that reading is handled.
      actor.send({ type: 'fault.cleared' });
      await waitFor(actor, idle);
      if (last.state === 'recovering') await pollNow();
      return last;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      subscription.unsubscribe();
      listeners.clear();
      actor.stop();
    },
  };
}
