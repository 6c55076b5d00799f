// Kiosk flow and notices on a simulated clock: an emergency takes over from any state and wipes the visit, a
// warning only shows, notices start and end on time with no new message, and closing early stops a service.
import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import type { DeviceNotice } from '../../../../machines/contracts/notices.js';
import { blankVisit, shownEmergency } from '../../../../machines/kioskFlow.js';
import { testNotice } from '../infoFlow/fixtures.js';
import { answerUpToConfirm, deferred, type FlowActor, inState, startFlow } from './harness.js';

const MINUTE = 60_000;
/** The simulated clock starts at 0: notice times are written from there. */
const at = (ms: number) => new Date(ms).toISOString();

/** Publishes a set of notices and waits until the flow holds it. */
async function publish(flow: ReturnType<typeof startFlow>, notices: DeviceNotice[]) {
  flow.notices.publish(notices);
  await waitFor(flow.actor, (s) => s.context.notices === notices);
}

function expectWiped(actor: FlowActor) {
  const { context } = actor.getSnapshot();
  const { emergencyLanguage: _, ...visit } = blankVisit(context.setup);
  expect(context).toMatchObject(visit);
}

describe('kioskFlow emergency takeover', () => {
  it('replaces a ticket visit at confirm, wipes it, keeps the chosen language for the notice, and returns to welcome when withdrawn', async () => {
    const flow = startFlow();
    const { actor } = flow;
    await answerUpToConfirm(actor);
    const emergency = testNotice({ startsAt: at(0) });
    await publish(flow, [emergency]);
    expect(actor.getSnapshot().value).toBe('emergency');
    expectWiped(actor);
    expect(actor.getSnapshot().context.emergencyLanguage).toBe('es');
    expect(shownEmergency(actor.getSnapshot().context)?.id).toBe(emergency.id);
    actor.send({ type: 'visit.confirm' });
    expect(actor.getSnapshot().value).toBe('emergency');
    await publish(flow, []);
    expect(actor.getSnapshot().value).toBe('welcome');
    expect(actor.getSnapshot().context.emergencyLanguage).toBeNull();
    expect(actor.getSnapshot().context.serviceId).toBeNull();
  });

  it('stops a request in progress: nothing the visitor typed is reachable afterwards', async () => {
    const flow = startFlow();
    const { actor } = flow;
    await inState(actor, 'welcome');
    actor.send({ type: 'language.chosen', language: 'es' });
    actor.send({ type: 'purpose.chosen', purpose: 'request' });
    const request = actor.getSnapshot().children.caseRequest;
    if (!request) throw new Error('no request flow');
    await waitFor(request, (s) => s.matches('category'));
    request.send({ type: 'search.changed', query: 'my neighbour at 12 Elm St' });
    await publish(flow, [testNotice({ startsAt: at(0) })]);
    expect(actor.getSnapshot().value).toBe('emergency');
    expect(actor.getSnapshot().children.caseRequest).toBeUndefined();
    expect(JSON.stringify(actor.getSnapshot().context)).not.toContain('Elm');
    expectWiped(actor);
  });

  it('stops a ticket being issued and does not show its number afterwards', async () => {
    const pending = deferred<never>();
    const flow = startFlow({ takeTicket: () => pending.promise });
    const { actor } = flow;
    await answerUpToConfirm(actor);
    actor.send({ type: 'visit.confirm' });
    expect(actor.getSnapshot().value).toBe('issuing');
    await publish(flow, [testNotice({ startsAt: at(0) })]);
    expect(actor.getSnapshot().value).toBe('emergency');
    expect(actor.getSnapshot().context.requestId).toBeNull();
  });

  it('records an information visit it interrupts, with the topics opened', async () => {
    const flow = startFlow();
    const { actor, recorded } = flow;
    await inState(actor, 'welcome');
    actor.send({ type: 'language.chosen', language: 'es' });
    actor.send({ type: 'purpose.chosen', purpose: 'information' });
    const info = actor.getSnapshot().children.information;
    if (!info) throw new Error('no information flow');
    await waitFor(info, (s) => s.matches('browse'));
    info.send({ type: 'info.search', query: 'agua' });
    info.send({ type: 'info.topic', topicId: 'water-bill' });
    await publish(flow, [testNotice({ startsAt: at(0) })]);
    expect(actor.getSnapshot().value).toBe('emergency');
    expect(recorded).toEqual([expect.objectContaining({ language: 'es', topicIds: ['water-bill'] })]);
    expect(JSON.stringify(recorded)).not.toContain('agua');
  });

  it('takes over before the setup loaded, and goes back to loading it afterwards', async () => {
    const setupLoad = deferred<never>();
    const flow = startFlow({ loadSetup: () => setupLoad.promise });
    await publish(flow, [testNotice({ startsAt: at(0) })]);
    expect(flow.actor.getSnapshot().value).toBe('emergency');
    await publish(flow, []);
    expect(flow.actor.getSnapshot().value).toBe('loading');
  });

  it('does not take over for a warning: it shows (for the banner) and the visit goes on', async () => {
    const flow = startFlow();
    const { actor } = flow;
    await answerUpToConfirm(actor);
    const warning = testNotice({ severity: 'warning', startsAt: at(0) });
    await publish(flow, [warning]);
    expect(actor.getSnapshot().matches({ visit: { step: 'confirm' } })).toBe(true);
    expect(actor.getSnapshot().context.showing.map((n) => n.id)).toEqual([warning.id]);
    actor.send({ type: 'visit.restart' });
    expect(actor.getSnapshot().context.showing, 'notices stay across visitors').toHaveLength(1);
  });
});

