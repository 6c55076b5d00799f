// Runs a tick, sleeps for as long as the caller says, runs the next: never two ticks at once, wake() cuts a
// sleep short (or skips the next one if it comes mid-tick), and stop() clears the timer and waits for the
// tick under way. Timers are unref'd: the loop never keeps the process alive on its own.
export interface TickLoop {
  start(): void;
  /** Resolves once the loop has left (after the tick under way, if any). */
  stop(): Promise<void>;
  wake(): void;
}

export function createTickLoop(runTick: () => Promise<unknown>, sleepMs: () => number): TickLoop {
  let running = false;
  /** Bumped by every start(): a loop left over from before a stop() exits instead of running beside the new one. */
  let generation = 0;
  let woken = false;
  let endSleep: (() => void) | null = null;
  let finished: Promise<void> = Promise.resolve();

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      timer.unref();
      endSleep = done;
      function done() {
        clearTimeout(timer);
        endSleep = null;
        resolve();
      }
    });

  async function loop(own: number): Promise<void> {
    const current = () => running && own === generation;
    while (current()) {
      woken = false;
      // A tick that throws is the caller's bug; the loop carries on so delivery does not silently end.
      await runTick().catch(() => undefined);
      if (current() && !woken) await sleep(sleepMs());
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      generation += 1;
      const own = generation;
      finished = finished.then(() => loop(own));
    },
    async stop() {
      running = false;
      endSleep?.();
      await finished;
    },
    wake() {
      woken = true;
      endSleep?.();
    },
  };
}
