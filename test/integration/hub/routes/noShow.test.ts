// POST /api/tickets/:ticketId/no-show: closes a called ticket whose visitor did not come.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, QueueSnapshot, TicketResult } from '../../../../machines/contracts/index.js';
import { callOne } from '../support/callOne.js';
import { startTestHub, type TestHub } from '../support/testHub.js';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(() => hub.close());

const noShow = (ticketId: string, body: unknown = {}) => hub.post(`/api/tickets/${ticketId}/no-show`, body);

describe('POST /api/tickets/:ticketId/no-show', () => {
  it('marks the called ticket as a no-show and takes it out of the queue', async () => {
    const { called } = await callOne(hub);
    const res = await noShow(called.id);
    expect(res.statusCode).toBe(200);
    expect(TicketResult.parse(res.json()).ticket).toMatchObject({ status: 'no-show', callCount: 1 });
    const snapshot = QueueSnapshot.parse((await hub.get('/api/queue')).json());
    expect(snapshot.tickets.map((t) => t.id)).not.toContain(called.id);
  });

  it('accepts a POST with no body at all', async () => {
    const { called } = await callOne(hub);
    const res = await hub.inject({ method: 'POST', url: `/api/tickets/${called.id}/no-show` });
    expect(res.statusCode).toBe(200);
  });
});

describe('POST /api/tickets/:ticketId/no-show refuses', () => {
  it('a waiting ticket, with 409 wrong-state and nothing written', async () => {
    const { waiting } = await callOne(hub);
    const before = hub.counts();
    const res = await noShow(waiting[0]!.id);
    expect(res.statusCode).toBe(409);
    expect(ApiError.parse(res.json()).error.code).toBe('wrong-state');
    expect(hub.counts()).toEqual(before);
  });

  it('a ticket already marked as a no-show, with 409 wrong-state', async () => {
    const { called } = await callOne(hub);
    await noShow(called.id);
    const res = await noShow(called.id);
    expect(res.statusCode).toBe(409);
    expect(ApiError.parse(res.json()).error.message).toMatch(/no-show/);
  });

  it('an unknown ticket, with 404 not-found', async () => {
    const res = await noShow(randomUUID());
    expect(res.statusCode).toBe(404);
    expect(ApiError.parse(res.json()).error.code).toBe('not-found');
  });

  it('any field in the body, with 400 invalid-request', async () => {
    const { called } = await callOne(hub);
    const res = await noShow(called.id, { reason: 'left' });
    expect(res.statusCode).toBe(400);
    expect(ApiError.parse(res.json()).error.message).toMatch(/"reason"/);
  });
});
