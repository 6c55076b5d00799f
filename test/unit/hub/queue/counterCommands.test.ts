// Counter sessions and queue switches: sign-in conflicts, breaks, sign-out closing or recycling visits.
import { afterEach, describe, expect, it } from 'vitest';
import type { FloorEvent } from '../../../../machines/contracts/index.js';
import { isTicketEvent } from '../../../../main/hub/queue/hubEventBus.js';
import { ana, ben, createEngine, type Engine, kiosk, refusal, supervisor } from './engineHarness.js';

let engine: Engine;
afterEach(() => engine.close());

const floorEvents = () => engine.events.filter((e): e is FloorEvent => !isTicketEvent(e));
const counterOf = (id: string) => engine.service.snapshot().counters.find((c) => c.counterId === id)!;

describe('counter sessions', () => {
  it('signs in, takes a break, comes back and signs out, publishing each as a floor event', () => {
    engine = createEngine();
    const at = engine.now().toISOString();
    expect(engine.service.signIn({ counterId: 'counter-3', by: ana }).counter).toEqual({
      counterId: 'counter-3',
      status: 'open',
      staffUserId: ana.userId,
      staffName: 'Ana',
      since: at,
      breakReason: null,
    });
    engine.advanceSeconds(60);
    const onBreak = engine.service.startBreak({ counterId: 'counter-3', reason: 'meal', by: ana }).counter;
    expect(onBreak).toMatchObject({ status: 'break', breakReason: 'meal', staffName: 'Ana' });
    expect(
      refusal(() => engine.service.startBreak({ counterId: 'counter-3', reason: 'rest', by: ana })).code,
    ).toBe('wrong-state');
    expect(engine.service.endBreak({ counterId: 'counter-3', by: ana }).counter.status).toBe('open');
    expect(engine.service.signOut({ counterId: 'counter-3', by: ana }).counter).toMatchObject({
      status: 'closed',
      staffUserId: null,
    });
    expect(floorEvents().map((e) => [e.type, e.counter?.status])).toEqual([
      ['counter.signedIn', 'open'],
      ['counter.breakStarted', 'break'],
      ['counter.breakEnded', 'open'],
      ['counter.signedOut', 'closed'],
    ]);
    expect(floorEvents().map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(refusal(() => engine.service.endBreak({ counterId: 'counter-3', by: ana })).code).toBe(
      'counter-closed',
    );
  });

  it('refuses a counter another member holds, naming them; signing in again is harmless', () => {
    engine = createEngine();
    engine.openCounter('counter-3', ana);
    const taken = refusal(() => engine.service.signIn({ counterId: 'counter-3', by: ben }));
    expect(taken).toEqual({
      code: 'conflict',
      message: 'Counter 3 is in use by Ana: choose another counter.',
    });
    const before = engine.events.length;
    expect(engine.service.signIn({ counterId: 'counter-3', by: ana }).counter.staffName).toBe('Ana');
    expect(engine.events).toHaveLength(before);
  });

  it('signs a member out of their old counter when they sign in at another', () => {
    engine = createEngine();
    engine.openCounter('counter-1', ana);
    engine.openCounter('counter-2', ana);
    expect(counterOf('counter-1').status).toBe('closed');
    expect(counterOf('counter-2')).toMatchObject({ status: 'open', staffUserId: ana.userId });
  });

  it('lets only the member signed in, or a supervisor, change the session', () => {
    engine = createEngine();
    engine.openCounter('counter-1', ana);
    const notYours = refusal(() =>
      engine.service.startBreak({ counterId: 'counter-1', reason: 'rest', by: ben }),
    );
    expect(notYours.code).toBe('forbidden');
    expect(engine.service.signOut({ counterId: 'counter-1', by: supervisor }).counter.status).toBe('closed');
  });

  it('ends the visits a counter serves or parked when it signs out', () => {
    engine = createEngine();
    engine.openCounter('counter-1', ana);
    const parked = engine.issue();
    const serving = engine.issue();
    engine.callNext();
    engine.service.confirmArrival({ ticketId: parked.id, by: ana });
    engine.service.park({ ticketId: parked.id, by: ana });
    engine.callNext();
    engine.service.confirmArrival({ ticketId: serving.id, by: ana });
    engine.service.signOut({ counterId: 'counter-1', by: ana });
    const ended = engine.events.filter((e) => e.type === 'ticket.endedByLogout');
    expect(ended.map((e) => isTicketEvent(e) && [e.ticket.number, e.ticket.status])).toEqual([
      ['A001', 'ended'],
      ['A002', 'ended'],
    ]);
    expect(engine.service.snapshot().tickets).toEqual([]);
    expect(floorEvents().at(-1)!.type).toBe('counter.signedOut');
  });

  it('puts a called visitor who never got service back at the front when the counter signs out', () => {
    engine = createEngine();
    engine.openCounter('counter-1', ana);
    engine.issue();
    const called = engine.callNext();
    engine.advanceSeconds(60);
    engine.service.signOut({ counterId: 'counter-1', by: ana });
    expect(engine.service.snapshot().tickets).toEqual([
      expect.objectContaining({
        id: called.id,
        status: 'waiting',
        front: true,
        rankAt: engine.now().toISOString(),
        counterId: null,
      }),
    ]);
  });
});

describe('setQueueIntake', () => {
  it('closes a queue for the rest of the day and reopens it; a repeat changes nothing', () => {
    engine = createEngine();
    expect(engine.service.setQueueIntake({ queueId: 'parking', open: false, by: supervisor })).toEqual({
      queueId: 'parking',
      closedByStaff: true,
    });
    const before = engine.events.length;
    engine.service.setQueueIntake({ queueId: 'parking', open: false, by: supervisor });
    expect(engine.events).toHaveLength(before);
    expect(floorEvents().at(-1)).toMatchObject({ type: 'queue.closed', queue: { closedByStaff: true } });
    expect(engine.service.snapshot().queues.find((q) => q.queueId === 'parking')!.closedByStaff).toBe(true);
    engine.setTime('2026-11-27T16:00:00.000Z');
    expect(engine.service.snapshot().queues.find((q) => q.queueId === 'parking')!.closedByStaff).toBe(false);
    expect(engine.issue('parking').number).toBe('K001');
    expect(
      refusal(() => engine.service.setQueueIntake({ queueId: 'nope', open: true, by: kiosk })).code,
    ).toBe('not-found');
  });
});
