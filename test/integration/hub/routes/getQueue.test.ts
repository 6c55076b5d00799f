// GET /api/queue: today's open tickets (called first, then waiting in call order), recent calls, last seq.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QueueSnapshot, TicketResult } from '../../../../machines/contracts/index.js';
import { startTestHub, type TestHub } from '../support/testHub.js';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(() => hub.close());

const snapshot = async () => {
  const res = await hub.get('/api/queue');
  expect(res.statusCode).toBe(200);
  return QueueSnapshot.parse(res.json());
};

describe('GET /api/queue', () => {
  it('is empty with seq 0 before anything happens', async () => {
    const snap = await snapshot();
    expect(snap).toMatchObject({ seq: 0, serviceDay: '2026-11-26', tickets: [], recentCalls: [] });
    expect(snap.counters.map((c) => [c.counterId, c.status])).toEqual(
      hub.config.counters.map((c) => [c.id, 'closed']),
    );
    expect(snap.queues).toEqual(hub.config.queues.map((q) => ({ queueId: q.id, closedByStaff: false })));
  });

  it('lists called tickets, then waiting ones in issue order, and the counters signed in', async () => {
    const issued: string[] = [];
    for (const serviceId of ['utility-bills', 'permits', 'utility-bills', 'parking'])
      issued.push(TicketResult.parse((await hub.issue({ serviceId })).json()).ticket.number);
    const called = TicketResult.parse((await hub.callNext('counter-4')).json()).ticket;
    const done = TicketResult.parse((await hub.callNext('counter-1')).json()).ticket;
    await hub.post(`/api/tickets/${done.id}/complete`, { outcomeId: 'resolved' });
    const snap = await snapshot();
    expect(snap.tickets.map((t) => [t.number, t.status])).toEqual([
      [called.number, 'called'],
      ...issued.filter((n) => n !== called.number && n !== done.number).map((n) => [n, 'waiting']),
    ]);
    expect(snap.seq).toBe(4 + 2 + 2 + 1);
    expect(snap.counters.filter((c) => c.status === 'open').map((c) => c.counterId)).toEqual([
      'counter-1',
      'counter-4',
    ]);
  });

  it('lists the recent calls newest first, with counter display names and recall flags only', async () => {
    await hub.issue({ language: 'es' });
    await hub.issue({ language: 'en', serviceId: 'permits' });
    const a = TicketResult.parse((await hub.callNext('counter-1')).json()).ticket;
    await hub.callNext('counter-3');
    hub.clock.advance(hub.config.policy.manualRecallCooldownSeconds * 1000);
    await hub.post(`/api/tickets/${a.id}/recall`, { counterId: 'counter-1' });
    const { recentCalls } = await snapshot();
    expect(recentCalls.map((c) => [c.ticketNumber, c.counterName, c.language, c.recall])).toEqual([
      ['A001', '1', 'es', true],
      ['P001', '3', 'en', false],
      ['A001', '1', 'es', false],
    ]);
    // Seqs 3 and 5 are the two counters' sign-ins.
    expect(recentCalls.map((c) => c.callId)).toEqual([7, 6, 4]);
  });

  it('keeps at most 10 recent calls', async () => {
    for (let i = 0; i < 12; i++) await hub.issue();
    for (let i = 0; i < 12; i++) await hub.callNext();
    const { recentCalls } = await snapshot();
    expect(recentCalls).toHaveLength(10);
    expect(recentCalls[0]!.ticketNumber).toBe('A012');
  });

  it("leaves yesterday's tickets out once the site's day has changed", async () => {
    await hub.issue();
    hub.clock.set('2026-11-27T08:00:00.000Z');
    const snap = await snapshot();
    expect(snap.serviceDay).toBe('2026-11-27');
    expect(snap.tickets).toEqual([]);
    expect(snap.seq).toBe(1);
  });
});
