// Runs a hand-over "round" on request and every interval while there is work, never two rounds at once: a
// kick during a round joins it. Stopping clears the timer and waits for the round under way.
export interface RoundLoop {
  /** Runs a round now (or joins the one under way); resolves when it ends. */
  kick(): Promise<void>;
  readonly stopped: boolean;
  stop(): Promise<void>;
}

export function startRoundLoop(options: {
  /** null: only on kick. */
  intervalMs: number | null;
  hasWork: () => boolean;
  round: () => Promise<void>;
}): RoundLoop {
  let running: Promise<void> | undefined;
  let stopped = false;
  const kick = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    running ??= options.round().finally(() => {
      running = undefined;
    });
    return running;
  };
  const timer =
    options.intervalMs === null
      ? undefined
      : setInterval(() => {
          if (options.hasWork()) void kick();
        }, options.intervalMs);
  timer?.unref();
  return {
    kick,
    get stopped() {
      return stopped;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
