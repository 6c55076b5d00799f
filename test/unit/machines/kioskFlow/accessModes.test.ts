// Display and access modes in the kiosk flow, on a simulated clock: switched on any screen, longer idle timeouts
// for large text, seated and audio, and wiped with everything else the visitor left when the visit resets.
import { describe, expect, it } from 'vitest';
import {
  type AccessModes,
  blankVisit,
  defaultModes,
  idleTimeoutsFor,
  type KioskFlowContext,
  MIN_GRACE_SECONDS,
} from '../../../../machines/kioskFlow.js';
import { portlandSetup } from './fixtures.js';
import { type FlowActor, inState, startFlow } from './harness.js';

const setup = portlandSetup();
const timings = setup.site.kiosk;
const SECOND = 1000;
const modes = (on: Partial<AccessModes>): AccessModes => ({ ...defaultModes(), ...on });

/** The visitor's part of a context: every field the wipe resets. */
const visitorPart = (context: KioskFlowContext) =>
  Object.fromEntries(
    Object.keys(blankVisit(setup)).map((key) => [key, context[key as keyof KioskFlowContext]]),
  );

async function visitWithModes(actor: FlowActor) {
  await inState(actor, 'welcome');
  actor.send({ type: 'modes.set', mode: 'largeText', on: true });
  actor.send({ type: 'modes.set', mode: 'highContrast', on: true });
  actor.send({ type: 'modes.set', mode: 'seated', on: true });
  actor.send({ type: 'language.chosen', language: 'ar' });
  actor.send({ type: 'purpose.chosen', purpose: 'ticket' });
  actor.send({ type: 'service.chosen', serviceId: 'housing' });
  actor.send({ type: 'interpreter.open' });
  actor.send({ type: 'interpreter.chosen', interpreter: { mode: 'phone', language: 'ar' } });
  actor.send({ type: 'accessibility.open' });
  actor.send({ type: 'accessibility.toggled', need: 'wheelchair' });
}

describe('idleTimeoutsFor', () => {
  it("keeps the site's timings when no mode is on, and for high contrast alone", () => {
    const plain = { warningSeconds: timings.idleWarningSeconds, graceSeconds: timings.idleGraceSeconds };
    expect(idleTimeoutsFor(defaultModes(), timings)).toEqual(plain);
    expect(idleTimeoutsFor(modes({ highContrast: true }), timings)).toEqual(plain);
  });

  it('gives large text and the seated layout half as long again, audio twice as long, the longest when combined', () => {
    expect(
      idleTimeoutsFor(modes({ largeText: true }), { idleWarningSeconds: 60, idleGraceSeconds: 30 }),
    ).toEqual({ warningSeconds: 90, graceSeconds: 45 });
    expect(
      idleTimeoutsFor(modes({ seated: true }), { idleWarningSeconds: 60, idleGraceSeconds: 30 }),
    ).toEqual({
      warningSeconds: 90,
      graceSeconds: 45,
    });
    expect(
      idleTimeoutsFor(modes({ largeText: true, audio: true }), {
        idleWarningSeconds: 60,
        idleGraceSeconds: 30,
      }),
    ).toEqual({ warningSeconds: 120, graceSeconds: 60 });
  });

  it('never gives less than 20 seconds to ask for more time, and rounds up to whole seconds', () => {
    expect(
      idleTimeoutsFor(defaultModes(), { idleWarningSeconds: 15, idleGraceSeconds: 5 }).graceSeconds,
    ).toBe(MIN_GRACE_SECONDS);
    expect(
      idleTimeoutsFor(modes({ largeText: true }), { idleWarningSeconds: 15, idleGraceSeconds: 25 }),
    ).toEqual({
      warningSeconds: 23,
      graceSeconds: 38,
    });
  });
});

