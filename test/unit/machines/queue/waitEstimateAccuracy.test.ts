// How honest the kiosk's wait range is: seeded whole-day simulations, error and coverage by load, printed and bounded.
import { describe, expect, it } from 'vitest';
import { estimateWait } from '../../../../machines/queue/waitEstimate.js';
import { type Accuracy, accuracyOf, type DayPlan, type Shown, simulateDay } from './waitSimulation.js';

const loads = [
  { name: 'light (ρ 0.5, lunch 0.75)', load: 0.5, maxError: 4, minInside: 0.85 },
  { name: 'medium (ρ 0.8, lunch 1.2)', load: 0.8, maxError: 8, minInside: 0.7 },
  { name: 'heavy (ρ 0.95, lunch 1.4)', load: 0.95, maxError: 14, minInside: 0.65 },
];
const SEEDS = [11, 23, 37, 41];

function plansFor(load: number): DayPlan[] {
  const plans: DayPlan[] = [];
  for (let counters = 1; counters <= 6; counters += 1) {
    for (const meanHandling of [6, 10, 15]) {
      for (const handling of ['exponential', 'log-normal'] as const) {
        plans.push({ counters, meanHandling, load, lunchPeak: 1.5, handling });
      }
    }
  }
  return plans;
}

function row(label: string, a: Accuracy): string {
  const cells = [
    label.padEnd(28),
    String(a.visitors).padStart(6),
    `${((a.estimated / a.visitors) * 100).toFixed(1)}%`.padStart(8),
    a.meanActual.toFixed(1).padStart(8),
    a.meanAbsoluteError.toFixed(1).padStart(6),
    `${(a.insideShare * 100).toFixed(1)}%`.padStart(8),
  ];
  return `| ${cells.join(' | ')} |`;
}

describe('estimateWait accuracy over simulated days', () => {
  it('puts most actual waits inside the shown range at every load', () => {
    const byLoad = new Map<string, Shown[]>();
    const byCounters = new Map<number, Shown[]>();
    for (const { name, load } of loads) {
      const shown: Shown[] = [];
      plansFor(load).forEach((plan, p) => {
        for (const seed of SEEDS) {
          const day = simulateDay(seed * 1000 + p, plan, estimateWait);
          shown.push(...day);
          byCounters.set(plan.counters, [...(byCounters.get(plan.counters) ?? []), ...day]);
        }
      });
      byLoad.set(name, shown);
    }
    const header = `| ${['load'.padEnd(28), 'seen'.padStart(6), 'estimated'.padStart(8), 'mean wait'.padStart(8), 'MAE'.padStart(6), 'inside'.padStart(8)].join(' | ')} |`;
    const lines = [header, ...[...byLoad].map(([name, shown]) => row(name, accuracyOf(shown)))];
    lines.push(
      ...[...byCounters].map(([c, shown]) =>
        row(`${c} counter${c > 1 ? 's' : ''} (all loads)`, accuracyOf(shown)),
      ),
    );
    const all = accuracyOf([...byLoad.values()].flat());
    lines.push(row('all', all));
    console.log(`Wait estimate accuracy (minutes; MAE of the range midpoint):\n${lines.join('\n')}`);

    for (const { name, maxError, minInside } of loads) {
      const a = accuracyOf(byLoad.get(name)!);
      expect(a.estimated / a.visitors, name).toBeGreaterThan(0.9);
      expect(a.meanAbsoluteError, name).toBeLessThanOrEqual(maxError);
      expect(a.insideShare, name).toBeGreaterThanOrEqual(minInside);
    }
    expect(all.insideShare).toBeGreaterThanOrEqual(0.75);
  });
});
