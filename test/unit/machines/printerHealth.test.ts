// Printer health machine: every state reachable, each transition, flapping, unreachable mid-job, bad bytes.
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, SimulatedClock, waitFor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { readingFromReplies, type StatusReplies } from '../../../machines/printerHealth/statusReading.js';
import {
  type PrinterHealthEvent,
  printerHealthMachine,
  printerHealthOf,
  type StatusReading,
} from '../../../machines/printerHealth.js';

const t0 = Date.parse('2026-11-26T17:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

/** Real DLE EOT reply bytes for each printer condition (Epson bit layout). */
const replies = {
  ok: { 1: 0x12, 4: 0x12 },
  paperLow: { 1: 0x12, 4: 0x1e },
  paperOut: { 1: 0x1a, 2: 0x32, 4: 0x7e },
  coverOpen: { 1: 0x1a, 2: 0x16, 4: 0x12 },
  cutterError: { 1: 0x1a, 2: 0x52, 3: 0x1a, 4: 0x12 },
  printerOffline: { 1: 0x1a, 2: 0x12, 4: 0x12 },
  invalid: { 1: 0x00 },
} satisfies Record<string, StatusReplies>;

const read = (name: keyof typeof replies): StatusReading => readingFromReplies(replies[name]);
const unreachable: StatusReading = { kind: 'unreachable', reason: 'ECONNREFUSED' };

/** The machine with polls the test answers one by one, on a simulated clock. */
function harness() {
  const clock = new SimulatedClock();
  clock.set(t0);
  const pending: { resolve(r: StatusReading): void; reject(e: Error): void }[] = [];
  const machine = printerHealthMachine.provide({
    actors: {
      pollStatus: fromPromise<StatusReading, void>(
        () => new Promise<StatusReading>((resolve, reject) => pending.push({ resolve, reject })),
      ),
    },
  });
  const actor = createActor(machine, {
    clock,
    input: { now: () => iso(clock.now()), pollIntervalMs: 10_000, confirmDelayMs: 1000 },
  }).start();
  const health = () => printerHealthOf(actor.getSnapshot());
  const polling = () => waitFor(actor, (s) => s.matches({ poller: 'polling' }), { timeout: 2000 });
  /** Waits for the next poll and answers it; resolves once the reading has been handled. */
  const answer = async (reading: StatusReading | Error) => {
    await polling();
    const poll = pending.shift()!;
    if (reading instanceof Error) poll.reject(reading);
    else poll.resolve(reading);
    await waitFor(actor, (s) => s.matches({ poller: 'waiting' }), { timeout: 2000 });
  };
  const send = (event: PrinterHealthEvent) => actor.send(event);
  return { actor, clock, health, answer, send, pending, polling };
}

/** Ready after start-up: one good poll, then the scheduled one. */
async function readyHarness() {
  const h = harness();
  await h.answer(read('ok'));
  return h;
}

describe('printerHealth states', () => {
  it('reaches every health state', () => {
    const events: PrinterHealthEvent[] = [
      ...(['ok', 'paperLow', 'paperOut', 'coverOpen', 'cutterError', 'invalid'] as const).map((name) => ({
        type: 'status.read' as const,
        reading: read(name),
      })),
      { type: 'job.failed', reading: unreachable },
      { type: 'fault.cleared' },
    ];
    const paths = getShortestPaths(printerHealthMachine, { events, input: { now: () => iso(t0) } });
    const reached = new Set(paths.map((p) => (p.state.value as { health: string }).health));
    const all = Object.keys(printerHealthMachine.root.states.health!.states);
    expect(all).toHaveLength(7);
    for (const state of all) expect(reached, `state ${state}`).toContain(state);
  });
});

describe('printerHealth transitions', () => {
  it('starts recovering (cannot print yet), polls at once, and is ready after one good reading', async () => {
    const h = harness();
    expect(h.health()).toMatchObject({ state: 'recovering', canPrint: false, fault: null, lastGoodAt: null });
    h.clock.increment(500);
    await h.answer(read('ok'));
    expect(h.health()).toEqual({
      state: 'ready',
      canPrint: true,
      fault: null,
      since: iso(t0 + 500),
      lastGoodAt: iso(t0 + 500),
      printing: false,
    });
  });

  it('polls again after the poll interval, not before', async () => {
    const h = await readyHarness();
    h.clock.increment(9999);
    expect(h.actor.getSnapshot().matches({ poller: 'waiting' })).toBe(true);
    h.clock.increment(1);
    await h.polling();
    expect(h.pending).toHaveLength(1);
  });

  it('paper low still prints, and goes back to ready when the roll is changed', async () => {
    const h = await readyHarness();
    h.clock.increment(10_000);
    await h.answer(read('paperLow'));
    expect(h.health()).toMatchObject({
      state: 'paperLow',
      canPrint: true,
      fault: 'paper-low',
      since: iso(t0 + 10_000),
    });
    h.clock.increment(10_000);
    await h.answer(read('ok'));
    expect(h.health()).toMatchObject({ state: 'ready', canPrint: true, fault: null });
  });

  it.each([
    ['paperOut', 'paper-out'],
    ['coverOpen', 'cover-open'],
    ['cutterError', 'cutter-error'],
  ] as const)(
    '%s stops printing with fault %s, then recovers through one confirming poll',
    async (name, fault) => {
      const h = await readyHarness();
      h.clock.increment(10_000);
      await h.answer(read(name));
      expect(h.health()).toMatchObject({ state: name, canPrint: false, fault, since: iso(t0 + 10_000) });
      h.clock.increment(10_000);
      await h.answer(read('ok'));
      expect(h.health()).toMatchObject({
        state: 'recovering',
        canPrint: false,
        fault,
        since: iso(t0 + 20_000),
      });
      h.clock.increment(1000);
      await h.answer(read('ok'));
      expect(h.health()).toMatchObject({
        state: 'ready',
        canPrint: true,
        fault: null,
        since: iso(t0 + 21_000),
      });
    },
  );

  it('a printer reporting offline with no known cause, or another error, is offline', async () => {
    const h = await readyHarness();
    h.send({ type: 'status.read', reading: read('printerOffline') });
    expect(h.health()).toMatchObject({ state: 'offline', fault: 'printer-offline', canPrint: false });
    h.send({
      type: 'status.read',
      reading: readingFromReplies({ 1: 0x1a, 2: 0x52, 3: 0x32 }),
    });
    expect(h.health()).toMatchObject({ state: 'offline', fault: 'printer-error' });
  });

  it('a poll that fails (no connection) reads as unreachable', async () => {
    const h = await readyHarness();
    h.clock.increment(10_000);
    await h.answer(new Error('connect ECONNREFUSED'));
    expect(h.health()).toMatchObject({ state: 'offline', fault: 'unreachable', canPrint: false });
    expect(h.health().lastGoodAt).toBe(iso(t0));
  });

  it('treats invalid status bytes as offline with fault invalid-status, without throwing', async () => {
    const h = await readyHarness();
    h.clock.increment(10_000);
    await h.answer(read('invalid'));
    expect(h.health()).toMatchObject({ state: 'offline', fault: 'invalid-status', canPrint: false });
    h.send({ type: 'status.read', reading: readingFromReplies({ 1: 0x12, 4: 0xff }) });
    expect(h.health()).toMatchObject({ state: 'offline', fault: 'invalid-status' });
  });

  it('goes straight from one fault to another, restarting since', async () => {
    const h = await readyHarness();
    h.send({ type: 'status.read', reading: read('paperOut') });
    h.clock.increment(3000);
    h.send({ type: 'status.read', reading: read('coverOpen') });
    expect(h.health()).toMatchObject({ state: 'coverOpen', fault: 'cover-open', since: iso(t0 + 3000) });
  });

  it('keeps since while the same fault persists', async () => {
    const h = await readyHarness();
    h.send({ type: 'status.read', reading: read('paperOut') });
    h.clock.increment(10_000);
    await h.answer(read('paperOut'));
    expect(h.health()).toMatchObject({ state: 'paperOut', since: iso(t0) });
  });

  it('staff clearing a fault moves to recovering and polls at once; a bad poll puts the fault back', async () => {
    const h = await readyHarness();
    h.send({ type: 'status.read', reading: read('coverOpen') });
    h.clock.increment(2000);
    h.send({ type: 'fault.cleared' });
    expect(h.health()).toMatchObject({ state: 'recovering', canPrint: false });
    await h.answer(read('coverOpen'));
    expect(h.health()).toMatchObject({ state: 'coverOpen', fault: 'cover-open', since: iso(t0 + 2000) });
  });

  it('a recovering printer asks for its confirming poll after confirmDelay', async () => {
    const h = await readyHarness();
    h.send({ type: 'status.read', reading: read('paperOut') });
    h.send({ type: 'status.read', reading: read('ok') });
    expect(h.health().state).toBe('recovering');
    h.clock.increment(999);
    expect(h.actor.getSnapshot().matches({ poller: 'waiting' })).toBe(true);
    h.clock.increment(1);
    await h.answer(read('paperLow'));
    expect(h.health()).toMatchObject({ state: 'paperLow', canPrint: true, fault: 'paper-low' });
  });
});

describe('printerHealth with jobs', () => {
  it('a printed job is good news: it confirms recovery and updates lastGoodAt', async () => {
    const h = await readyHarness();
    h.send({ type: 'status.read', reading: read('paperOut') });
    h.clock.increment(5000);
    h.send({ type: 'job.started' });
    expect(h.health().printing).toBe(true);
    h.send({ type: 'job.succeeded' });
    expect(h.health()).toMatchObject({ state: 'recovering', printing: false, lastGoodAt: iso(t0 + 5000) });
    h.send({ type: 'job.succeeded' });
    expect(h.health()).toMatchObject({ state: 'ready', canPrint: true });
  });

  it('unreachable during a job: the poll takes it offline, the failed job keeps it there', async () => {
    const h = await readyHarness();
    h.send({ type: 'job.started' });
    h.clock.increment(10_000);
    await h.answer(unreachable);
    expect(h.health()).toMatchObject({
      state: 'offline',
      fault: 'unreachable',
      canPrint: false,
      printing: true,
    });
    h.send({ type: 'job.failed', reading: unreachable });
    expect(h.health()).toMatchObject({
      state: 'offline',
      fault: 'unreachable',
      printing: false,
      since: iso(t0 + 10_000),
    });
  });

  it('a job failing on paper out goes to paperOut', async () => {
    const h = await readyHarness();
    h.send({ type: 'job.started' });
    h.send({ type: 'job.failed', reading: read('paperOut') });
    expect(h.health()).toMatchObject({ state: 'paperOut', fault: 'paper-out', printing: false });
  });

  it('a job failing while the printer reports nothing wrong is offline with fault job-failed', async () => {
    const h = await readyHarness();
    h.send({ type: 'job.failed', reading: read('ok') });
    expect(h.health()).toMatchObject({ state: 'offline', fault: 'job-failed', canPrint: false });
  });
});

describe('printerHealth flapping', () => {
  it('fault, clear, fault: never reports ready in between, and since follows each change', async () => {
    const h = await readyHarness();
    const seen: string[] = [];
    h.actor.subscribe((s) => seen.push(printerHealthOf(s).state));
    h.clock.increment(10_000);
    await h.answer(read('paperOut'));
    h.clock.increment(10_000);
    await h.answer(read('ok'));
    expect(h.health()).toMatchObject({ state: 'recovering', canPrint: false });
    h.clock.increment(1000);
    await h.answer(read('paperOut'));
    expect(h.health()).toMatchObject({ state: 'paperOut', canPrint: false, since: iso(t0 + 21_000) });
    h.clock.increment(10_000);
    await h.answer(read('ok'));
    h.clock.increment(1000);
    await h.answer(read('ok'));
    expect(h.health()).toMatchObject({
      state: 'ready',
      since: iso(t0 + 32_000),
      lastGoodAt: iso(t0 + 32_000),
    });
    const changes = seen.filter((state, i) => state !== seen[i - 1]);
    expect(changes).toEqual(['ready', 'paperOut', 'recovering', 'paperOut', 'recovering', 'ready']);
  });
});