describe('kioskFlow display and access modes', () => {
  it('starts the visit when a mode is switched on the welcome screen, with the mode on', async () => {
    const { actor } = startFlow();
    await inState(actor, 'welcome');
    actor.send({ type: 'modes.set', mode: 'highContrast', on: true });
    expect(actor.getSnapshot().value).toEqual({ visit: { step: 'language', idle: 'active' } });
    expect(actor.getSnapshot().context.modes).toEqual(modes({ highContrast: true }));
    actor.send({ type: 'modes.set', mode: 'highContrast', on: false });
    expect(actor.getSnapshot().context.modes).toEqual(defaultModes());
  });

  it('refuses a mode before the setup is loaded: the welcome screen would wipe it at once', async () => {
    let loaded = (_: typeof setup) => {};
    const { actor } = startFlow({ loadSetup: () => new Promise((resolve) => (loaded = resolve)) });
    expect(actor.getSnapshot().value).toBe('loading');
    actor.send({ type: 'modes.set', mode: 'audio', on: true });
    expect(actor.getSnapshot().context.modes).toEqual(defaultModes());
    loaded(setup);
    await inState(actor, 'welcome');
    actor.send({ type: 'modes.set', mode: 'audio', on: true });
    expect(actor.getSnapshot().context.modes).toEqual(modes({ audio: true }));
  });

  it('warns later in large-text mode, and counts switching a mode as activity', async () => {
    const { actor, clock } = startFlow();
    await inState(actor, 'welcome');
    actor.send({ type: 'visit.start' });
    clock.increment(timings.idleWarningSeconds * SECOND - 1);
    actor.send({ type: 'modes.set', mode: 'largeText', on: true });
    const { warningSeconds, graceSeconds } = idleTimeoutsFor(modes({ largeText: true }), timings);
    expect(warningSeconds).toBeGreaterThan(timings.idleWarningSeconds);
    clock.increment(warningSeconds * SECOND - 1);
    expect(actor.getSnapshot().matches({ visit: { idle: 'active' } })).toBe(true);
    clock.increment(1);
    expect(actor.getSnapshot().matches({ visit: { idle: 'warning' } })).toBe(true);
    clock.increment(graceSeconds * SECOND - 1);
    actor.send({ type: 'idle.extend' });
    expect(actor.getSnapshot().matches({ visit: { idle: 'active' } })).toBe(true);
    expect(actor.getSnapshot().context.modes.largeText).toBe(true);
  });

  it('gives the audio mode (set by the speech control) twice as long before the warning', async () => {
    const { actor, clock } = startFlow();
    await inState(actor, 'welcome');
    actor.send({ type: 'visit.start' });
    actor.send({ type: 'modes.set', mode: 'audio', on: true });
    clock.increment(2 * timings.idleWarningSeconds * SECOND - 1);
    expect(actor.getSnapshot().matches({ visit: { idle: 'active' } })).toBe(true);
    clock.increment(1);
    expect(actor.getSnapshot().matches({ visit: { idle: 'warning' } })).toBe(true);
  });

  it('after an idle reset, nothing of the previous visitor is left: answers, language and modes are back to defaults', async () => {
    const { actor, clock } = startFlow();
    await visitWithModes(actor);
    const before = actor.getSnapshot().context;
    expect(before.modes).toEqual(modes({ largeText: true, highContrast: true, seated: true }));
    expect(before.needs.accessibility).toEqual(['wheelchair']);
    const { warningSeconds, graceSeconds } = idleTimeoutsFor(before.modes, timings);
    clock.increment(warningSeconds * SECOND);
    expect(actor.getSnapshot().matches({ visit: { idle: 'warning' } })).toBe(true);
    clock.increment(graceSeconds * SECOND);

    const { context, value, children } = actor.getSnapshot();
    expect(value).toBe('welcome');
    expect(visitorPart(context)).toEqual(blankVisit(setup));
    expect(context.modes).toEqual(defaultModes());
    expect(context.language).toBe(setup.site.languages[0]);
    expect(Object.keys(children).sort()).toEqual(['loadStatus', 'waitForScan', 'watchNotices']);
    // The next visitor's idle timer runs at the plain timings again.
    actor.send({ type: 'visit.start' });
    clock.increment(timings.idleWarningSeconds * SECOND);
    expect(actor.getSnapshot().matches({ visit: { idle: 'warning' } })).toBe(true);
  });

  it('keeps modes switched on the ticket screen only until the ticket screen times out', async () => {
    const { actor, clock } = startFlow();
    await visitWithModes(actor);
    actor.send({ type: 'accessibility.done' });
    actor.send({ type: 'needs.chosen' });
    actor.send({ type: 'visit.confirm' });
    await inState(actor, 'ticket');
    actor.send({ type: 'modes.set', mode: 'seated', on: false });
    expect(actor.getSnapshot().context.modes).toEqual(modes({ largeText: true, highContrast: true }));
    clock.increment(timings.ticketShownSeconds * SECOND);
    expect(actor.getSnapshot().value).toBe('welcome');
    expect(visitorPart(actor.getSnapshot().context)).toEqual(blankVisit(setup));
  });

  it('wipes the modes when the visitor chooses Start over', async () => {
    const { actor } = startFlow();
    await visitWithModes(actor);
    actor.send({ type: 'visit.restart' });
    expect(actor.getSnapshot().value).toBe('welcome');
    expect(actor.getSnapshot().context.modes).toEqual(defaultModes());
  });
});
