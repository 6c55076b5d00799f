// Calling visitors: call-next follows explainNext, idempotency, auto no-show and recycle, call a chosen ticket,
// recall cool-down and max calls.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ana, ben, createEngine, type Engine, refusal } from './engineHarness.js';

let engine: Engine;
afterEach(() => engine.close());

describe('callNext', () => {
  it('calls exactly the ticket previewNext names, and records the call', () => {
    engine = createEngine();
    engine.openCounter();
    engine.issue();
    engine.advanceSeconds(60);
    const priority = engine.issue('utility-bills', { interpreter: null, accessibility: ['wheelchair'] });
    const preview = engine.service.previewNext({ counterId: 'counter-1' });
    expect(preview.ticketId).toBe(priority.id);
    const result = engine.service.callNext({ counterId: 'counter-1', requestId: randomUUID(), by: ana });
    expect(result.explanation).toEqual(preview);
    expect(result.ticket).toMatchObject({
      id: priority.id,
      status: 'called',
      counterId: 'counter-1',
      callCount: 1,
      calledAt: engine.now().toISOString(),
      lastCalledAt: engine.now().toISOString(),
    });
    const last = engine.events.at(-1)!;
    expect(last).toMatchObject({ type: 'ticket.called', ticket: { id: priority.id, status: 'called' } });
  });

  it('returns the same call for a retried request, without a second call', () => {
    engine = createEngine();
    engine.openCounter();
    engine.issue();
    engine.issue();
    const requestId = randomUUID();
    const first = engine.service.callNext({ counterId: 'counter-1', requestId, by: ana });
    const count = engine.events.length;
    const again = engine.service.callNext({ counterId: 'counter-1', requestId, by: ana });
    expect(again).toEqual(first);
    expect(engine.events).toHaveLength(count);
  });

  it('refuses a counter nobody signed in to, one on a break, and one held by someone else', () => {
    engine = createEngine();
    engine.issue();
    expect(refusal(() => engine.callNext()).message).toBe('Sign in to Counter 1 first.');
    engine.openCounter();
    expect(refusal(() => engine.callNext('counter-1', ben)).code).toBe('counter-closed');
    engine.service.startBreak({ counterId: 'counter-1', reason: 'rest', by: ana });
    const onBreak = refusal(() => engine.callNext());
    expect(onBreak).toEqual({
      code: 'counter-closed',
      message: 'Counter 1 is on a break: end the break first.',
    });
    expect(refusal(() => engine.callNext('counter-9')).code).toBe('unknown-counter');
  });

  it('says nothing is waiting, counting visitors cooling down', () => {
    engine = createEngine();
    engine.openCounter();
    expect(refusal(() => engine.callNext()).code).toBe('nothing-waiting');
    const ticket = engine.issue();
    engine.callNext();
    engine.service.recycle({ ticketId: ticket.id, placement: 'end', by: ana });
    const cooling = refusal(() => engine.callNext());
    expect(cooling.code).toBe('nothing-waiting');
    expect(cooling.message).toContain('1 recently called visitor is cooling down');
    engine.advanceSeconds(300);
    expect(engine.callNext().id).toBe(ticket.id);
  });

  it('refuses while the counter serves someone; parked visitors do not block', () => {
    engine = createEngine();
    engine.openCounter();
    const first = engine.issue();
    engine.issue();
    engine.callNext();
    engine.service.confirmArrival({ ticketId: first.id, by: ana });
    const busy = refusal(() => engine.callNext());
    expect(busy).toEqual({ code: 'wrong-state', message: 'Finish, park or transfer A001 first.' });
    engine.service.park({ ticketId: first.id, by: ana });
    expect(engine.callNext().number).toBe('A002');
  });

  it('puts a called visitor who never came back at their original place, then no-shows them at maxCalls', () => {
    engine = createEngine();
    engine.openCounter();
    const absent = engine.issue();
    engine.advanceSeconds(60);
    const other = engine.issue();
    engine.callNext();
    engine.advanceSeconds(30);
    expect(engine.callNext().id).toBe(other.id);
    const recycled = engine.store.read((r) => r.findTicket(absent.id))!.events.at(-1)!;
    expect(recycled).toMatchObject({ type: 'ticket.recycled', data: { placement: 'original' } });
    const back = engine.service.snapshot().tickets.find((t) => t.id === absent.id)!;
    expect(back).toMatchObject({ status: 'waiting', rankAt: absent.issuedAt, front: false, callCount: 1 });

    engine.service.noShow({ ticketId: other.id, by: ana });
    engine.advanceSeconds(300);
    expect(engine.callNext()).toMatchObject({ id: absent.id, callCount: 2, calledAt: back.calledAt });
    engine.advanceSeconds(10);
    const third = engine.service.recall({ ticketId: absent.id, counterId: 'counter-1', by: ana }).ticket;
    expect(third.callCount).toBe(3);
    engine.issue();
    engine.callNext();
    expect(engine.store.read((r) => r.findTicket(absent.id))!.events.at(-1)!.type).toBe('ticket.noShow');
  });
});