describe('kioskFlow notices on the clock', () => {
  it('takes over only when a later emergency starts, and ends on time, with no new message', async () => {
    const flow = startFlow();
    const { actor, clock } = flow;
    await inState(actor, 'welcome');
    actor.send({ type: 'language.chosen', language: 'es' });
    await publish(flow, [testNotice({ startsAt: at(10 * MINUTE), endsAt: at(25 * MINUTE) })]);
    expect(actor.getSnapshot().context.showing).toEqual([]);
    clock.increment(10 * MINUTE - 1);
    expect(actor.getSnapshot().matches('visit')).toBe(true);
    clock.increment(1);
    expect(actor.getSnapshot().value).toBe('emergency');
    expect(actor.getSnapshot().context.emergencyLanguage).toBe('es');
    clock.increment(15 * MINUTE - 1);
    expect(actor.getSnapshot().value).toBe('emergency');
    clock.increment(1);
    expect(actor.getSnapshot().value).toBe('welcome');
    expect(actor.getSnapshot().context.showing).toEqual([]);
  });

  it('starts and ends a banner notice on time, and a new set replaces the timer', async () => {
    const flow = startFlow();
    const { actor, clock } = flow;
    await inState(actor, 'welcome');
    const info = testNotice({ severity: 'information', startsAt: at(MINUTE), endsAt: at(3 * MINUTE) });
    await publish(flow, [info]);
    clock.increment(MINUTE);
    expect(actor.getSnapshot().context.showing.map((n) => n.id)).toEqual([info.id]);
    const longer = { ...info, version: 2, endsAt: at(5 * MINUTE) };
    await publish(flow, [longer]);
    clock.increment(2 * MINUTE);
    expect(actor.getSnapshot().context.showing.map((n) => n.version)).toEqual([2]);
    clock.increment(2 * MINUTE);
    expect(actor.getSnapshot().context.showing).toEqual([]);
  });

  it('stops a service from its closing time: it cannot be chosen or confirmed any more', async () => {
    const flow = startFlow();
    const { actor, clock } = flow;
    await answerUpToConfirm(actor);
    const closing = testNotice({
      severity: 'information',
      startsAt: at(0),
      closing: { serviceIds: ['permits'], from: at(5 * MINUTE) },
    });
    await publish(flow, [closing]);
    expect(actor.getSnapshot().context.closedEarly).toEqual({});
    clock.increment(5 * MINUTE);
    expect(actor.getSnapshot().context.closedEarly).toEqual({ permits: closing.id });
    actor.send({ type: 'visit.confirm' });
    expect(actor.getSnapshot().matches({ visit: { step: 'confirm' } })).toBe(true);
    actor.send({ type: 'service.change' });
    actor.send({ type: 'service.chosen', serviceId: 'permits' });
    expect(actor.getSnapshot().matches({ visit: { step: 'service' } })).toBe(true);
    actor.send({ type: 'service.chosen', serviceId: 'parking' });
    expect(actor.getSnapshot().matches({ visit: { step: 'needs' } })).toBe(true);
  });
});
