// Kiosk flow through a hub outage: a ticket issued offline without a picture of the queue, and a kiosk with no
// offline numbers left for the service (`lease-exhausted`).
import { describe, expect, it } from 'vitest';
import { classifyIssueError } from '../../../../machines/kioskFlow.js';
import { portlandSetup, ticketResultFor } from './fixtures.js';
import { answerUpToConfirm, inState, startFlow } from './harness.js';

const { ticketShownSeconds } = portlandSetup().site.kiosk;

describe('classifyIssueError', () => {
  it.each([
    [{ code: 'lease-exhausted' }, 'lease-exhausted'],
    [{ code: 'queue-full' }, 'queue-full'],
    [{ code: 'service-closed' }, 'service-closed'],
    [{ code: 'hub-unreachable' }, 'unavailable'],
    [new Error('socket hang up'), 'unavailable'],
    [null, 'unavailable'],
  ] as const)('reads %j as %s', (error, kind) => {
    expect(classifyIssueError(error)).toBe(kind);
  });
});

describe('kioskFlow during a hub outage', () => {
  it('shows an offline ticket with no people-ahead figure like any other ticket', async () => {
    const { actor, clock, calls } = startFlow({
      takeTicket: async (input) => ({ ...ticketResultFor(input), peopleAhead: null, offline: true }),
    });
    await answerUpToConfirm(actor);
    actor.send({ type: 'visit.confirm' });
    await inState(actor, 'ticket');
    const { result } = actor.getSnapshot().context;
    expect(result?.offline).toBe(true);
    expect(result?.peopleAhead).toBeNull();
    expect(calls).toHaveLength(1);
    clock.increment(ticketShownSeconds * 1000);
    expect(actor.getSnapshot().value).toBe('welcome');
  });

  it('sends the visitor to the front desk when the kiosk has no numbers left, and starts over cleanly', async () => {
    const { actor, calls } = startFlow({
      takeTicket: async () => {
        throw Object.assign(new Error('This kiosk cannot give out numbers for Permits'), {
          code: 'lease-exhausted',
        });
      },
    });
    await answerUpToConfirm(actor);
    actor.send({ type: 'visit.confirm' });
    await inState(actor, 'issueFailed');
    const { context } = actor.getSnapshot();
    expect(context.issueError).toBe('lease-exhausted');
    expect(context.serviceId).toBe('permits');
    expect(calls).toHaveLength(1);
    actor.send({ type: 'visit.restart' });
    expect(actor.getSnapshot().value).toBe('welcome');
    expect(actor.getSnapshot().context.issueError).toBeNull();
  });
});
