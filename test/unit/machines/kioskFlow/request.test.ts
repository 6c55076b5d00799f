// Kiosk flow purpose step and request path: ticket or report, the request flow inside the visit (so idle reset
// and start over discard it), and the receipt screen's timing.
import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import { portlandSetup } from './fixtures.js';
import { type FlowActor, inState, startFlow } from './harness.js';

const { idleWarningSeconds, idleGraceSeconds, ticketShownSeconds } = portlandSetup().site.kiosk;
const SECOND = 1000;

/** The request flow the visit invoked (fails the test when there is none). */
function requestFlow(actor: FlowActor) {
  const child = actor.getSnapshot().children.caseRequest;
  if (!child) throw new Error('no request flow is running');
  return child;
}

async function openRequest(actor: FlowActor, language = 'es') {
  await inState(actor, 'welcome');
  actor.send({ type: 'language.chosen', language });
  expect(actor.getSnapshot().matches({ visit: { step: 'purpose' } })).toBe(true);
  actor.send({ type: 'purpose.chosen', purpose: 'request' });
  const child = requestFlow(actor);
  await waitFor(child, (s) => s.matches('category'));
  return child;
}

async function reportGraffiti(actor: FlowActor) {
  const child = await openRequest(actor);
  child.send({ type: 'category.chosen', serviceCode: 'GRAFFITI' });
  child.send({ type: 'location.given', location: { kind: 'here' } });
  child.send({ type: 'description.given', description: 'Tags on the east wall' });
  child.send({ type: 'contact.skipped' });
  child.send({ type: 'request.send' });
  await inState(actor, 'requestReceipt');
}

describe('kioskFlow purpose step', () => {
  it('asks the purpose after the language; a ticket leads to the services, and Back walks back', async () => {
    const { actor } = startFlow();
    await inState(actor, 'welcome');
    actor.send({ type: 'visit.start' });
    actor.send({ type: 'language.chosen', language: 'en' });
    expect(actor.getSnapshot().matches({ visit: { step: 'purpose' } })).toBe(true);
    actor.send({ type: 'purpose.chosen', purpose: 'ticket' });
    expect(actor.getSnapshot().matches({ visit: { step: 'service' } })).toBe(true);
    actor.send({ type: 'visit.back' });
    expect(actor.getSnapshot().matches({ visit: { step: 'purpose' } })).toBe(true);
    actor.send({ type: 'visit.back' });
    expect(actor.getSnapshot().matches({ visit: { step: 'language' } })).toBe(true);
  });

  it('returns to the purpose step when the visitor leaves the request flow', async () => {
    const { actor } = startFlow({ loadCatalog: async () => Promise.reject(new Error('no catalog yet')) });
    await inState(actor, 'welcome');
    actor.send({ type: 'language.chosen', language: 'en' });
    actor.send({ type: 'purpose.chosen', purpose: 'request' });
    await waitFor(requestFlow(actor), (s) => s.matches('catalogUnavailable'));
    requestFlow(actor).send({ type: 'request.ticketInstead' });
    await inState(actor, 'visit.step.purpose');
    expect(actor.getSnapshot().children.caseRequest).toBeUndefined();
  });
});

describe('kioskFlow request path', () => {
  it('sends the request in the visitor language with the clock time, then shows the receipt for ticketShown', async () => {
    const { actor, clock, requestCalls } = startFlow();
    await reportGraffiti(actor);
    expect(requestCalls).toHaveLength(1);
    expect(requestCalls[0]).toMatchObject({
      serviceCode: 'GRAFFITI',
      language: 'es',
      capturedAt: new Date(clock.now()).toISOString(),
    });
    const { requestResult } = actor.getSnapshot().context;
    expect(requestResult?.receipt.requestId).toBe(requestCalls[0]?.requestId);
    clock.increment(ticketShownSeconds * SECOND - 1);
    expect(actor.getSnapshot().value).toBe('requestReceipt');
    clock.increment(1);
    expect(actor.getSnapshot().value).toBe('welcome');
    expect(actor.getSnapshot().context.requestResult).toBeNull();
  });

  it('keeps an unprinted receipt up twice as long, and Done leaves at once', async () => {
    const { actor, clock } = startFlow({
      submitRequest: async (input) => ({
        receipt: {
          requestId: input.requestId,
          localReference: 'R-0000-0000',
          statusToken: 'tok_abcdefghijklmnopqrstuv',
          statusUrl: 'http://127.0.0.1/request/tok_abcdefghijklmnopqrstuv',
          state: 'queued',
          caseId: null,
        },
        print: { ok: false, reason: 'no-printer' },
        offline: true,
      }),
    });
    await reportGraffiti(actor);
    clock.increment(ticketShownSeconds * SECOND * 2 - 1);
    expect(actor.getSnapshot().value).toBe('requestReceipt');
    clock.increment(1);
    expect(actor.getSnapshot().value).toBe('welcome');

    await reportGraffiti(actor);
    actor.send({ type: 'visit.restart' });
    expect(actor.getSnapshot().value).toBe('welcome');
  });

  it('runs inside the idle watcher: activity keeps it, an idle reset discards everything typed', async () => {
    const { actor, clock, requestCalls } = startFlow();
    const child = await openRequest(actor);
    child.send({ type: 'category.chosen', serviceCode: 'GRAFFITI' });
    child.send({ type: 'location.given', location: { kind: 'address', address: 'SW 4th and Main' } });
    clock.increment(idleWarningSeconds * SECOND - 1);
    actor.send({ type: 'activity' });
    clock.increment(idleWarningSeconds * SECOND - 1);
    expect(actor.getSnapshot().value).toEqual({ visit: { step: 'request', idle: 'active' } });
    clock.increment(1);
    expect(actor.getSnapshot().value).toEqual({ visit: { step: 'request', idle: 'warning' } });
    clock.increment(idleGraceSeconds * SECOND);
    expect(actor.getSnapshot().value).toBe('welcome');
    expect(actor.getSnapshot().children.caseRequest).toBeUndefined();
    expect(child.getSnapshot().status).toBe('stopped');

    const next = await openRequest(actor);
    expect(next.getSnapshot().context).toMatchObject({ serviceCode: null, location: null, description: '' });
    expect(requestCalls).toEqual([]);
  });

  it('start over from inside the request flow returns to welcome and stops it', async () => {
    const { actor } = startFlow();
    const child = await openRequest(actor);
    child.send({ type: 'category.chosen', serviceCode: 'POTHOLE' });
    actor.send({ type: 'visit.restart' });
    expect(actor.getSnapshot().value).toBe('welcome');
    expect(child.getSnapshot().status).toBe('stopped');
  });
});
