// Looks up a counter, service, queue or outcome in the site configuration, or throws the contract's error.
import type {
  ApiErrorCode,
  CounterConfig,
  OutcomeConfig,
  QueueConfig,
  ServiceConfig,
  SiteConfig,
} from '../../../machines/contracts/index.js';
import { QueueError } from './queueError.js';

/** The configured item with `id`, or a QueueError with `code` naming what to pick instead. */
function requireItem<T extends { id: string }>(
  items: readonly T[],
  id: string,
  code: ApiErrorCode,
  noun: string,
): T {
  const item = items.find((i) => i.id === id);
  if (!item) {
    throw new QueueError(code, `There is no ${noun} "${id}" at this site: pick one listed by GET /api/site.`);
  }
  return item;
}

export const requireCounter = (config: SiteConfig, counterId: string): CounterConfig =>
  requireItem(config.counters, counterId, 'unknown-counter', 'counter');

export const requireService = (config: SiteConfig, serviceId: string): ServiceConfig =>
  requireItem(config.services, serviceId, 'unknown-service', 'service');

export const requireQueue = (config: SiteConfig, queueId: string): QueueConfig =>
  requireItem(config.queues, queueId, 'not-found', 'queue');

export const requireOutcome = (config: SiteConfig, outcomeId: string): OutcomeConfig =>
  requireItem(config.outcomes, outcomeId, 'unknown-outcome', 'outcome');

/** The staff-facing name of a counter ("Counter 3"), or its id when it is not configured any more. */
export function counterName(config: SiteConfig, counterId: string | null): string {
  return config.counters.find((c) => c.id === counterId)?.name ?? counterId ?? 'the counter';
}
