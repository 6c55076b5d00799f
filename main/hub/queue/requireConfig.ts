// Looks up a counter or outcome in the site configuration, or throws the contract's "unknown" error.
import type { CounterConfig, OutcomeConfig, SiteConfig } from '../../../machines/contracts/index.js';
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
