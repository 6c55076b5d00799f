// At the counter: transfers and recycles with each placement, park and resume, outcomes, notes and walk-ins.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ana, ben, createEngine, type Engine, noNeeds, refusal } from './engineHarness.js';

let engine: Engine;
afterEach(() => engine.close());

/** Ana at counter 1 and Ben at counter 2; A001 issued at 10:00 and being served at counter 1 from 10:05. */
function serving() {
  engine = createEngine();
  engine.openCounter('counter-1', ana);
  engine.openCounter('counter-2', ben);
  const ticket = engine.issue();
  engine.advanceSeconds(300);
  engine.callNext();
  engine.service.confirmArrival({ ticketId: ticket.id, by: ana });
  engine.advanceSeconds(120);
  return ticket;
}

describe('transfer', () => {
  it('to another service starts a new transaction in its queue and resets the call facts', () => {
    const ticket = serving();
    const moved = engine.service.transfer({
      ticketId: ticket.id,
      serviceId: 'permits',
      placement: 'end',
      by: ana,
    });
    const at = engine.now().toISOString();
    expect(moved.ticket).toMatchObject({
      status: 'waiting',
      serviceId: 'permits',
      queueId: 'permits',
      number: 'A001',
      counterId: null,
      callCount: 0,
      calledAt: null,
      arrivedAt: null,
      lastCalledAt: null,
      front: false,
      rankAt: at,
      targetCounterId: null,
    });
    expect(moved.ticket.transactions.map((t) => [t.serviceId, t.startedAt])).toEqual([
      ['utility-bills', ticket.issuedAt],
      ['permits', at],
    ]);
  });

  it('places at the front, at the end, or at the original arrival', () => {
    const ticket = serving();
    const place = (placement: 'front' | 'end' | 'original') => {
      const moved = engine.service.transfer({
        ticketId: ticket.id,
        serviceId: 'utility-bills',
        placement,
        by: ana,
      });
      engine.service.callTicket({
        counterId: 'counter-1',
        ticketId: ticket.id,
        requestId: randomUUID(),
        by: ana,
      });
      return [moved.ticket.front, moved.ticket.rankAt];
    };
    const now = () => engine.now().toISOString();
    expect(place('front')).toEqual([true, now()]);
    expect(place('end')).toEqual([false, now()]);
    expect(place('original')).toEqual([false, ticket.issuedAt]);
  });

  it('to a counter: only that counter calls it, and it goes first there', () => {
    const ticket = serving();
    engine.issue();
    engine.service.transfer({ ticketId: ticket.id, counterId: 'counter-2', placement: 'end', by: ana });
    const atOne = engine.service.previewNext({ counterId: 'counter-1' });
    expect(atOne.skipped).toContainEqual(
      expect.objectContaining({ ticketId: ticket.id, reason: 'other-counter' }),
    );
    expect(engine.callNext('counter-1').number).toBe('A002');
    const atTwo = engine.callNext('counter-2', ben);
    expect(atTwo).toMatchObject({ id: ticket.id, counterId: 'counter-2', targetCounterId: 'counter-2' });
  });

  it('refuses unknown services and counters', () => {
    const ticket = serving();
    const to = (body: { serviceId?: string; counterId?: string }) => () =>
      engine.service.transfer({ ticketId: ticket.id, placement: 'end', ...body, by: ana });
    expect(refusal(to({ serviceId: 'nope' })).code).toBe('unknown-service');
    expect(refusal(to({ counterId: 'counter-9' })).code).toBe('unknown-counter');
    expect(refusal(to({})).code).toBe('invalid-request');
  });
});

describe('recycle', () => {
  it('puts the visitor back in the same transaction, keeping the last call for the cool-down', () => {
    const ticket = serving();
    let lastCall = engine.store
      .read((r) => r.findTicket(ticket.id))!
      .events.find((e) => e.type === 'ticket.called')!.at;
    for (const placement of ['front', 'end', 'original'] as const) {
      const back = engine.service.recycle({ ticketId: ticket.id, placement, by: ana }).ticket;
      expect(back).toMatchObject({
        status: 'waiting',
        lastCalledAt: lastCall,
        front: placement === 'front',
        rankAt: placement === 'original' ? ticket.issuedAt : engine.now().toISOString(),
        transactions: [expect.objectContaining({ serviceId: 'utility-bills' })],
      });
      expect(engine.service.previewNext({ counterId: 'counter-1' }).skipped[0]).toEqual({
        ticketId: ticket.id,
        number: 'A001',
        reason: 'cooling-down',
        eligibleAt: new Date(Date.parse(lastCall) + 300_000).toISOString(),
      });
      engine.service.callTicket({
        counterId: 'counter-1',
        ticketId: ticket.id,
        requestId: randomUUID(),
        by: ana,
      });
      lastCall = engine.now().toISOString();
      engine.advanceSeconds(60);
    }
  });
});

