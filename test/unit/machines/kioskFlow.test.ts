// Kiosk visit flow: every state reachable, then tickets, errors and navigation on a simulated clock
// (idle handling is in kioskFlow/idle.test.ts).
import { describe, expect, it } from 'vitest';
import { getStateNodes } from 'xstate/graph';
import { blankVisit, kioskFlowMachine, SETUP_RETRY_MS } from '../../../machines/kioskFlow.js';
import { kioskFlowPaths, portlandSetup, ticketResultFor } from './kioskFlow/fixtures.js';
import { answerUpToConfirm, inState, startFlow } from './kioskFlow/harness.js';

const setup = portlandSetup();
const { idleWarningSeconds, idleGraceSeconds, ticketShownSeconds } = setup.site.kiosk;
const SECOND = 1000;

describe('kioskFlow state graph', () => {
  const paths = kioskFlowPaths();

  it('reaches every state node of the machine', () => {
    const stateKeys = getStateNodes(kioskFlowMachine.root).map((node) => node.path.join('.'));
    expect(stateKeys.length).toBeGreaterThan(10);
    for (const key of stateKeys) {
      const reached = paths.some((path) => path.state.matches(key as never));
      expect(reached, `state ${key} is reachable`).toBe(true);
    }
  });

  it.each(paths.map((path) => [JSON.stringify(path.state.value), path] as const))(
    'keeps the context consistent in %s',
    (_, path) => {
      const { context } = path.state;
      if (path.state.matches('issuing') || path.state.matches('issueFailed')) {
        expect(context.requestId).not.toBeNull();
        expect(context.serviceId).not.toBeNull();
      }
      if (path.state.matches('ticket')) expect(context.result).not.toBeNull();
      if (path.state.matches('welcome')) expect(context).toMatchObject(blankVisit(context.setup));
      if (path.state.matches('visit')) expect(context.setup).not.toBeNull();
      if (path.state.matches('closedByStaff')) expect(context.kioskStatus?.outOfService).not.toBeNull();
      if (path.state.matches('scanStatus')) expect(context.scan).not.toBeNull();
    },
  );
});

describe('kioskFlow ticket and errors', () => {
  it('shows the ticket for ticketShown, then wipes the visit; the next visitor gets a fresh request id', async () => {
    const { actor, clock, calls } = startFlow();
    await answerUpToConfirm(actor);
    actor.send({ type: 'visit.confirm' });
    await inState(actor, 'ticket');
    expect(actor.getSnapshot().context.result?.peopleAhead).toBe(3);
    clock.increment(ticketShownSeconds * SECOND - 1);
    expect(actor.getSnapshot().value).toBe('ticket');
    clock.increment(1);
    expect(actor.getSnapshot().value).toBe('welcome');
    expect(actor.getSnapshot().context.result).toBeNull();

    await answerUpToConfirm(actor);
    actor.send({ type: 'visit.confirm' });
    await inState(actor, 'ticket');
    expect(calls).toHaveLength(2);
    expect(calls[1]?.requestId).not.toBe(calls[0]?.requestId);
  });

  it('sends the chosen language, service and needs to takeTicket', async () => {
    const { actor, calls } = startFlow();
    await inState(actor, 'welcome');
    actor.send({ type: 'language.chosen', language: 'es' });
    actor.send({ type: 'purpose.chosen', purpose: 'ticket' });
    actor.send({ type: 'service.chosen', serviceId: 'parking' });
    actor.send({ type: 'interpreter.open' });
    actor.send({ type: 'interpreter.chosen', interpreter: { mode: 'video', language: 'ase' } });
    actor.send({ type: 'accessibility.open' });
    actor.send({ type: 'accessibility.toggled', need: 'wheelchair' });
    actor.send({ type: 'accessibility.toggled', need: 'vision' });
    actor.send({ type: 'accessibility.toggled', need: 'wheelchair' });
    actor.send({ type: 'accessibility.done' });
    actor.send({ type: 'needs.chosen' });
    actor.send({ type: 'visit.confirm' });
    await inState(actor, 'ticket');
    expect(calls).toEqual([
      {
        requestId: '00000000-0000-4000-8000-000000000001',
        serviceId: 'parking',
        language: 'es',
        needs: { interpreter: { mode: 'video', language: 'ase' }, accessibility: ['vision'] },
      },
    ]);
  });

  it('retries a failed ticket with the same request id, so the hub never makes two tickets', async () => {
    let attempts = 0;
    const { actor, calls } = startFlow({
      takeTicket: async (input) => {
        attempts += 1;
        if (attempts === 1) throw Object.assign(new Error('hub unreachable'), { code: 'unavailable' });
        return ticketResultFor(input, false);
      },
    });
    await answerUpToConfirm(actor);
    actor.send({ type: 'visit.confirm' });
    await inState(actor, 'issueFailed');
    expect(actor.getSnapshot().context.issueError).toBe('unavailable');
    actor.send({ type: 'visit.retry' });
    await inState(actor, 'ticket');
    expect(calls).toHaveLength(2);
    expect(calls[1]?.requestId).toBe(calls[0]?.requestId);
    expect(actor.getSnapshot().context.result?.print).toEqual({ ok: false, reason: 'printer-error' });
  });

  it('explains a full queue and lets the visitor start over', async () => {
    const { actor } = startFlow({
      takeTicket: async () => {
        throw Object.assign(new Error('queue full'), { code: 'queue-full' });
      },
    });
    await answerUpToConfirm(actor);
    actor.send({ type: 'visit.confirm' });
    await inState(actor, 'issueFailed');
    expect(actor.getSnapshot().context.issueError).toBe('queue-full');
    actor.send({ type: 'visit.restart' });
    expect(actor.getSnapshot().value).toBe('welcome');
    expect(actor.getSnapshot().context.requestId).toBeNull();
  });

  it('leaves an unattended error screen after idleWarning + idleGrace', async () => {
    const { actor, clock } = startFlow({
      takeTicket: async () => {
        throw new Error('printer on fire');
      },
    });
    await answerUpToConfirm(actor);
    actor.send({ type: 'visit.confirm' });
    await inState(actor, 'issueFailed');
    clock.increment((idleWarningSeconds + idleGraceSeconds) * SECOND);
    expect(actor.getSnapshot().value).toBe('welcome');
  });

  it('shows unavailable when the setup cannot be loaded, and retries after setupRetry', async () => {
    let attempts = 0;
    const { actor, clock } = startFlow({
      loadSetup: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('agent not ready');
        return setup;
      },
    });
    await inState(actor, 'unavailable');
    clock.increment(SETUP_RETRY_MS - 1);
    expect(actor.getSnapshot().value).toBe('unavailable');
    clock.increment(1);
    await inState(actor, 'welcome');
    expect(attempts).toBe(2);
  });
});

