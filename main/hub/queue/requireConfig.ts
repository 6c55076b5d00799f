// Looks up a counter, service, queue or outcome in the site configuration, or throws the contract's error.
import type {
  CounterConfig,
  OutcomeConfig,
  QueueConfig,
  ServiceConfig,
  SiteConfig,
} from '../../../machines/contracts/index.js';
import { QueueError } from './queueError.js';

export function requireCounter(config: SiteConfig, counterId: string): CounterConfig {
  const counter = config.counters.find((c) => c.id === counterId);
  if (!counter) {
    throw new QueueError(
      'unknown-counter',
      `There is no counter "${counterId}" at this site: pick one listed by GET /api/site.`,
    );
  }
  return counter;
}

export function requireService(config: SiteConfig, serviceId: string): ServiceConfig {
  const service = config.services.find((s) => s.id === serviceId);
  if (!service) {
    throw new QueueError(
      'unknown-service',
      `There is no service "${serviceId}" at this site: choose one listed by GET /api/site.`,
    );
  }
  return service;
}

export function requireQueue(config: SiteConfig, queueId: string): QueueConfig {
  const queue = config.queues.find((q) => q.id === queueId);
  if (!queue) {
    throw new QueueError(
      'not-found',
      `There is no queue "${queueId}" at this site: pick one listed by GET /api/site.`,
    );
  }
  return queue;
}

export function requireOutcome(config: SiteConfig, outcomeId: string): OutcomeConfig {
  const outcome = config.outcomes.find((o) => o.id === outcomeId);
  if (!outcome) {
    throw new QueueError(
      'unknown-outcome',
      `There is no outcome "${outcomeId}" at this site: pick one listed by GET /api/site.`,
    );
  }
  return outcome;
}

/** The staff-facing name of a counter ("Counter 3"), or its id when it is not configured any more. */
export function counterName(config: SiteConfig, counterId: string | null): string {
  return config.counters.find((c) => c.id === counterId)?.name ?? counterId ?? 'the counter';
}
