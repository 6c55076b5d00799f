// POST /api/tickets/:ticketId/recall: re-announces a called ticket and counts the call, no sooner than the
// manual cool-down and no more than the policy's maximum number of calls.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, TicketResult } from '../../../../machines/contracts/index.js';
import { callOne } from '../support/callOne.js';
import { startTestHub, type TestHub } from '../support/testHub.js';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(() => hub.close());

const recall = (ticketId: string, body: unknown = { counterId: 'counter-2' }) =>
  hub.post(`/api/tickets/${ticketId}/recall`, body);

describe('POST /api/tickets/:ticketId/recall', () => {
  it('keeps the ticket called, adds one to its call count and keeps the first call time', async () => {
    const { called } = await callOne(hub);
    hub.clock.advance(60_000);
    const res = await recall(called.id);
    expect(res.statusCode).toBe(200);
    const { ticket } = TicketResult.parse(res.json());
    expect(ticket).toMatchObject({
      status: 'called',
      callCount: 2,
      counterId: 'counter-2',
      calledAt: called.calledAt,
    });
    hub.clock.advance(hub.config.policy.manualRecallCooldownSeconds * 1000);
    const again = TicketResult.parse((await recall(called.id)).json()).ticket;
    expect(again.callCount).toBe(3);
  });
});

describe('POST /api/tickets/:ticketId/recall refuses', () => {
  it('a recall within the manual cool-down, with 409 cooling-down', async () => {
    const { called } = await callOne(hub);
    const res = await recall(called.id);
    expect(res.statusCode).toBe(409);
    expect(ApiError.parse(res.json()).error.code).toBe('cooling-down');
  });

  it('a call past the maximum, with 409 wrong-state saying to mark a no-show', async () => {
    const { called } = await callOne(hub);
    const { maxCalls, manualRecallCooldownSeconds } = hub.config.policy;
    for (let call = 1; call < maxCalls; call++) {
      hub.clock.advance(manualRecallCooldownSeconds * 1000);
      expect((await recall(called.id)).statusCode).toBe(200);
    }
    hub.clock.advance(manualRecallCooldownSeconds * 1000);
    const res = await recall(called.id);
    expect(res.statusCode).toBe(409);
    const { error } = ApiError.parse(res.json());
    expect(error.code).toBe('wrong-state');
    expect(error.message).toMatch(/no-show/i);
  });

  it('a waiting ticket, with 409 wrong-state', async () => {
    const { waiting } = await callOne(hub);
    const before = hub.counts();
    const res = await recall(waiting[0]!.id);
    expect(res.statusCode).toBe(409);
    const { error } = ApiError.parse(res.json());
    expect(error.code).toBe('wrong-state');
    expect(error.message).toContain('A002');
    expect(hub.counts()).toEqual(before);
  });

  it('a completed ticket, with 409 wrong-state', async () => {
    const { called } = await callOne(hub);
    await hub.post(`/api/tickets/${called.id}/complete`, { outcomeId: 'resolved' });
    const res = await recall(called.id);
    expect(res.statusCode).toBe(409);
    expect(ApiError.parse(res.json()).error.code).toBe('wrong-state');
  });

  it('an unknown ticket, with 404 not-found', async () => {
    const res = await recall(randomUUID());
    expect(res.statusCode).toBe(404);
    expect(ApiError.parse(res.json()).error.code).toBe('not-found');
  });

  it('an unknown counter, with 404 unknown-counter and nothing written', async () => {
    const { called } = await callOne(hub);
    const before = hub.counts();
    const res = await recall(called.id, { counterId: 'counter-99' });
    expect(res.statusCode).toBe(404);
    expect(ApiError.parse(res.json()).error.code).toBe('unknown-counter');
    expect(hub.counts()).toEqual(before);
  });

  it('a ticket id that is not a UUID, with 400 invalid-request', async () => {
    const res = await recall('A001');
    expect(res.statusCode).toBe(400);
    expect(ApiError.parse(res.json()).error.message).toMatch(/"ticketId"/);
  });

  it('a body without counterId, with 400 invalid-request', async () => {
    const { called } = await callOne(hub);
    const before = hub.counts();
    const res = await recall(called.id, {});
    expect(res.statusCode).toBe(400);
    expect(ApiError.parse(res.json()).error.message).toMatch(/"counterId"/);
    expect(hub.counts()).toEqual(before);
  });
});
