// POST /api/counters/:counterId/{sign-in,break,back,sign-out}: one member of staff per counter, breaks with a
// reason, and the desk work that needs a signed-in counter.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, CounterResult, TicketResult } from '../../../../machines/contracts/index.js';
import { startTestHub, type TestHub } from '../support/testHub.js';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(() => hub.close());

const counter = (res: { json(): unknown }) => CounterResult.parse(res.json()).counter;

describe('counter sessions', () => {
  it('signs a member of staff in, takes a break with a reason, comes back and signs out', async () => {
    const signedIn = await hub.post('/api/counters/counter-3/sign-in', {}, 'desk');
    expect(signedIn.statusCode).toBe(200);
    expect(counter(signedIn)).toMatchObject({
      counterId: 'counter-3',
      status: 'open',
      staffName: 'Test desk',
      since: hub.clock.now().toISOString(),
      breakReason: null,
    });
    const onBreak = await hub.post('/api/counters/counter-3/break', { reason: 'meal' }, 'desk');
    expect(counter(onBreak)).toMatchObject({ status: 'break', breakReason: 'meal' });
    const back = await hub.post('/api/counters/counter-3/back', {}, 'desk');
    expect(counter(back)).toMatchObject({ status: 'open', breakReason: null });
    const out = await hub.post('/api/counters/counter-3/sign-out', {}, 'desk');
    expect(counter(out)).toMatchObject({ status: 'closed', staffUserId: null });
  });

  it('refuses a counter another member of staff holds with 409 conflict naming them', async () => {
    await hub.post('/api/counters/counter-3/sign-in', {}, 'desk');
    const res = await hub.post('/api/counters/counter-3/sign-in', {}, 'supervisor');
    expect(res.statusCode).toBe(409);
    const { error } = ApiError.parse(res.json());
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('Counter 3');
    expect(error.message).toContain('Test desk');
  });

  it('moves a member of staff who signs in elsewhere, signing them out of the first counter', async () => {
    await hub.post('/api/counters/counter-3/sign-in', {}, 'desk');
    await hub.post('/api/counters/counter-4/sign-in', {}, 'desk');
    const snapshot = (await hub.get('/api/queue')).json() as {
      counters: { counterId: string; status: string }[];
    };
    const status = (id: string) => snapshot.counters.find((c) => c.counterId === id)?.status;
    expect([status('counter-3'), status('counter-4')]).toEqual(['closed', 'open']);
  });

  it('refuses call-next at a counter nobody signed in to, and at one on a break, with counter-closed', async () => {
    await hub.issue();
    const closed = await hub.callNext('counter-1', randomUUID(), 'desk');
    expect(closed.statusCode).toBe(409);
    expect(ApiError.parse(closed.json()).error).toMatchObject({
      code: 'counter-closed',
      message: expect.stringContaining('Counter 1'),
    });
    await hub.postAt('counter-1', '/api/counters/counter-1/break', { reason: 'rest' });
    const onBreak = await hub.callNext('counter-1');
    expect(ApiError.parse(onBreak.json()).error.code).toBe('counter-closed');
  });

  it('refuses a break reason that is not in the list with 400', async () => {
    await hub.deskAt('counter-2');
    const res = await hub.postAt('counter-2', '/api/counters/counter-2/break', { reason: 'nap' });
    expect(res.statusCode).toBe(400);
    expect(ApiError.parse(res.json()).error.message).toMatch(/"reason"/);
  });

  it('ends the visit a counter is serving when it signs out', async () => {
    await hub.issue();
    const called = TicketResult.parse((await hub.callNext('counter-1')).json()).ticket;
    await hub.postAt('counter-1', `/api/tickets/${called.id}/arrive`, {});
    await hub.postAt('counter-1', '/api/counters/counter-1/sign-out', {});
    const snapshot = (await hub.get('/api/queue')).json() as { tickets: { id: string }[] };
    expect(snapshot.tickets.map((t) => t.id)).not.toContain(called.id);
  });

  it('puts a called visitor who never arrived back at the front when the counter signs out', async () => {
    await hub.issue();
    await hub.issue();
    const called = TicketResult.parse((await hub.callNext('counter-1')).json()).ticket;
    await hub.postAt('counter-1', '/api/counters/counter-1/sign-out', {});
    const snapshot = (await hub.get('/api/queue')).json() as {
      tickets: { id: string; status: string; front: boolean }[];
    };
    expect(snapshot.tickets.find((t) => t.id === called.id)).toMatchObject({
      status: 'waiting',
      front: true,
    });
  });
});
