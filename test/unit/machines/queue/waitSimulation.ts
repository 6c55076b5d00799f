// Seeded whole-day lobby simulation: how long visitors really wait versus the range the kiosk showed them.
import type { WaitEstimate } from '../../../../machines/contracts/index.js';
import type { WaitEstimateInput } from '../../../../machines/queue/waitEstimate.js';

export type Estimator = (input: WaitEstimateInput) => WaitEstimate | null;

export interface DayPlan {
  counters: number;
  /** Mean handling time in minutes. */
  meanHandling: number;
  /** Offered load outside the lunch peak: arrival rate × mean handling / counters. */
  load: number;
  /** Arrival rate multiplier from 11:30 to 13:30. */
  lunchPeak: number;
  handling: 'exponential' | 'log-normal';
}

export interface Shown {
  actualMinutes: number;
  range: WaitEstimate | null;
}

const OPEN_MINUTES = 540;
const LAST_ARRIVAL = 525;
const LUNCH = [210, 330] as const;
const RECENT = 20;

/** mulberry32: a small seeded generator, so every run of the simulation is the same. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function exponential(random: () => number, mean: number): number {
  return -Math.log(1 - random()) * mean;
}

function standardNormal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function handlingTime(random: () => number, plan: DayPlan): number {
  if (plan.handling === 'exponential') return exponential(random, plan.meanHandling);
  const sigma = 0.6;
  const mu = Math.log(plan.meanHandling) - (sigma * sigma) / 2;
  return Math.exp(mu + sigma * standardNormal(random));
}

/** Poisson arrivals (thinning) over the day, with the lunch peak. */
function arrivals(random: () => number, plan: DayPlan): number[] {
  const base = (plan.load * plan.counters) / plan.meanHandling;
  const peak = base * plan.lunchPeak;
  const times: number[] = [];
  let t = 0;
  for (;;) {
    t += exponential(random, 1 / peak);
    if (t >= LAST_ARRIVAL) return times;
    const rate = t >= LUNCH[0] && t < LUNCH[1] ? peak : base;
    if (random() < rate / peak) times.push(t);
  }
}

/** One day, first come first served at `counters` counters; each visitor's shown range and actual wait. */
export function simulateDay(seed: number, plan: DayPlan, estimate: Estimator): Shown[] {
  const random = seededRandom(seed);
  const arrived = arrivals(random, plan);
  const freeAt = Array.from({ length: plan.counters }, () => 0);
  const visits = arrived.map((at) => {
    const counter = freeAt.indexOf(Math.min(...freeAt));
    const start = Math.max(at, freeAt[counter]!);
    const handling = handlingTime(random, plan);
    freeAt[counter] = start + handling;
    return { at, start, end: start + handling, handling };
  });
  const byEnd = [...visits].sort((a, b) => a.end - b.end);
  return visits.map((visit, i) => {
    const peopleAhead = visits.slice(0, i).filter((v) => v.start > visit.at).length;
    const recentHandlingMinutes = byEnd
      .filter((v) => v.end <= visit.at)
      .slice(-RECENT)
      .map((v) => v.handling);
    const range = estimate({ peopleAhead, openCounters: plan.counters, recentHandlingMinutes });
    return { actualMinutes: visit.start - visit.at, range };
  });
}

export interface Accuracy {
  visitors: number;
  estimated: number;
  meanAbsoluteError: number;
  insideShare: number;
  meanActual: number;
}

/** Mean absolute error of the range midpoint and the share of actual waits inside the range. */
export function accuracyOf(shown: readonly Shown[]): Accuracy {
  const withRange = shown.filter((s) => s.range !== null);
  let error = 0;
  let inside = 0;
  let actual = 0;
  for (const { actualMinutes, range } of withRange) {
    const { lowMinutes, highMinutes } = range!;
    error += Math.abs((lowMinutes + highMinutes) / 2 - actualMinutes);
    if (actualMinutes >= lowMinutes && actualMinutes <= highMinutes) inside += 1;
    actual += actualMinutes;
  }
  const n = Math.max(1, withRange.length);
  return {
    visitors: shown.length,
    estimated: withRange.length,
    meanAbsoluteError: error / n,
    insideShare: inside / n,
    meanActual: actual / n,
  };
}

export const simulationLength = { openMinutes: OPEN_MINUTES, lastArrival: LAST_ARRIVAL, lunch: LUNCH };
