// The hub's delivery worker: takes due outbox entries, runs up to `concurrency` attempts at once (one trial
// while the circuit breaker is half-open, none while it is open or after the case store refused our API key),
// and keeps the breaker, the last error and the auth stop for /maintenance. All state that must survive a
// restart is in the store; what lives here (breaker, auth stop) starts afresh, and the first attempt after a
// restart looks up anything that was mid-send.
import {
  type Breaker,
  breakerAbandoned,
  breakerAllowance,
  breakerAt,
  breakerFailure,
  breakerSuccess,
  breakerTrialStarted,
  closedBreaker,
} from '../../../../machines/caseRequests/circuitBreaker.js';
import type { DeliveryError } from '../../../../machines/contracts/caseRequests.js';
import type { CaseDelivery, CaseDeliveryOptions, CaseDeliveryStatus } from '../caseDeliveryApi.js';
import type { OutboxEntry } from '../outboxStore.js';
import { type AttemptOutcome, attemptEntry } from './attemptEntry.js';
import { nextSleepMs } from './sleepPlan.js';
import { createTickLoop } from './tickLoop.js';

/** A store write that threw (the entry stays as the store last recorded it and is tried again when due). */
export const STORE_FAILURE = 'The hub could not record a delivery step in its database';

export function createCaseDelivery(options: CaseDeliveryOptions): CaseDelivery {
  const { store, adapter, settings, now, onDelivered } = options;
  const random = options.random ?? Math.random;
  let breaker: Breaker = closedBreaker();
  let lastError: DeliveryError | null = null;
  let stoppedForAuth = false;
  /** The last tick attempted something and every attempt was recorded: more may be due at once. */
  let progressing = false;
  let storeFailures = 0;
  const inFlight = new Set<string>();
  let controller = new AbortController();
  let ticking: Promise<number> = Promise.resolve(0);

  async function runTick(): Promise<number> {
    progressing = false;
    if (adapter === null || stoppedForAuth) return 0;
    const at = now();
    const limit = breakerAllowance(breaker, at, settings.concurrency - inFlight.size);
    if (limit <= 0) return 0;
    const entries = store.due(at, limit, inFlight);
    if (entries.length === 0) return 0;
    breaker = breakerTrialStarted(breaker, at);
    const signal = controller.signal;
    const results = await Promise.all(entries.map((entry) => runOne(entry, signal)));
    progressing = results.every(Boolean);
    storeFailures = progressing ? 0 : storeFailures + 1;
    return entries.length;
  }

  /** One entry, independent of the others; resolves false when a store write failed. */
  async function runOne(entry: OutboxEntry, signal: AbortSignal): Promise<boolean> {
    if (adapter === null) return false;
    inFlight.add(entry.id);
    try {
      const outcome = await attemptEntry(entry, { store, adapter, settings, now, random, signal });
      record(entry.id, outcome);
      return true;
    } catch {
      lastError = { kind: 'transient', message: STORE_FAILURE, at: now().toISOString() };
      breaker = breakerAbandoned(breaker, now());
      return false;
    } finally {
      inFlight.delete(entry.id);
    }
  }

  function record(id: string, outcome: AttemptOutcome): void {
    const at = now();
    if (outcome.kind === 'aborted') {
      breaker = breakerAbandoned(breaker, at);
      return;
    }
    if (outcome.kind !== 'failed') {
      breaker = breakerSuccess(breaker);
      if (outcome.kind === 'delivered') notifyDelivered(id);
      return;
    }
    const { decision } = outcome;
    lastError = decision.error;
    if (decision.action === 'stop-for-auth') {
      stoppedForAuth = true;
      breaker = breakerAbandoned(breaker, at);
    } else if (decision.action === 'review' && decision.reason !== 'failing') {
      // The case store answered (it refused this one request): it is up.
      breaker = breakerSuccess(breaker);
    } else {
      breaker = breakerFailure(breaker, at, settings);
    }
  }

  function notifyDelivered(id: string): void {
    try {
      onDelivered?.(id);
    } catch {
      // The hub's follow-up (purging personal data) runs again on its own schedule; delivery carries on.
    }
  }

  function tick(): Promise<number> {
    const next = ticking.then(runTick, runTick);
    ticking = next.catch(() => 0);
    return next;
  }

  const loop = createTickLoop(tick, () =>
    nextSleepMs({
      now: now(),
      idle: adapter === null || stoppedForAuth,
      nextDueAt: store.nextDueAt(),
      breaker: breakerAt(breaker, now()),
      progressing,
      storeFailures,
    }),
  );

  return {
    start: () => loop.start(),
    async stop() {
      controller.abort();
      await loop.stop();
      await ticking;
      controller = new AbortController();
    },
    tick,
    wake: () => loop.wake(),
    resume() {
      stoppedForAuth = false;
      loop.wake();
    },
    status(): CaseDeliveryStatus {
      const current = breakerAt(breaker, now());
      const openUntil = current.openUntil === null ? null : new Date(current.openUntil).toISOString();
      return { lastError, breaker: { state: current.state, openUntil }, stoppedForAuth };
    },
  };
}