describe('callTicket', () => {
  it('calls a chosen waiting ticket, ignoring order and cool-down, idempotent on requestId', () => {
    engine = createEngine();
    engine.openCounter();
    engine.issue();
    const chosen = engine.issue();
    const requestId = randomUUID();
    const input = { counterId: 'counter-1', ticketId: chosen.id, requestId, by: ana };
    const first = engine.service.callTicket(input);
    expect(first.ticket).toMatchObject({ id: chosen.id, status: 'called', counterId: 'counter-1' });
    const count = engine.events.length;
    expect(engine.service.callTicket(input)).toEqual(first);
    expect(engine.events).toHaveLength(count);
  });

  it('lets one desk win when two call the same ticket; refuses closed tickets', () => {
    engine = createEngine();
    engine.openCounter('counter-1', ana);
    engine.openCounter('counter-2', ben);
    const ticket = engine.issue();
    engine.service.callTicket({
      counterId: 'counter-1',
      ticketId: ticket.id,
      requestId: randomUUID(),
      by: ana,
    });
    const lost = refusal(() =>
      engine.service.callTicket({
        counterId: 'counter-2',
        ticketId: ticket.id,
        requestId: randomUUID(),
        by: ben,
      }),
    );
    expect(lost).toEqual({
      code: 'conflict',
      message: 'A001 was just called to Counter 1: call another ticket.',
    });
    engine.service.noShow({ ticketId: ticket.id, by: ana });
    const closed = refusal(() =>
      engine.service.callTicket({
        counterId: 'counter-2',
        ticketId: ticket.id,
        requestId: randomUUID(),
        by: ben,
      }),
    );
    expect(closed.code).toBe('wrong-state');
  });
});

describe('recall', () => {
  it('refuses within the manual cool-down, then counts each recall, up to maxCalls', () => {
    engine = createEngine();
    engine.openCounter();
    const ticket = engine.issue();
    engine.callNext();
    const recall = () => engine.service.recall({ ticketId: ticket.id, counterId: 'counter-1', by: ana });
    engine.advanceSeconds(9);
    expect(refusal(recall).code).toBe('cooling-down');
    engine.advanceSeconds(1);
    expect(recall().ticket).toMatchObject({ callCount: 2, lastCalledAt: engine.now().toISOString() });
    expect(engine.events.at(-1)!.type).toBe('ticket.recalled');
    engine.advanceSeconds(10);
    expect(recall().ticket.callCount).toBe(3);
    engine.advanceSeconds(10);
    expect(refusal(recall)).toEqual({
      code: 'wrong-state',
      message: 'A001 was called 3 times: mark as no-show.',
    });
  });

  it('refuses a recall from another counter and of a ticket that is not called', () => {
    engine = createEngine();
    engine.openCounter();
    const ticket = engine.issue();
    const recallAt = (counterId: string) => () =>
      engine.service.recall({ ticketId: ticket.id, counterId, by: ana });
    expect(refusal(recallAt('counter-1')).code).toBe('wrong-state');
    engine.callNext();
    engine.advanceSeconds(30);
    expect(refusal(recallAt('counter-2')).message).toContain('was called to Counter 1');
  });
});
