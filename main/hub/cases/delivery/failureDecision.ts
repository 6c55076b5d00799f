// What a failed step of a delivery leads to: the review list (the case store refused the request itself),
// stopping all delivery (the case store refused our API key), or a later retry with backoff, unless the
// request has been failing for longer than reviewAfterHours. Pure: the caller applies the decision.
import { nextAttemptDelay } from '../../../../machines/caseRequests/backoff.js';
import type { DeliveryError } from '../../../../machines/contracts/caseRequests.js';
import type { CaseRequestsConfig } from '../../../../machines/contracts/site.js';
import { CaseStoreError } from '../caseStore.js';
import type { OutboxEntry } from '../outboxStore.js';

/** lookup: the check before a re-send; send: the POST; poll: asking a batch service for the case id. */
export type AttemptPhase = 'lookup' | 'send' | 'poll';

export type FailureDecision =
  | { action: 'review'; reason: 'rejected' | 'unknown-service' | 'failing'; error: DeliveryError }
  | { action: 'stop-for-auth'; error: DeliveryError }
  | { action: 'retry'; error: DeliveryError; nextAttemptAt: Date; uncertain: boolean };

export interface FailureContext {
  entry: OutboxEntry;
  phase: AttemptPhase;
  now: Date;
  settings: CaseRequestsConfig;
  random: () => number;
}

/** Anything thrown that is not a CaseStoreError: its message could be anything, so it is not stored. */
export const UNEXPECTED_FAILURE =
  'The delivery failed for an unexpected reason (not an answer from the case store)';

const MESSAGE_MAX = 500;
const HOUR_MS = 60 * 60 * 1000;

export function decideFailure(thrown: unknown, context: FailureContext): FailureDecision {
  const { phase } = context;
  const at = context.now.toISOString();
  if (!(thrown instanceof CaseStoreError)) {
    // Unknown errors after the POST began may hide a request that arrived: look it up before re-sending.
    const error: DeliveryError = { kind: 'transient', message: UNEXPECTED_FAILURE, at };
    return retryOrGiveUp(context, error, null, phase === 'send');
  }
  const error: DeliveryError = { kind: thrown.kind, message: thrown.message.slice(0, MESSAGE_MAX), at };
  if (thrown.kind === 'auth') return { action: 'stop-for-auth', error };
  if (phase === 'send' && thrown.kind === 'validation')
    return { action: 'review', reason: 'rejected', error };
  if (phase === 'send' && thrown.kind === 'unknown-service') {
    return { action: 'review', reason: 'unknown-service', error };
  }
  // A refusal of a look-up or a token poll says nothing against the request itself: retry those.
  const mayHaveArrived = phase === 'send' && thrown.details.mayHaveArrived;
  return retryOrGiveUp(context, { ...error, kind: 'transient' }, thrown.details.retryAfterMs, mayHaveArrived);
}

function retryOrGiveUp(
  { entry, phase, now, settings, random }: FailureContext,
  error: DeliveryError,
  retryAfterMs: number | null,
  mayHaveArrived: boolean,
): FailureDecision {
  const failingMs = now.getTime() - Date.parse(entry.capturedAt);
  // A batch request is already with the case store: keep asking for its number rather than review it.
  if (phase !== 'poll' && failingMs > settings.reviewAfterHours * HOUR_MS) {
    return { action: 'review', reason: 'failing', error };
  }
  const delay = nextAttemptDelay(entry.attempts, settings, random, retryAfterMs);
  return {
    action: 'retry',
    error,
    nextAttemptAt: new Date(now.getTime() + delay),
    uncertain: phase === 'poll' ? false : entry.uncertain || mayHaveArrived,
  };
}
