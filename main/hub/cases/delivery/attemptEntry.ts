// One delivery attempt for one outbox entry. queued: look the request up first when an earlier send may have
// arrived (and the receiver cannot deduplicate), commit beginSend, POST, record the outcome; after a re-send,
// look again to catch a duplicate. awaiting-case-number: poll the batch token. Every step is one committed
// store write; nothing here logs, and nothing of the request's content reaches an error message.
import type { CaseRequestsConfig } from '../../../../machines/contracts/site.js';
import type { CaseStoreAdapter, SubmitOutcome } from '../caseStore.js';
import type { CaseOutboxStore, OutboxEntry } from '../outboxStore.js';
import { sortCaseIds } from './caseIds.js';
import { type AttemptPhase, decideFailure, type FailureDecision } from './failureDecision.js';

export interface AttemptContext {
  store: CaseOutboxStore;
  adapter: CaseStoreAdapter;
  settings: CaseRequestsConfig;
  now: () => Date;
  random: () => number;
  /** Aborted when the worker stops: the attempt then records nothing more (beginSend already marks it). */
  signal: AbortSignal;
}

/**
 * delivered: the case store confirmed receipt; answered: it answered without a case id yet (batch token);
 * failed: see the decision (already applied to the store); aborted: the worker is stopping.
 */
export type AttemptOutcome =
  | { kind: 'delivered' }
  | { kind: 'answered' }
  | { kind: 'failed'; decision: FailureDecision }
  | { kind: 'aborted' };

export async function attemptEntry(entry: OutboxEntry, context: AttemptContext): Promise<AttemptOutcome> {
  if (entry.state === 'awaiting-case-number' && entry.token !== null) {
    return pollToken(entry, entry.token, context);
  }
  // An entry awaiting a number without its token cannot be polled: treat it as possibly sent.
  const queued = entry.state === 'queued' ? entry : { ...entry, uncertain: true };
  return send(queued, context);
}

async function send(entry: OutboxEntry, context: AttemptContext): Promise<AttemptOutcome> {
  const { store, adapter, now, signal } = context;
  const lookFirst = entry.uncertain && !adapter.deduplicates;
  if (lookFirst) {
    let found: string[];
    try {
      found = sortCaseIds((await adapter.lookup(entry.request, signal)).caseIds);
    } catch (thrown) {
      return failed(thrown, entry, 'lookup', context);
    }
    const [first] = found;
    if (first !== undefined) {
      const duplicateCaseIds = found.length > 1 ? found : [];
      store.delivered(entry.id, { caseId: first, serviceNotice: null, duplicateCaseIds }, now());
      return { kind: 'delivered' };
    }
  }
  store.beginSend(entry.id, now());
  let outcome: SubmitOutcome;
  try {
    outcome = await adapter.submit(entry.request, signal);
  } catch (thrown) {
    return failed(thrown, entry, 'send', context);
  }
  if (outcome.kind === 'token') {
    store.awaitingCaseNumber(entry.id, outcome.token, nextPoll(context), now());
    return { kind: 'answered' };
  }
  const caseId = outcome.kind === 'created' ? outcome.caseId : null;
  const serviceNotice = outcome.kind === 'created' ? outcome.serviceNotice : null;
  store.delivered(entry.id, { caseId, serviceNotice, duplicateCaseIds: [] }, now());
  if (lookFirst && caseId !== null) await checkForDuplicates(entry, caseId, context);
  return { kind: 'delivered' };
}

async function pollToken(
  entry: OutboxEntry,
  token: string,
  context: AttemptContext,
): Promise<AttemptOutcome> {
  const { store, adapter, now, signal } = context;
  try {
    const answer = await adapter.pollToken(token, signal);
    if (answer.kind === 'pending') {
      store.awaitingCaseNumber(entry.id, token, nextPoll(context), now());
      return { kind: 'answered' };
    }
    store.delivered(entry.id, { caseId: answer.caseId, serviceNotice: null, duplicateCaseIds: [] }, now());
    return { kind: 'delivered' };
  } catch (thrown) {
    return failed(thrown, entry, 'poll', context);
  }
}

/**
 * After a re-send the look-up may have missed the first case (the case store indexes slowly): look again, and
 * record every case id when the store now holds more than the one just created. Best effort: the request is
 * delivered either way, so a failed look-up here changes nothing.
 */
async function checkForDuplicates(
  entry: OutboxEntry,
  caseId: string,
  context: AttemptContext,
): Promise<void> {
  let found: string[];
  try {
    found = (await context.adapter.lookup(entry.request, context.signal)).caseIds;
  } catch {
    return;
  }
  const all = sortCaseIds([caseId, ...found]);
  if (all.length > 1) context.store.duplicatesFound(entry.id, all);
}

function failed(
  thrown: unknown,
  entry: OutboxEntry,
  phase: AttemptPhase,
  context: AttemptContext,
): AttemptOutcome {
  if (context.signal.aborted) return { kind: 'aborted' };
  const { store, settings, now, random } = context;
  const decision = decideFailure(thrown, { entry, phase, now: now(), settings, random });
  if (decision.action === 'review') store.toReview(entry.id, decision.reason, decision.error);
  if (decision.action === 'retry') {
    store.retryLater(entry.id, {
      nextAttemptAt: decision.nextAttemptAt,
      error: decision.error,
      uncertain: decision.uncertain,
    });
  }
  return { kind: 'failed', decision };
}

function nextPoll({ now, settings }: AttemptContext): Date {
  return new Date(now().getTime() + settings.tokenPollSeconds * 1000);
}
