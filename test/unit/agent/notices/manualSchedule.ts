// A hand-driven stand-in for the notice stream's timers: records each wait with its length, lets the test fire
// one, and resolves a promise when the next wait is scheduled (so tests wait on events, never on sleeps).
import type { Schedule } from '../../../../main/agent/notices/noticeStream.js';

export interface ScheduledTimer {
  ms: number;
  fn: () => void;
  cancelled: boolean;
  fired: boolean;
}

export interface ManualSchedule {
  schedule: Schedule;
  /** Timers neither fired nor cancelled. */
  live(): ScheduledTimer[];
  /** Resolves with the next timer scheduled (already scheduled and live ones count) whose length matches. */
  next(match: (ms: number) => boolean): Promise<ScheduledTimer>;
  fire(timer: ScheduledTimer): void;
}

export function manualSchedule(): ManualSchedule {
  const timers: ScheduledTimer[] = [];
  const waiters: { match: (ms: number) => boolean; resolve: (t: ScheduledTimer) => void }[] = [];
  const taken = new Set<ScheduledTimer>();
  const isLive = (t: ScheduledTimer) => !t.cancelled && !t.fired;
  return {
    schedule(fn, ms) {
      const timer: ScheduledTimer = { ms, fn, cancelled: false, fired: false };
      timers.push(timer);
      const waiter = waiters.find((w) => w.match(ms));
      if (waiter) {
        waiters.splice(waiters.indexOf(waiter), 1);
        taken.add(timer);
        waiter.resolve(timer);
      }
      return () => {
        timer.cancelled = true;
      };
    },
    live: () => timers.filter(isLive),
    next(match) {
      const ready = timers.find((t) => isLive(t) && !taken.has(t) && match(t.ms));
      if (ready) {
        taken.add(ready);
        return Promise.resolve(ready);
      }
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
    fire(timer) {
      if (!isLive(timer)) throw new Error('that timer was cancelled or has fired');
      timer.fired = true;
      timer.fn();
    },
  };
}
