// POST /api/counters/:counterId/call-next: earliest first across the counter's queues, one desk per ticket,
// idempotent on requestId; each desk signs in to its counter first.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, IssueTicketResult, TicketResult } from '../../../../machines/contracts/index.js';
import { startTestHub, type TestHub } from '../support/testHub.js';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(() => hub.close());

const issued = async (serviceId = 'utility-bills') =>
  IssueTicketResult.parse((await hub.issue({ serviceId })).json()).ticket;

describe('POST /api/counters/:counterId/call-next', () => {
  it('calls the earliest-issued waiting ticket of any queue to the counter', async () => {
    const first = await issued('permits');
    await issued('utility-bills');
    hub.clock.advance(90_000);
    const res = await hub.callNext('counter-3');
    expect(res.statusCode).toBe(200);
    const { ticket } = TicketResult.parse(res.json());
    expect(ticket).toMatchObject({
      id: first.id,
      number: 'P001',
      status: 'called',
      counterId: 'counter-3',
      callCount: 1,
      calledAt: '2026-11-26T18:01:30.000Z',
    });
  });

  it('gives the next desk the next ticket, never the same one', async () => {
    await issued();
    await issued();
    const a = TicketResult.parse((await hub.callNext('counter-1')).json()).ticket;
    const b = TicketResult.parse((await hub.callNext('counter-2')).json()).ticket;
    expect([a.number, b.number]).toEqual(['A001', 'A002']);
  });

  it('returns the same call when the same requestId is sent again, without calling another ticket', async () => {
    await issued();
    await issued();
    const requestId = randomUUID();
    const first = TicketResult.parse((await hub.callNext('counter-1', requestId)).json()).ticket;
    const before = hub.counts();
    const retry = await hub.callNext('counter-1', requestId);
    expect(retry.statusCode).toBe(200);
    expect(TicketResult.parse(retry.json()).ticket).toEqual(first);
    expect(hub.counts()).toEqual(before);
    const next = TicketResult.parse((await hub.callNext('counter-1')).json()).ticket;
    expect(next.number).toBe('A002');
  });

  it('puts a called visitor who never came back in line before calling the next one', async () => {
    await issued();
    await issued();
    const first = TicketResult.parse((await hub.callNext('counter-1')).json()).ticket;
    await hub.callNext('counter-1');
    const snapshot = (await hub.get('/api/queue')).json() as { tickets: { id: string; status: string }[] };
    expect(snapshot.tickets.find((t) => t.id === first.id)?.status).toBe('waiting');
  });

  it('refuses while the counter is serving someone, saying what to do', async () => {
    const ticket = await issued();
    await issued();
    await hub.callNext('counter-1');
    await hub.postAt('counter-1', `/api/tickets/${ticket.id}/arrive`, {});
    const res = await hub.callNext('counter-1');
    expect(res.statusCode).toBe(409);
    const { error } = ApiError.parse(res.json());
    expect(error.code).toBe('wrong-state');
    expect(error.message).toContain('A001');
  });
});

describe('POST /api/counters/:counterId/call-next refuses', () => {
  it('when nobody is waiting, with 409 nothing-waiting', async () => {
    const res = await hub.callNext('counter-1');
    expect(res.statusCode).toBe(409);
    expect(ApiError.parse(res.json()).error.code).toBe('nothing-waiting');
    expect(hub.counts().callRequests).toBe(0);
  });

  it('when every ticket is already called, with 409 nothing-waiting', async () => {
    await issued();
    await hub.callNext('counter-1');
    const res = await hub.callNext('counter-2');
    expect(res.statusCode).toBe(409);
    expect(ApiError.parse(res.json()).error.code).toBe('nothing-waiting');
  });

  it('tickets issued on an earlier service day, with 409 nothing-waiting', async () => {
    await issued();
    hub.clock.advance(24 * 3600_000);
    const res = await hub.callNext('counter-1');
    expect(res.statusCode).toBe(409);
    expect(ApiError.parse(res.json()).error.code).toBe('nothing-waiting');
  });

  it('an unknown counter, with 404 unknown-counter and nothing written', async () => {
    await issued();
    const before = hub.counts();
    const res = await hub.callNext('counter-99', randomUUID(), 'desk');
    expect(res.statusCode).toBe(404);
    const { error } = ApiError.parse(res.json());
    expect(error.code).toBe('unknown-counter');
    expect(error.message).toMatch(/counter-99/);
    expect(hub.counts()).toEqual(before);
  });

  it('a requestId that is not a UUID, with 400 invalid-request', async () => {
    await issued();
    const before = hub.counts();
    const res = await hub.post('/api/counters/counter-1/call-next', { requestId: 'again' });
    expect(res.statusCode).toBe(400);
    const { error } = ApiError.parse(res.json());
    expect(error.code).toBe('invalid-request');
    expect(error.message).toMatch(/"requestId"/);
    expect(hub.counts()).toEqual(before);
  });

  it('an extra field, with 400 invalid-request', async () => {
    await issued();
    const res = await hub.post('/api/counters/counter-1/call-next', {
      requestId: randomUUID(),
      queue: 'utility',
    });
    expect(res.statusCode).toBe(400);
    expect(ApiError.parse(res.json()).error.message).toMatch(/"queue"/);
    expect(hub.counts().callRequests).toBe(0);
  });

  it('a counter id that is not a slug, with 400 invalid-request', async () => {
    const res = await hub.post('/api/counters/Counter%20One/call-next', { requestId: randomUUID() });
    expect(res.statusCode).toBe(400);
    expect(ApiError.parse(res.json()).error.message).toMatch(/"counterId"/);
  });
});
