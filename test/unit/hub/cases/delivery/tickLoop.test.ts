// createTickLoop: one tick at a time, wake() cuts a sleep short or skips the next one, stop() waits for the tick
// under way. Sleeps are set long (30 s) so any second tick within a test can only come from wake().
import { describe, expect, it } from 'vitest';
import { createTickLoop } from '../../../../../main/hub/cases/delivery/tickLoop.js';

function countingTicks() {
  let ticks = 0;
  let running = 0;
  let overlapped = false;
  const waiters: { n: number; resolve: () => void }[] = [];
  let hold: Promise<void> | null = null;
  const run = async () => {
    running += 1;
    overlapped ||= running > 1;
    ticks += 1;
    for (const w of waiters.filter((w) => ticks >= w.n)) w.resolve();
    if (hold) await hold;
    running -= 1;
  };
  return {
    run,
    ticks: () => ticks,
    overlapped: () => overlapped,
    holdNext(gate: Promise<void>) {
      hold = gate;
    },
    reached: (n: number) =>
      new Promise<void>((resolve) => {
        if (ticks >= n) resolve();
        else waiters.push({ n, resolve });
      }),
  };
}

describe('createTickLoop', () => {
  it('ticks at start, then again on wake() during the sleep', async () => {
    const t = countingTicks();
    const loop = createTickLoop(t.run, () => 30_000);
    loop.start();
    await t.reached(1);
    loop.wake();
    await t.reached(2);
    await loop.stop();
    expect(t.ticks()).toBe(2);
  });

  it('skips the sleep after a tick during which wake() came, and never runs two ticks at once', async () => {
    const t = countingTicks();
    let release!: () => void;
    t.holdNext(new Promise<void>((resolve) => (release = resolve)));
    const loop = createTickLoop(t.run, () => 30_000);
    loop.start();
    loop.start();
    await t.reached(1);
    loop.wake();
    t.holdNext(Promise.resolve());
    release();
    await t.reached(2);
    await loop.stop();
    expect(t.ticks()).toBe(2);
    expect(t.overlapped()).toBe(false);
  });

  it('stop() waits for the tick under way and ends the loop', async () => {
    const t = countingTicks();
    let release!: () => void;
    t.holdNext(new Promise<void>((resolve) => (release = resolve)));
    const loop = createTickLoop(t.run, () => 0);
    loop.start();
    await t.reached(1);
    let stopped = false;
    const stopping = loop.stop().then(() => {
      stopped = true;
    });
    await Promise.resolve();
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(t.ticks()).toBe(1);
  });

  it('carries on after a tick that throws', async () => {
    let ticks = 0;
    let second!: () => void;
    const reachedSecond = new Promise<void>((resolve) => (second = resolve));
    const loop = createTickLoop(
      async () => {
        ticks += 1;
        if (ticks === 2) second();
        throw new Error('a bug in the tick');
      },
      () => 0,
    );
    loop.start();
    await reachedSecond;
    await loop.stop();
    expect(ticks).toBeGreaterThanOrEqual(2);
  });
});
