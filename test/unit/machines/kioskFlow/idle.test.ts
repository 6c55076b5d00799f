// Kiosk visit flow idle handling on a simulated clock: warn, extend again and again, reset and wipe, and
// never while a ticket is being issued.
import { describe, expect, it } from 'vitest';
import type { TakeTicketInput, TakeTicketResult } from '../../../../machines/contracts/kioskApi.js';
import { portlandSetup, ticketResultFor } from './fixtures.js';
import { answerUpToConfirm, deferred, inState, startFlow } from './harness.js';

const setup = portlandSetup();
const { idleWarningSeconds, idleGraceSeconds } = setup.site.kiosk;
const SECOND = 1000;

describe('kioskFlow idle handling', () => {
  it('warns after idleWarning and "I need more time" returns to the same question, again and again', async () => {
    const { actor, clock } = startFlow();
    await inState(actor, 'welcome');
    actor.send({ type: 'visit.start' });
    actor.send({ type: 'language.chosen', language: 'es' });
    for (let round = 0; round < 3; round += 1) {
      clock.increment(idleWarningSeconds * SECOND - 1);
      expect(actor.getSnapshot().matches({ visit: { idle: 'active' } })).toBe(true);
      clock.increment(1);
      expect(actor.getSnapshot().value).toEqual({ visit: { step: 'purpose', idle: 'warning' } });
      clock.increment(idleGraceSeconds * SECOND - 1);
      actor.send({ type: 'idle.extend' });
      expect(actor.getSnapshot().value).toEqual({ visit: { step: 'purpose', idle: 'active' } });
    }
    expect(actor.getSnapshot().context.language).toBe('es');
  });

  it('treats a touch or an answer as activity that restarts the wait', async () => {
    const { actor, clock } = startFlow();
    await inState(actor, 'welcome');
    actor.send({ type: 'visit.start' });
    clock.increment(idleWarningSeconds * SECOND - 1);
    actor.send({ type: 'activity' });
    clock.increment(idleWarningSeconds * SECOND - 1);
    actor.send({ type: 'language.chosen', language: 'en' });
    clock.increment(idleWarningSeconds * SECOND - 1);
    expect(actor.getSnapshot().value).toEqual({ visit: { step: 'purpose', idle: 'active' } });
    clock.increment(1);
    expect(actor.getSnapshot().matches({ visit: { idle: 'warning' } })).toBe(true);
  });

  it('does not let a stray touch dismiss the warning: only "I need more time" does', async () => {
    const { actor, clock } = startFlow();
    await inState(actor, 'welcome');
    actor.send({ type: 'visit.start' });
    clock.increment(idleWarningSeconds * SECOND);
    actor.send({ type: 'activity' });
    expect(actor.getSnapshot().matches({ visit: { idle: 'warning' } })).toBe(true);
  });

  it('returns to welcome after idleGrace more and wipes everything the visitor entered', async () => {
    const { actor, clock } = startFlow();
    await inState(actor, 'welcome');
    actor.send({ type: 'visit.start' });
    actor.send({ type: 'language.chosen', language: 'es' });
    actor.send({ type: 'purpose.chosen', purpose: 'ticket' });
    actor.send({ type: 'service.chosen', serviceId: 'housing' });
    actor.send({ type: 'accessibility.open' });
    actor.send({ type: 'accessibility.toggled', need: 'hearing' });
    clock.increment(idleWarningSeconds * SECOND);
    clock.increment(idleGraceSeconds * SECOND);
    const { context, value } = actor.getSnapshot();
    expect(value).toBe('welcome');
    expect(context).toMatchObject({
      language: 'en',
      serviceId: null,
      needs: { interpreter: null, accessibility: [] },
      requestId: null,
      result: null,
      issueError: null,
    });
    expect(context.setup).toEqual(setup);
  });

  it('never times out while the ticket is being issued', async () => {
    const pending = deferred<TakeTicketResult>();
    let input: TakeTicketInput | undefined;
    const { actor, clock } = startFlow({
      takeTicket: (i) => {
        input = i;
        return pending.promise;
      },
    });
    await answerUpToConfirm(actor);
    actor.send({ type: 'visit.confirm' });
    expect(actor.getSnapshot().value).toBe('issuing');
    clock.increment(10 * (idleWarningSeconds + idleGraceSeconds) * SECOND);
    expect(actor.getSnapshot().value).toBe('issuing');
    pending.resolve(ticketResultFor(input!));
    await inState(actor, 'ticket');
    expect(actor.getSnapshot().context.result?.ticket.id).toBe(input?.requestId);
  });
});
