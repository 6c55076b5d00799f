// Kiosk flow "Find information" path: the info flow inside the visit, "Talk to someone" continuing to a ticket
// for the desk without asking the language again, and the anonymous visit record sent however the part ends.
import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import { portlandSetup } from './fixtures.js';
import { type FlowActor, inState, startFlow } from './harness.js';

const { idleWarningSeconds, idleGraceSeconds } = portlandSetup().site.kiosk;
const SECOND = 1000;

/** The information flow the visit invoked (fails the test when there is none). */
function infoFlow(actor: FlowActor) {
  const child = actor.getSnapshot().children.information;
  if (!child) throw new Error('no information flow is running');
  return child;
}

async function openInformation(actor: FlowActor, language = 'es') {
  await inState(actor, 'welcome');
  actor.send({ type: 'language.chosen', language });
  actor.send({ type: 'purpose.chosen', purpose: 'information' });
  expect(actor.getSnapshot().matches({ visit: { step: 'info' } })).toBe(true);
  const child = infoFlow(actor);
  await waitFor(child, (s) => s.matches('browse'));
  return child;
}

describe('kioskFlow information path', () => {
  it('opens the information flow in the visitor language; Back returns to the purpose', async () => {
    const { actor, recorded } = startFlow();
    const child = await openInformation(actor);
    expect(child.getSnapshot().context.language).toBe('es');
    child.send({ type: 'info.back' });
    await inState(actor, 'visit.step.purpose');
    expect(actor.getSnapshot().children.information).toBeUndefined();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ language: 'es', topicIds: [], ticketTopicId: null });
  });

  it('records the visit on Done with the topics opened and printed, then shows welcome', async () => {
    const { actor, recorded, clock } = startFlow();
    const child = await openInformation(actor);
    child.send({ type: 'info.topic', topicId: 'transit-pass' });
    child.send({ type: 'info.back' });
    child.send({ type: 'info.topic', topicId: 'food-help' });
    child.send({ type: 'info.print' });
    await waitFor(child, (s) => s.matches('printed'));
    child.send({ type: 'info.done' });
    await inState(actor, 'welcome');
    expect(recorded).toEqual([
      {
        id: expect.stringMatching(/^00000000-0000-4000-8000-/),
        at: new Date(clock.now()).toISOString(),
        language: 'es',
        contentVersion: 3,
        topicIds: ['transit-pass', 'food-help'],
        printedTopicIds: ['food-help'],
        ticketTopicId: null,
      },
    ]);
    expect(actor.getSnapshot().context.infoVisit).toBeNull();
  });

  it('turns "Talk to someone" into a ticket for the desk: needs, confirm, then takeTicket with that service', async () => {
    const { actor, calls, recorded } = startFlow();
    const child = await openInformation(actor);
    child.send({ type: 'info.topic', topicId: 'food-help' });
    child.send({ type: 'info.talk' });
    await inState(actor, 'visit.step.needs');
    expect(actor.getSnapshot().context).toMatchObject({ serviceId: 'information', language: 'es' });
    expect(recorded).toEqual([
      expect.objectContaining({ topicIds: ['food-help'], ticketTopicId: 'food-help' }),
    ]);
    actor.send({ type: 'needs.chosen' });
    expect(actor.getSnapshot().matches({ visit: { step: 'confirm' } })).toBe(true);
    actor.send({ type: 'visit.confirm' });
    await inState(actor, 'ticket');
    expect(calls).toEqual([expect.objectContaining({ serviceId: 'information', language: 'es' })]);
    expect(recorded).toHaveLength(1);
  });

  it("uses the topic's own desk service when it has one", async () => {
    const { actor } = startFlow();
    const child = await openInformation(actor, 'en');
    child.send({ type: 'info.topic', topicId: 'water-bill' });
    child.send({ type: 'info.talk' });
    await inState(actor, 'visit.step.needs');
    expect(actor.getSnapshot().context.serviceId).toBe('utility-bills');
  });

  it('records the visit when the idle reset ends it, with the topics opened so far', async () => {
    const { actor, clock, recorded } = startFlow();
    const child = await openInformation(actor);
    child.send({ type: 'info.topic', topicId: 'water-bill' });
    expect(recorded).toEqual([]);
    clock.increment(idleWarningSeconds * SECOND);
    clock.increment(idleGraceSeconds * SECOND);
    expect(actor.getSnapshot().value).toBe('welcome');
    expect(recorded).toEqual([expect.objectContaining({ language: 'es', topicIds: ['water-bill'] })]);
  });

  it('records the visit on Start over, and a failing recorder does not disturb the flow', async () => {
    const { actor, recorded } = startFlow({
      recordInfoVisit: async () => Promise.reject(new Error('agent unreachable')),
    });
    // Resolves once the flow has received the recorder's failure.
    const failureSeen = new Promise<void>((resolve) => {
      actor.system.inspect((inspection) => {
        if (
          inspection.type === '@xstate.event' &&
          inspection.event.type.startsWith('xstate.error.actor.record')
        )
          resolve();
      });
    });
    const child = await openInformation(actor);
    child.send({ type: 'info.topic', topicId: 'transit-pass' });
    actor.send({ type: 'visit.restart' });
    expect(actor.getSnapshot().value).toBe('welcome');
    expect(recorded).toEqual([expect.objectContaining({ topicIds: ['transit-pass'] })]);
    await failureSeen;
    expect(actor.getSnapshot().status).toBe('active');
    actor.send({ type: 'visit.start' });
    expect(actor.getSnapshot().matches({ visit: { step: 'language' } })).toBe(true);
  });

  it('records nothing when the content could not be loaded (no version to count against)', async () => {
    const { actor, recorded } = startFlow({ loadInfoContent: async () => Promise.reject(new Error('none')) });
    await inState(actor, 'welcome');
    actor.send({ type: 'language.chosen', language: 'en' });
    actor.send({ type: 'purpose.chosen', purpose: 'information' });
    await waitFor(infoFlow(actor), (s) => s.matches('failed'));
    infoFlow(actor).send({ type: 'info.done' });
    await inState(actor, 'welcome');
    expect(recorded).toEqual([]);
  });
});
