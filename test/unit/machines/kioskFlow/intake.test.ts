// Kiosk visit flow and the hub's intake: figures fetched when the service and confirm screens open and every
// 30 s, closed services refused, a late `service-closed` refusal back on the confirm screen, hub unreachable.
import { describe, expect, it } from 'vitest';
import { INTAKE_REFRESH_MS, isChoosable, serviceIntakeOf } from '../../../../machines/kioskFlow.js';
import { intakeFor, portlandSetup, ticketResultFor } from './fixtures.js';
import { answerUpToConfirm, inState, intakeSettled, startFlow } from './harness.js';

const setup = portlandSetup();
const closedPermits = () => Promise.resolve(intakeFor(setup, ['permits']));
const allOpen = () => Promise.resolve(intakeFor(setup));
const serviceClosed = Object.assign(new Error('closed'), { code: 'service-closed' });

describe('intakeView helpers', () => {
  it('finds a service and treats a missing answer or service as choosable', () => {
    const intake = intakeFor(setup, ['permits']);
    expect(serviceIntakeOf(intake, 'permits')?.closedReason).toBe('closed-by-staff');
    expect(serviceIntakeOf(null, 'permits')).toBeNull();
    expect(serviceIntakeOf(intake, null)).toBeNull();
    expect(isChoosable(intake, 'permits')).toBe(false);
    expect(isChoosable(intake, 'parking')).toBe(true);
    expect(isChoosable(null, 'permits')).toBe(true);
    expect(isChoosable(intake, 'not-a-service')).toBe(true);
  });
});

describe('kioskFlow intake', () => {
  it('asks for the intake when the service screen opens and every 30 s while it is shown', async () => {
    const { actor, clock, intakeCalls } = startFlow({ loadIntake: allOpen });
    await inState(actor, 'welcome');
    actor.send({ type: 'visit.start' });
    expect(intakeCalls).toHaveLength(0);
    actor.send({ type: 'language.chosen', language: 'en' });
    actor.send({ type: 'purpose.chosen', purpose: 'ticket' });
    await inState(actor, 'visit.step.service');
    await intakeSettled(actor);
    expect(intakeCalls).toHaveLength(1);
    expect(actor.getSnapshot().context.intake?.services[0]?.estimatedWait).toEqual({
      lowMinutes: 10,
      highMinutes: 20,
    });
    clock.increment(INTAKE_REFRESH_MS - 1);
    expect(intakeCalls).toHaveLength(1);
    clock.increment(1);
    expect(intakeCalls).toHaveLength(2);
    actor.send({ type: 'activity' });
    clock.increment(INTAKE_REFRESH_MS);
    expect(intakeCalls).toHaveLength(3);
    actor.send({ type: 'service.chosen', serviceId: 'parking' });
    clock.increment(INTAKE_REFRESH_MS);
    expect(intakeCalls, 'no refresh once the service screen is left').toHaveLength(3);
  });

  it('does not let a visitor choose a service the hub says is closed', async () => {
    const { actor } = startFlow({ loadIntake: closedPermits });
    await inState(actor, 'welcome');
    actor.send({ type: 'language.chosen', language: 'en' });
    actor.send({ type: 'purpose.chosen', purpose: 'ticket' });
    await intakeSettled(actor);
    actor.send({ type: 'service.chosen', serviceId: 'permits' });
    expect(actor.getSnapshot().matches({ visit: { step: 'service' } })).toBe(true);
    actor.send({ type: 'service.chosen', serviceId: 'parking' });
    expect(actor.getSnapshot().matches({ visit: { step: 'needs' } })).toBe(true);
  });

  it('offers every service when the hub cannot be reached', async () => {
    const { actor, intakeCalls } = startFlow();
    await answerUpToConfirm(actor);
    expect(intakeCalls.length).toBeGreaterThanOrEqual(1);
    expect(actor.getSnapshot().context.intake).toBeNull();
    actor.send({ type: 'visit.confirm' });
    await inState(actor, 'ticket');
  });

  it('refuses to confirm when the service closed while the visitor answered', async () => {
    let closed = false;
    const { actor, calls } = startFlow({
      loadIntake: () => Promise.resolve(intakeFor(setup, closed ? ['permits'] : [])),
    });
    await inState(actor, 'welcome');
    actor.send({ type: 'language.chosen', language: 'es' });
    actor.send({ type: 'purpose.chosen', purpose: 'ticket' });
    actor.send({ type: 'service.chosen', serviceId: 'permits' });
    closed = true;
    actor.send({ type: 'needs.chosen' });
    await intakeSettled(actor, (intake) => !isChoosable(intake, 'permits'));
    actor.send({ type: 'visit.confirm' });
    expect(actor.getSnapshot().matches({ visit: { step: 'confirm' } })).toBe(true);
    expect(calls).toHaveLength(0);
  });

  it('a service-closed refusal returns to confirm; choosing another service makes a new request', async () => {
    let refuse = true;
    const { actor, calls } = startFlow({
      takeTicket: async (input) => {
        if (refuse) throw serviceClosed;
        return ticketResultFor(input);
      },
    });
    await answerUpToConfirm(actor);
    actor.send({ type: 'visit.confirm' });
    await inState(actor, 'visit.step.confirm');
    expect(actor.getSnapshot().context.issueError).toBe('service-closed');
    actor.send({ type: 'visit.confirm' });
    expect(calls, 'a closed service is not tried again').toHaveLength(1);
    actor.send({ type: 'service.change' });
    expect(actor.getSnapshot().matches({ visit: { step: 'service' } })).toBe(true);
    actor.send({ type: 'service.chosen', serviceId: 'parking' });
    actor.send({ type: 'needs.chosen' });
    expect(actor.getSnapshot().context.issueError).toBeNull();
    refuse = false;
    actor.send({ type: 'visit.confirm' });
    await inState(actor, 'ticket');
    expect(calls).toHaveLength(2);
    expect(calls[1]?.serviceId).toBe('parking');
    expect(calls[1]?.requestId).not.toBe(calls[0]?.requestId);
  });
});
