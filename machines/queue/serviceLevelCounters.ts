// How each counter's time was spent: a sweep over its session (floor events) and the visits' status periods.
import type { CounterFigures, CounterState, FloorEvent, SiteConfig } from '../contracts/index.js';
import { minutes } from './percentiles.js';
import type { StatusPeriod } from './serviceLevelTimeline.js';

interface Change {
  at: number;
  status?: CounterState['status'];
  hold?: number;
  waiting?: number;
}

interface Totals {
  signedIn: number;
  onBreak: number;
  serving: number;
  idle: number;
}

function changesOf(
  counterId: string,
  serves: ReadonlySet<string> | null,
  floor: readonly FloorEvent[],
  periods: readonly StatusPeriod[],
): Change[] {
  const changes: Change[] = [];
  for (const event of floor) {
    if (event.counter?.counterId === counterId && event.type.startsWith('counter.')) {
      changes.push({ at: Date.parse(event.at), status: event.counter.status });
    }
  }
  for (const p of periods) {
    const holds = p.status !== 'waiting' && p.counterId === counterId;
    const waitsHere = p.status === 'waiting' && (serves === null || serves.has(p.queueId));
    if (!holds && !waitsHere) continue;
    const step = (at: number, by: number): Change => (holds ? { at, hold: by } : { at, waiting: by });
    changes.push(step(p.from, 1));
    if (p.to !== null) changes.push(step(p.to, -1));
  }
  return changes.sort((a, b) => a.at - b.at);
}

function sweep(changes: readonly Change[], rangeStart: number, rangeEnd: number): Totals {
  const totals: Totals = { signedIn: 0, onBreak: 0, serving: 0, idle: 0 };
  let status: CounterState['status'] = 'closed';
  let hold = 0;
  let waiting = 0;
  let previous = rangeStart;
  const account = (until: number) => {
    const span = Math.min(until, rangeEnd) - Math.max(previous, rangeStart);
    if (span > 0) {
      if (status !== 'closed') totals.signedIn += span;
      if (status === 'break') totals.onBreak += span;
      if (hold > 0) totals.serving += span;
      if (status === 'open' && hold === 0 && waiting > 0) totals.idle += span;
    }
    previous = Math.max(previous, until);
  };
  for (const change of changes) {
    account(change.at);
    if (change.status) status = change.status;
    hold += change.hold ?? 0;
    waiting += change.waiting ?? 0;
  }
  account(rangeEnd);
  return totals;
}

/** Figures for every configured counter over [rangeStart, rangeEnd) (epoch ms; still-open periods end there). */
export function counterFigures(
  config: SiteConfig,
  floor: readonly FloorEvent[],
  periods: readonly StatusPeriod[],
  rangeStart: number,
  rangeEnd: number,
): CounterFigures[] {
  return config.counters.map((counter) => {
    const serves = counter.serves.length === 0 ? null : new Set(counter.serves.map((s) => s.queueId));
    const totals = sweep(changesOf(counter.id, serves, floor, periods), rangeStart, rangeEnd);
    return {
      counterId: counter.id,
      signedInMinutes: minutes(totals.signedIn)!,
      breakMinutes: minutes(totals.onBreak)!,
      servingMinutes: minutes(totals.serving)!,
      idleWhileWaitingMinutes: minutes(totals.idle)!,
    };
  });
}
