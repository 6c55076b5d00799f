// The desk's commands on a visit: call a chosen ticket, preview who is next and why, arrive, park and resume,
// transfer, recycle, visitor left, notes and walk-ins.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  IssueTicketResult,
  NextExplanation,
  type Ticket,
  TicketResult,
} from '../../../../machines/contracts/index.js';
import { startTestHub, type TestHub } from '../support/testHub.js';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(() => hub.close());

const issued = async (overrides = {}) => IssueTicketResult.parse((await hub.issue(overrides)).json()).ticket;
const ticketOf = (res: { statusCode: number; body: string; json(): unknown }): Ticket => {
  expect(res.statusCode, res.body).toBeLessThan(300);
  return TicketResult.parse(res.json()).ticket;
};
const at1 = (path: string, body: unknown = {}) => hub.postAt('counter-1', path, body);

/** A new utility visitor called to counter 1 (by ticket) and at the counter. */
async function serving(): Promise<Ticket> {
  const ticket = await issued();
  ticketOf(await at1('/api/counters/counter-1/call', { ticketId: ticket.id, requestId: randomUUID() }));
  return ticketOf(await at1(`/api/tickets/${ticket.id}/arrive`));
}

describe('POST /api/counters/:counterId/call', () => {
  it('calls the chosen waiting ticket, not the first in line', async () => {
    await issued();
    const second = await issued();
    const res = await at1('/api/counters/counter-1/call', { ticketId: second.id, requestId: randomUUID() });
    expect(ticketOf(res)).toMatchObject({
      id: second.id,
      status: 'called',
      counterId: 'counter-1',
      callCount: 1,
    });
  });

  it('refuses a finished ticket with wrong-state and an unknown one with 404', async () => {
    const done = await serving();
    await at1(`/api/tickets/${done.id}/complete`, { outcomeId: 'resolved' });
    const closed = await at1('/api/counters/counter-1/call', { ticketId: done.id, requestId: randomUUID() });
    expect(ApiError.parse(closed.json()).error.code).toBe('wrong-state');
    const unknown = await at1('/api/counters/counter-1/call', {
      ticketId: randomUUID(),
      requestId: randomUUID(),
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('GET /api/counters/:counterId/next', () => {
  it('names the ticket call-next would pick and the rule, and call-next then picks exactly it', async () => {
    await hub.deskAt('counter-1');
    await issued();
    hub.clock.advance(60_000);
    await issued({ needs: { interpreter: null, accessibility: ['wheelchair'] } });
    const res = await hub.get('/api/counters/counter-1/next', 'desk');
    expect(res.statusCode).toBe(200);
    const explanation = NextExplanation.parse(res.json());
    expect(explanation.counterId).toBe('counter-1');
    expect(explanation.ticketId).not.toBeNull();
    expect(explanation.ranking.length).toBe(2);
    const called = ticketOf(await hub.callNext('counter-1'));
    expect(called.id).toBe(explanation.ticketId);
  });

  it('says nobody is eligible when nobody waits', async () => {
    const explanation = NextExplanation.parse((await hub.get('/api/counters/counter-2/next', 'desk')).json());
    expect(explanation).toMatchObject({ rule: 'nobody-eligible', ticketId: null, number: null });
  });
});

describe('visit commands', () => {
  it('parks a visitor in service and resumes them at the counter', async () => {
    const ticket = await serving();
    expect(ticketOf(await at1(`/api/tickets/${ticket.id}/park`))).toMatchObject({
      status: 'parked',
      counterId: 'counter-1',
    });
    const resumed = ticketOf(await at1(`/api/tickets/${ticket.id}/resume`, { counterId: 'counter-1' }));
    expect(resumed).toMatchObject({ status: 'serving', counterId: 'counter-1' });
  });

  it('transfers a visitor to another service at the front of its queue, as a new transaction', async () => {
    const ticket = await serving();
    const res = await at1(`/api/tickets/${ticket.id}/transfer`, { serviceId: 'permits', placement: 'front' });
    expect(ticketOf(res)).toMatchObject({
      status: 'waiting',
      serviceId: 'permits',
      queueId: 'permits',
      front: true,
      callCount: 0,
      calledAt: null,
      arrivedAt: null,
    });
    expect(ticketOf(res).transactions).toHaveLength(2);
  });

  it('transfers a visitor to one counter only, which then calls them first', async () => {
    await issued();
    const ticket = await serving();
    await at1(`/api/tickets/${ticket.id}/transfer`, { counterId: 'counter-2', placement: 'original' });
    const called = ticketOf(await hub.callNext('counter-2'));
    expect(called.id).toBe(ticket.id);
  });

  it('refuses a transfer with neither service nor counter with 400', async () => {
    const ticket = await serving();
    const res = await at1(`/api/tickets/${ticket.id}/transfer`, { placement: 'end' });
    expect(res.statusCode).toBe(400);
    expect(ApiError.parse(res.json()).error.message).toMatch(/serviceId, counterId or both/);
  });

  it('recycles a called visitor back into the queue', async () => {
    const ticket = await issued();
    await hub.callNext('counter-1');
    const res = await at1(`/api/tickets/${ticket.id}/recycle`, { placement: 'end' });
    expect(ticketOf(res)).toMatchObject({ status: 'waiting', counterId: null, front: false });
  });

  it('records that a waiting visitor left, with the stage', async () => {
    const ticket = await issued();
    const res = await at1(`/api/tickets/${ticket.id}/left`);
    expect(ticketOf(res)).toMatchObject({ status: 'left', leftStage: 'waiting' });
  });

  it('adds a note the visit keeps, and refuses an empty one', async () => {
    const ticket = await serving();
    const res = await at1(`/api/tickets/${ticket.id}/notes`, { text: 'Brought the bill from March' });
    expect(ticketOf(res).notes.map((n) => [n.at, n.text])).toEqual([
      [hub.clock.now().toISOString(), 'Brought the bill from March'],
    ]);
    const empty = await at1(`/api/tickets/${ticket.id}/notes`, { text: '   ' });
    expect(empty.statusCode).toBe(400);
  });

  it('completes with a referral only with a configured bureau', async () => {
    const ticket = await serving();
    const missing = await at1(`/api/tickets/${ticket.id}/complete`, { outcomeId: 'referred' });
    expect(missing.statusCode).toBeGreaterThanOrEqual(400);
    const done = await at1(`/api/tickets/${ticket.id}/complete`, { outcomeId: 'referred', detail: 'water' });
    expect(ticketOf(done)).toMatchObject({ status: 'completed', outcomeId: 'referred' });
    expect(ticketOf(done).transactions[0]).toMatchObject({ outcomeId: 'referred', outcomeDetail: 'water' });
  });
});

describe('POST /api/counters/:counterId/walk-in', () => {
  it('creates a visit served at the counter at once; a retry returns the same visit', async () => {
    const body = {
      requestId: randomUUID(),
      serviceId: 'information',
      language: 'en',
      needs: { interpreter: null, accessibility: [] },
      priorityClass: 'accessibility',
    };
    const res = await at1('/api/counters/counter-1/walk-in', body);
    expect(res.statusCode).toBe(201);
    const ticket = ticketOf(res);
    expect(ticket).toMatchObject({
      id: body.requestId,
      status: 'serving',
      counterId: 'counter-1',
      priorityClass: 'accessibility',
      callCount: 0,
    });
    expect(ticket.arrivedAt).toBe(ticket.issuedAt);
    expect(ticketOf(await at1('/api/counters/counter-1/walk-in', body)).id).toBe(ticket.id);
  });
});

describe('POST /api/tickets with a priority class', () => {
  it('is refused for a kiosk with 403 forbidden and a plain message', async () => {
    const res = await hub.issue({ priorityClass: 'accessibility' }, 'kiosk');
    expect(res.statusCode).toBe(403);
    const { error } = ApiError.parse(res.json());
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(/priority class/);
  });

  it('is accepted from desk staff', async () => {
    const res = await hub.issue({ priorityClass: 'accessibility' }, 'desk');
    expect(res.statusCode).toBe(201);
    expect(IssueTicketResult.parse(res.json()).ticket.priorityClass).toBe('accessibility');
  });
});