describe('park and resume', () => {
  it('parks at the counter, frees it for the next call, and resumes at any counter its caller holds', () => {
    const ticket = serving();
    const parked = engine.service.park({ ticketId: ticket.id, by: ana }).ticket;
    expect(parked).toMatchObject({ status: 'parked', counterId: 'counter-1' });
    const resumed = engine.service.resume({ ticketId: ticket.id, counterId: 'counter-2', by: ben }).ticket;
    expect(resumed).toMatchObject({ status: 'serving', counterId: 'counter-2' });
    engine.service.park({ ticketId: ticket.id, by: ben });
    const notHers = refusal(() =>
      engine.service.resume({ ticketId: ticket.id, counterId: 'counter-2', by: ana }),
    );
    expect(notHers.code).toBe('counter-closed');
  });
});

describe('complete', () => {
  it('records the outcome and its detail on the current transaction', () => {
    const ticket = serving();
    const done = engine.service.complete({
      ticketId: ticket.id,
      outcomeId: 'referred',
      detail: 'water',
      by: ana,
    });
    expect(done.ticket).toMatchObject({ status: 'completed', outcomeId: 'referred' });
    expect(done.ticket.transactions.at(-1)).toMatchObject({ outcomeId: 'referred', outcomeDetail: 'water' });
  });

  it('needs a bureau for referred, a case reference for case-created, and nothing for the others', () => {
    const ticket = serving();
    const complete = (outcomeId: string, detail?: string) => () =>
      engine.service.complete({ ticketId: ticket.id, outcomeId, ...(detail ? { detail } : {}), by: ana });
    expect(refusal(complete('referred')).code).toBe('invalid-request');
    expect(refusal(complete('referred', 'mars')).code).toBe('invalid-request');
    expect(refusal(complete('case-created')).code).toBe('invalid-request');
    expect(refusal(complete('resolved', 'extra')).code).toBe('invalid-request');
    expect(refusal(complete('unheard-of')).code).toBe('unknown-outcome');
    const done = complete('case-created', 'PDX-2026-004512')() as { ticket: { transactions: unknown[] } };
    expect(done.ticket.transactions.at(-1)).toMatchObject({ outcomeDetail: 'PDX-2026-004512' });
  });
});

describe('notes', () => {
  it('keeps notes with the visit, out of the event data', () => {
    const ticket = serving();
    const noted = engine.service.addNote({
      ticketId: ticket.id,
      text: '  Needs large print  ',
      by: ana,
    }).ticket;
    expect(noted.notes).toEqual([
      { at: engine.now().toISOString(), counterId: 'counter-1', text: 'Needs large print' },
    ]);
    const logged = engine.store.read((r) => r.findTicket(ticket.id))!.events.at(-1)!;
    expect(logged).toMatchObject({ type: 'ticket.noted', userId: ana.userId });
    expect(JSON.stringify(logged.data)).not.toContain('large print');
    expect(refusal(() => engine.service.addNote({ ticketId: ticket.id, text: ' ', by: ana })).code).toBe(
      'invalid-request',
    );
  });
});

describe('walkIn', () => {
  it('creates a visit served at the counter at once, idempotent on requestId', () => {
    engine = createEngine();
    engine.openCounter();
    const input = { requestId: randomUUID(), serviceId: 'information', language: 'en', needs: noNeeds };
    const first = engine.service.walkIn({ ...input, counterId: 'counter-1', by: ana });
    expect(first.ticket).toMatchObject({
      number: 'I001',
      status: 'serving',
      counterId: 'counter-1',
      arrivedAt: first.ticket.issuedAt,
      callCount: 0,
      calledAt: null,
    });
    const count = engine.events.length;
    expect(engine.service.walkIn({ ...input, counterId: 'counter-1', by: ana })).toEqual(first);
    expect(engine.events).toHaveLength(count);
    const blocked = refusal(() =>
      engine.service.walkIn({ ...input, requestId: randomUUID(), counterId: 'counter-1', by: ana }),
    );
    expect(blocked.code).toBe('wrong-state');
    const closed = refusal(() =>
      engine.service.walkIn({ ...input, requestId: randomUUID(), counterId: 'counter-2', by: ana }),
    );
    expect(closed).toEqual({ code: 'counter-closed', message: 'Sign in to Counter 2 first.' });
  });
});
