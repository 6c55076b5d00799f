// decideFailure: what each kind of failure in each phase of an attempt leads to.
import { describe, expect, it } from 'vitest';
import { type AttemptPhase, decideFailure } from '../../../../../main/hub/cases/delivery/failureDecision.js';
import type { OutboxEntry } from '../../../../../main/hub/cases/outboxStore.js';
import { caseSettings, requestNumber, START } from './deliveryFixtures.js';
import { refusal, transient } from './scriptedAdapter.js';

const request = requestNumber(1);
const entry: OutboxEntry = {
  id: request.requestId,
  request,
  serviceType: 'realtime',
  state: 'queued',
  attempts: 0,
  token: null,
  uncertain: false,
  capturedAt: request.capturedAt,
};
const decide = (thrown: unknown, phase: AttemptPhase, overrides: Partial<OutboxEntry> = {}) =>
  decideFailure(thrown, {
    entry: { ...entry, ...overrides },
    phase,
    now: new Date(START + 60_000),
    settings: caseSettings(),
    random: () => 1,
  });

describe('decideFailure', () => {
  it.each(['lookup', 'send', 'poll'] as const)('stops for auth in the %s phase', (phase) => {
    expect(decide(refusal('auth', 'Invalid api_key'), phase).action).toBe('stop-for-auth');
  });

  it('reviews a request the case store refuses only when it was the POST that was refused', () => {
    expect(decide(refusal('validation', 'bad'), 'send')).toMatchObject({
      action: 'review',
      reason: 'rejected',
    });
    expect(decide(refusal('validation', 'bad'), 'lookup')).toMatchObject({
      action: 'retry',
      error: { kind: 'transient', message: 'bad' },
    });
    expect(decide(refusal('unknown-service', 'gone'), 'poll')).toMatchObject({ action: 'retry' });
  });

  it('keeps a look-up failure uncertain, makes a poll failure certain, and a send failure what the adapter says', () => {
    const arrived = transient('Bad gateway', { mayHaveArrived: true });
    expect(decide(transient(), 'lookup', { uncertain: true })).toMatchObject({ uncertain: true });
    expect(decide(arrived, 'poll', { uncertain: true })).toMatchObject({ uncertain: false });
    expect(decide(arrived, 'send')).toMatchObject({ uncertain: true });
    expect(decide(transient(), 'send')).toMatchObject({ uncertain: false });
  });

  it('schedules the retry at now + the backoff (random 1: the full ceiling of 2 s for attempt 0)', () => {
    expect(decide(transient(), 'send')).toMatchObject({ nextAttemptAt: new Date(START + 62_000) });
  });

  it('truncates a long message from the case store to 500 characters', () => {
    const decision = decide(transient('x'.repeat(2_000)), 'send');
    expect(decision.error.message).toHaveLength(500);
  });
});
