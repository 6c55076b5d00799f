// One row of service-level figures from the measured transactions (or visits) of one group.
import type { ServiceLevelRow, VisitStage } from '../contracts/index.js';
import { mean, minutes, nearestRank, rate } from './percentiles.js';

/** One counted unit: a transaction in a group row, a whole visit in the total row (times in ms). */
export interface Measured {
  /** Counts in `called`, the waits and the called-within-target share. */
  called: boolean;
  /** Counts in the no-show rate's denominator. */
  calledForNoShow: boolean;
  waitMs: number | null;
  walkMs: number | null;
  serviceMs: number | null;
  noShow: boolean;
  leftStage: VisitStage | null;
  endedUncalledAfterMs: number | null;
}

/** A visit as first-contact resolution sees it. */
export interface VisitResolution {
  completed: boolean;
  resolvedAtFirstContact: boolean;
}

export interface RowKey {
  serviceId: string | null;
  hour: number | null;
  language: string | null;
}

function present(values: readonly (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null);
}

export function rowOf(
  key: RowKey,
  units: readonly Measured[],
  visits: readonly VisitResolution[],
  targetMs: number,
): ServiceLevelRow {
  const called = units.filter((u) => u.called);
  const waits = present(called.map((u) => u.waitMs));
  const withinTarget = waits.filter((w) => w <= targetMs).length;
  const missedUncalled = units.filter(
    (u) => !u.called && u.endedUncalledAfterMs !== null && u.endedUncalledAfterMs > targetMs,
  ).length;
  const left = { waiting: 0, called: 0, serving: 0, parked: 0 };
  for (const u of units) if (u.leftStage) left[u.leftStage] += 1;
  const completed = visits.filter((v) => v.completed);
  return {
    serviceId: key.serviceId,
    hour: key.hour,
    language: key.language,
    visitors: units.length,
    called: called.length,
    waitP50Minutes: minutes(nearestRank(waits, 50)),
    waitP90Minutes: minutes(nearestRank(waits, 90)),
    walkMeanMinutes: minutes(mean(present(units.map((u) => u.walkMs)))),
    serviceMeanMinutes: minutes(mean(present(units.map((u) => u.serviceMs)))),
    calledWithinTarget: rate(withinTarget, called.length + missedUncalled),
    noShowRate: rate(units.filter((u) => u.noShow).length, units.filter((u) => u.calledForNoShow).length),
    leftBeforeService: left,
    firstContactResolution: rate(completed.filter((v) => v.resolvedAtFirstContact).length, completed.length),
  };
}
