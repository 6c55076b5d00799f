// Kiosk flow and the agent's status on a simulated clock: polled on welcome, out of service by facilities and
// back, never interrupting a visit, a printer that cannot print, and a ticket that did not print.
import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import type { KioskStatus, TakeTicketResult } from '../../../../machines/contracts/kioskApi.js';
import {
  isClosedByStaff,
  printerCannotPrint,
  STATUS_REFRESH_MS,
  UNPRINTED_TICKET_FACTOR,
} from '../../../../machines/kioskFlow.js';
import { closedNotice, kioskStatusFor, paperOut, portlandSetup, ticketResultFor } from './fixtures.js';
import { answerUpToConfirm, deferred, type FlowActor, inState, startFlow } from './harness.js';

const { ticketShownSeconds } = portlandSetup().site.kiosk;
const SECOND = 1000;

/** A status the test changes between polls. */
function switchableStatus(initial: KioskStatus) {
  let current = initial;
  return { load: async () => current, set: (next: KioskStatus) => (current = next) };
}

const statusSettled = (actor: FlowActor, check: (status: KioskStatus | null) => boolean) =>
  waitFor(actor, (s) => check(s.context.kioskStatus));

describe('kioskStatusView helpers', () => {
  it('reads out of service and a printer that cannot print, but not a kiosk without a printer', () => {
    expect(isClosedByStaff(kioskStatusFor({ outOfService: closedNotice }))).toBe(true);
    expect(isClosedByStaff(kioskStatusFor())).toBe(false);
    expect(isClosedByStaff(null)).toBe(false);
    expect(printerCannotPrint(kioskStatusFor({ printerHealth: paperOut }))).toBe(true);
    expect(printerCannotPrint(kioskStatusFor({ printerHealth: { ...paperOut, state: 'none' } }))).toBe(false);
    expect(printerCannotPrint(kioskStatusFor({ printerHealth: { ...paperOut, canPrint: true } }))).toBe(
      false,
    );
    expect(printerCannotPrint(kioskStatusFor({ printer: 'error' }))).toBe(true);
    expect(printerCannotPrint(kioskStatusFor({ printer: 'none' }))).toBe(false);
    expect(printerCannotPrint(null)).toBe(false);
  });
});

