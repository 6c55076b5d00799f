// The busy day's shape: 8 counters and their staff rota, the service mix, outcomes and the arrival curve.
import type { BreakReason, SiteConfig } from '../../../../machines/contracts/index.js';
import { instantOfLocal } from '../../../../machines/time/localClock.js';
import type { Random } from './prng.js';

/** A Wednesday in standard time. */
export const busyDay = '2026-11-18';
/** 1,500 unless BUSY_DAY_VISITORS says otherwise (a quicker run while working on the engine). */
export const visitorCount = Number(process.env.BUSY_DAY_VISITORS ?? 1500);

export function localInstant(hhmm: string): number {
  const [year, month, day] = busyDay.split('-').map(Number) as [number, number, number];
  return instantOfLocal({ year, month, day }, hhmm, 'America/Los_Angeles').getTime();
}

/** The shipped site with two more counters (8 in all). */
export function withEightCounters(config: SiteConfig): SiteConfig {
  return {
    ...config,
    counters: [
      ...config.counters,
      {
        id: 'counter-7',
        name: 'Counter 7',
        displayName: '7',
        serves: [
          { queueId: 'permits', weight: 1 },
          { queueId: 'housing', weight: 1 },
          { queueId: 'report', weight: 1 },
        ],
      },
      { id: 'counter-8', name: 'Counter 8', displayName: '8', serves: [] },
    ],
  };
}

export interface Shift {
  counterId: string;
  signIn: string;
  signOut: string;
  /** Signs out at `signOut` whatever the counter holds (called away), instead of finishing first. */
  abrupt?: boolean;
  breaks: { at: string; minutes: number; reason: BreakReason }[];
}

const day = (counterId: string, signIn: string, meal: string): Shift => ({
  counterId,
  signIn,
  signOut: '17:00',
  breaks: [
    { at: '10:15', minutes: 15, reason: 'rest' },
    { at: meal, minutes: 30, reason: 'meal' },
    { at: '15:00', minutes: 15, reason: 'rest' },
  ],
});

/** Who works where: staggered meals, a late starter, and counter 8 staffed by two people in turn. */
export const rota: Shift[] = [
  day('counter-1', '08:00', '11:30'),
  day('counter-2', '08:00', '12:00'),
  day('counter-3', '08:00', '12:30'),
  day('counter-4', '08:05', '13:00'),
  day('counter-5', '08:00', '11:45'),
  day('counter-6', '08:10', '12:15'),
  day('counter-7', '09:00', '13:15'),
  { counterId: 'counter-8', signIn: '08:00', signOut: '13:40', abrupt: true, breaks: [] },
  { counterId: 'counter-8', signIn: '14:00', signOut: '17:00', breaks: [] },
];

/** Share of visitors per service, and mean handling minutes (a lobby of quick 311 questions: ~90% load). */
export const serviceMix: Record<string, { share: number; minutes: number }> = {
  'utility-bills': { share: 30, minutes: 1.6 },
  permits: { share: 12, minutes: 3 },
  parking: { share: 18, minutes: 1.2 },
  'business-tax': { share: 10, minutes: 2 },
  housing: { share: 10, minutes: 2.5 },
  'report-problem': { share: 10, minutes: 1.2 },
  information: { share: 10, minutes: 0.8 },
};

export const outcomeMix = {
  resolved: 45,
  'information-given': 25,
  referred: 12,
  'case-created': 10,
  'appointment-made': 8,
} as const;

/** Relative arrival rate through the day: a morning ramp, a lunch peak, a quiet late afternoon. */
function arrivalRate(localMinutes: number): number {
  if (localMinutes < 9 * 60) return 0.7;
  if (localMinutes >= 11 * 60 + 30 && localMinutes < 13 * 60 + 30) return 1.5;
  if (localMinutes >= 15 * 60 + 30) return 0.6;
  return 1;
}

/** `visitorCount` arrival instants between 08:00 and 16:45 site time, drawn from the curve, in order. */
export function arrivals(random: Random): number[] {
  const open = localInstant('08:00');
  const last = localInstant('16:45');
  const times: number[] = [];
  while (times.length < visitorCount) {
    const t = random.between(open, last);
    const localMinutes = 8 * 60 + (t - open) / 60_000;
    if (random.next() * 1.5 < arrivalRate(localMinutes)) times.push(Math.round(t / 1000) * 1000);
  }
  return times.sort((a, b) => a - b);
}
