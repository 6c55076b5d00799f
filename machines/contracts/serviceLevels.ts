// Service-level figures computed from the event log (GET /api/reports/service-levels, and as CSV).
import { z } from 'zod';
import { LanguageCode, Slug } from './site.js';
import { ServiceDay } from './ticket.js';

export const ServiceLevelGrouping = z.enum(['service', 'hour', 'language']);

export const ServiceLevelQuery = z.strictObject({
  from: ServiceDay,
  to: ServiceDay.describe('Inclusive; at most 92 days after `from`'),
  by: ServiceLevelGrouping.default('service'),
});

/** Minutes, rounded to one decimal; null when there is nothing to measure. */
const Minutes = z.number().min(0).nullable();
const Rate = z.number().min(0).max(1).nullable().describe('0–1; null when the denominator is 0');

/**
 * One row of figures. Counted per transaction (a visit transferred to a second service counts in both
 * services); the `total` row counts each visit once. Definitions: machines/queue/serviceLevels.ts.
 */
export const ServiceLevelRow = z.object({
  serviceId: Slug.nullable().describe('Set when grouped by service'),
  hour: z.number().int().min(0).max(23).nullable().describe('Site-local hour of issue, when grouped by hour'),
  language: LanguageCode.nullable().describe('Set when grouped by language'),
  visitors: z.number().int().min(0),
  called: z.number().int().min(0),
  waitP50Minutes: Minutes.describe('Queue entry → last call before service'),
  waitP90Minutes: Minutes,
  walkMeanMinutes: Minutes.describe('Last call → arrival at the counter'),
  serviceMeanMinutes: Minutes.describe('Arrival → completion, parked time excluded'),
  calledWithinTarget: Rate.describe('Share called within policy.serviceLevelMinutes'),
  noShowRate: Rate.describe('No-shows / called'),
  leftBeforeService: z.object({
    waiting: z.number().int().min(0),
    called: z.number().int().min(0),
    serving: z.number().int().min(0),
    parked: z.number().int().min(0),
  }),
  firstContactResolution: Rate.describe('Completed visits with one transaction and a first-contact outcome'),
});

/** Per counter: how its signed-in time was spent. */
export const CounterFigures = z.object({
  counterId: Slug,
  signedInMinutes: z.number().min(0),
  breakMinutes: z.number().min(0),
  servingMinutes: z.number().min(0).describe('Holding a called, serving or parked visitor'),
  idleWhileWaitingMinutes: z
    .number()
    .min(0)
    .describe('Open, holding nobody, while a queue it serves had someone waiting'),
});

export const ServiceLevelReport = z.object({
  from: ServiceDay,
  to: ServiceDay,
  by: ServiceLevelGrouping,
  targetMinutes: z.number().int().min(1),
  total: ServiceLevelRow,
  rows: z.array(ServiceLevelRow),
  counters: z.array(CounterFigures),
});

export type ServiceLevelGrouping = z.infer<typeof ServiceLevelGrouping>;
export type ServiceLevelQuery = z.infer<typeof ServiceLevelQuery>;
export type ServiceLevelRow = z.infer<typeof ServiceLevelRow>;
export type CounterFigures = z.infer<typeof CounterFigures>;
export type ServiceLevelReport = z.infer<typeof ServiceLevelReport>;
