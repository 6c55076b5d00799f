// POST /api/tickets/:ticketId/complete: closes a called ticket with a configured outcome.
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

const caseCreated = { outcomeId: 'case-created', detail: 'PDX-2026-0042' };
const complete = (ticketId: string, body: unknown = caseCreated) =>
  hub.post(`/api/tickets/${ticketId}/complete`, body);

describe('POST /api/tickets/:ticketId/complete', () => {
  it('completes the called ticket with its outcome', async () => {
    const { called } = await callOne(hub);
    const res = await complete(called.id);
    expect(res.statusCode).toBe(200);
    const { ticket } = TicketResult.parse(res.json());
    expect(ticket).toMatchObject({ status: 'completed', outcomeId: 'case-created', callCount: 1 });
    expect(ticket.transactions.at(-1)).toMatchObject({
      outcomeId: 'case-created',
      outcomeDetail: 'PDX-2026-0042',
    });
  });
});

describe('POST /api/tickets/:ticketId/complete refuses', () => {
  it('an unknown outcome, with 404 unknown-outcome and nothing written', async () => {
    const { called } = await callOne(hub);
    const before = hub.counts();
    const res = await complete(called.id, { outcomeId: 'made-up' });
    expect(res.statusCode).toBe(404);
    const { error } = ApiError.parse(res.json());
    expect(error.code).toBe('unknown-outcome');
    expect(error.message).toMatch(/made-up/);
    expect(hub.counts()).toEqual(before);
  });

  it('a waiting ticket, with 409 wrong-state', async () => {
    const { waiting } = await callOne(hub);
    const res = await complete(waiting[0]!.id);
    expect(res.statusCode).toBe(409);
    expect(ApiError.parse(res.json()).error.code).toBe('wrong-state');
  });

  it('a ticket completed already, with 409 wrong-state', async () => {
    const { called } = await callOne(hub);
    await complete(called.id);
    const before = hub.counts();
    const res = await complete(called.id, { outcomeId: 'resolved' });
    expect(res.statusCode).toBe(409);
    expect(ApiError.parse(res.json()).error.code).toBe('wrong-state');
    expect(hub.counts()).toEqual(before);
  });

  it('an unknown ticket, with 404 not-found', async () => {
    const res = await complete(randomUUID());
    expect(res.statusCode).toBe(404);
    expect(ApiError.parse(res.json()).error.code).toBe('not-found');
  });

  it.each([
    ['a case without its case reference', { outcomeId: 'case-created' }],
    ['a referral to a bureau that is not configured', { outcomeId: 'referred', detail: 'nowhere' }],
    ['a detail on an outcome that takes none', { outcomeId: 'resolved', detail: 'extra words' }],
  ])('%s, with a 4xx answer and nothing written', async (_, body) => {
    const { called } = await callOne(hub);
    const before = hub.counts();
    const res = await complete(called.id, body);
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(ApiError.parse(res.json()).error.message.length).toBeGreaterThan(10);
    expect(hub.counts()).toEqual(before);
  });

  it('an outcome of the wrong type, with 400 invalid-request', async () => {
    const { called } = await callOne(hub);
    const res = await complete(called.id, { outcomeId: 7 });
    expect(res.statusCode).toBe(400);
    expect(ApiError.parse(res.json()).error.message).toMatch(/"outcomeId"/);
  });
});