describe('kioskFlow navigation', () => {
  it('goes back one question at a time and keeps the answers', async () => {
    const { actor } = startFlow();
    await answerUpToConfirm(actor);
    const stepAfterBack = () => {
      actor.send({ type: 'visit.back' });
      return actor.getSnapshot().matches('visit') ? actor.getSnapshot().value : 'left the visit';
    };
    expect(stepAfterBack()).toEqual({ visit: { step: 'needs', idle: 'active' } });
    expect(stepAfterBack()).toEqual({ visit: { step: 'service', idle: 'active' } });
    expect(actor.getSnapshot().context).toMatchObject({ language: 'es', serviceId: 'permits' });
    expect(stepAfterBack()).toEqual({ visit: { step: 'purpose', idle: 'active' } });
    expect(stepAfterBack()).toEqual({ visit: { step: 'language', idle: 'active' } });
    expect(stepAfterBack()).toBe('left the visit');
    expect(actor.getSnapshot().value).toBe('welcome');
  });

  it('returns from the interpreter and access questions to the needs question', async () => {
    const { actor } = startFlow();
    await answerUpToConfirm(actor);
    actor.send({ type: 'visit.back' });
    actor.send({ type: 'interpreter.open' });
    actor.send({ type: 'visit.back' });
    expect(actor.getSnapshot().matches({ visit: { step: 'needs' } })).toBe(true);
    actor.send({ type: 'accessibility.open' });
    actor.send({ type: 'visit.back' });
    expect(actor.getSnapshot().matches({ visit: { step: 'needs' } })).toBe(true);
  });

  it('opens the language question from any step and ignores languages the site does not offer', async () => {
    const { actor } = startFlow();
    await answerUpToConfirm(actor);
    actor.send({ type: 'language.open' });
    expect(actor.getSnapshot().matches({ visit: { step: 'language' } })).toBe(true);
    actor.send({ type: 'language.chosen', language: 'fr' });
    expect(actor.getSnapshot().matches({ visit: { step: 'language' } })).toBe(true);
    actor.send({ type: 'language.chosen', language: 'en' });
    expect(actor.getSnapshot().matches({ visit: { step: 'purpose' } })).toBe(true);
    expect(actor.getSnapshot().context.language).toBe('en');
  });

  it('start over from any question returns to welcome with nothing kept', async () => {
    const { actor } = startFlow();
    await answerUpToConfirm(actor);
    actor.send({ type: 'visit.restart' });
    expect(actor.getSnapshot().value).toBe('welcome');
    expect(actor.getSnapshot().context.serviceId).toBeNull();
  });
});