describe('kioskFlow status', () => {
  it('asks for the status on welcome and every statusRefresh while welcome shows', async () => {
    const { actor, clock, statusCalls } = startFlow();
    await inState(actor, 'welcome');
    await statusSettled(actor, (status) => status !== null);
    expect(statusCalls).toEqual([0]);
    clock.increment(STATUS_REFRESH_MS - 1);
    expect(statusCalls).toHaveLength(1);
    clock.increment(1);
    expect(statusCalls).toEqual([0, STATUS_REFRESH_MS]);
    actor.send({ type: 'visit.start' });
    clock.increment(3 * STATUS_REFRESH_MS);
    expect(statusCalls, 'no polling during a visit').toHaveLength(2);
  });

  it('moves welcome to closedByStaff when facilities take the kiosk out, and back when the notice is lifted', async () => {
    const status = switchableStatus(kioskStatusFor());
    const { actor, clock } = startFlow({ loadStatus: status.load });
    await inState(actor, 'welcome');
    status.set(kioskStatusFor({ outOfService: closedNotice, otherKiosks: ['Kiosk by the elevators'] }));
    clock.increment(STATUS_REFRESH_MS);
    await inState(actor, 'closedByStaff');
    expect(actor.getSnapshot().context.kioskStatus?.otherKiosks).toEqual(['Kiosk by the elevators']);
    actor.send({ type: 'visit.start' });
    expect(actor.getSnapshot().value, 'no visit starts while closed').toBe('closedByStaff');
    clock.increment(STATUS_REFRESH_MS);
    expect(actor.getSnapshot().value).toBe('closedByStaff');
    status.set(kioskStatusFor());
    clock.increment(STATUS_REFRESH_MS);
    await inState(actor, 'welcome');
    expect(actor.getSnapshot().context.kioskStatus?.outOfService).toBeNull();
  });

  it('lets a visit in progress finish, then closes on the way back to welcome', async () => {
    const status = switchableStatus(kioskStatusFor());
    const { actor, clock } = startFlow({ loadStatus: status.load });
    await answerUpToConfirm(actor);
    status.set(kioskStatusFor({ outOfService: closedNotice }));
    clock.increment(STATUS_REFRESH_MS);
    expect(actor.getSnapshot().matches({ visit: { step: 'confirm' } })).toBe(true);
    actor.send({ type: 'visit.confirm' });
    await inState(actor, 'ticket');
    await statusSettled(actor, isClosedByStaff);
    expect(actor.getSnapshot().value, 'the ticket stays up').toBe('ticket');
    actor.send({ type: 'visit.restart' });
    await inState(actor, 'closedByStaff');
  });

  it('keeps the last status when the agent does not answer, and keeps it across visitors', async () => {
    let failure: Promise<KioskStatus> | null = null;
    const { actor, clock } = startFlow({
      loadStatus: () =>
        failure ?? Promise.resolve(kioskStatusFor({ printerHealth: paperOut, otherKiosks: ['Kiosk B'] })),
    });
    await inState(actor, 'welcome');
    await statusSettled(actor, printerCannotPrint);
    failure = Promise.reject(new Error('agent busy'));
    clock.increment(STATUS_REFRESH_MS);
    // The flow's own handler was attached first, so it has run once this rejection is seen here.
    await expect(failure).rejects.toThrow('agent busy');
    expect(actor.getSnapshot().value).toBe('welcome');
    await answerUpToConfirm(actor);
    actor.send({ type: 'visit.restart' });
    expect(actor.getSnapshot().value).toBe('welcome');
    expect(actor.getSnapshot().context.kioskStatus?.printerHealth).toEqual(paperOut);
    expect(actor.getSnapshot().context.kioskStatus?.otherKiosks).toEqual(['Kiosk B']);
  });

  it('asks for the status once more when the visit is confirmed, and the visitor can still take a ticket', async () => {
    let otherKiosks = ['Kiosk B'];
    const ticket = deferred<TakeTicketResult>();
    const { actor, statusCalls, calls } = startFlow({
      loadStatus: async () => kioskStatusFor({ printerHealth: paperOut, otherKiosks }),
      takeTicket: () => ticket.promise,
    });
    await inState(actor, 'welcome');
    await statusSettled(actor, printerCannotPrint);
    await answerUpToConfirm(actor);
    const before = statusCalls.length;
    otherKiosks = ['Kiosk C'];
    actor.send({ type: 'visit.confirm' });
    await statusSettled(actor, (status) => status?.otherKiosks[0] === 'Kiosk C');
    expect(statusCalls).toHaveLength(before + 1);
    expect(calls).toHaveLength(1);
    const input = calls[0];
    if (!input) throw new Error('takeTicket was not called');
    ticket.resolve(ticketResultFor(input));
    await inState(actor, 'ticket');
  });
});

describe('kioskFlow ticket without paper', () => {
  it(`keeps a ticket that did not print on screen ${UNPRINTED_TICKET_FACTOR} times longer`, async () => {
    const { actor, clock } = startFlow({ takeTicket: async (input) => ticketResultFor(input, false) });
    await answerUpToConfirm(actor);
    actor.send({ type: 'visit.confirm' });
    await inState(actor, 'ticket');
    expect(actor.getSnapshot().context.result?.print.ok).toBe(false);
    clock.increment(ticketShownSeconds * UNPRINTED_TICKET_FACTOR * SECOND - 1);
    expect(actor.getSnapshot().value).toBe('ticket');
    clock.increment(1);
    expect(actor.getSnapshot().value).toBe('welcome');
  });

  it('shows a printed ticket for ticketShown only', async () => {
    const { actor, clock } = startFlow();
    await answerUpToConfirm(actor);
    actor.send({ type: 'visit.confirm' });
    await inState(actor, 'ticket');
    clock.increment(ticketShownSeconds * SECOND);
    expect(actor.getSnapshot().value).toBe('welcome');
  });
});
