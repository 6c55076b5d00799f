// Read views: the snapshot (and that a restart restores it), the display, kiosk intake, status page, figures.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FloorEvent,
  Intake,
  NextExplanation,
  QueueSnapshot,
  TicketEvent,
} from '../../../../machines/contracts/index.js';
import { isTicketEvent } from '../../../../main/hub/queue/hubEventBus.js';
import { ana, ben, createEngine, type Engine, kiosk, noNeeds, refusal } from './engineHarness.js';

let engine: Engine;
afterEach(() => engine.close());

describe('snapshot', () => {
  it('lists held visits by last change, then waiting ones by issue order, with counters and queues', () => {
    engine = createEngine();
    engine.openCounter('counter-1', ana);
    engine.openCounter('counter-2', ben);
    const [a1, a2, a3, a4] = [engine.issue(), engine.issue(), engine.issue(), engine.issue()];
    engine.callNext('counter-1');
    engine.advanceSeconds(10);
    engine.callNext('counter-2', ben);
    engine.service.confirmArrival({ ticketId: a1!.id, by: ana });
    const snapshot = engine.service.snapshot();
    expect(snapshot.tickets.map((t) => [t.number, t.status])).toEqual([
      ['A002', 'called'],
      ['A001', 'serving'],
      ['A003', 'waiting'],
      ['A004', 'waiting'],
    ]);
    expect([a2!.number, a3!.number, a4!.number]).toEqual(['A002', 'A003', 'A004']);
    expect(snapshot.seq).toBe(engine.events.at(-1)!.seq);
    expect(snapshot.serviceDay).toBe('2026-11-26');
    expect(snapshot.counters).toHaveLength(engine.config.counters.length);
    expect(snapshot.queues).toHaveLength(engine.config.queues.length);
    expect(snapshot.recentCalls.map((c) => [c.ticketNumber, c.counterName])).toEqual([
      ['A002', '2'],
      ['A001', '1'],
    ]);
    expect(engine.service.displaySnapshot()).toEqual({ seq: snapshot.seq, calls: snapshot.recentCalls });
  });

  it('answers in the contract shapes: snapshot, ticket and floor events, intake, explanation', () => {
    engine = createEngine();
    engine.openCounter('counter-1', ana);
    const ticket = engine.issue('utility-bills', {
      interpreter: { mode: 'video', language: 'ase' },
      accessibility: [],
    });
    engine.callNext();
    engine.service.confirmArrival({ ticketId: ticket.id, by: ana });
    engine.service.addNote({ ticketId: ticket.id, text: 'Prefers video relay', by: ana });
    engine.service.transfer({
      ticketId: ticket.id,
      serviceId: 'permits',
      counterId: 'counter-3',
      placement: 'front',
      by: ana,
    });
    engine.service.startBreak({ counterId: 'counter-1', reason: 'training', by: ana });
    engine.service.setQueueIntake({ queueId: 'report', open: false, by: ana });
    expect(() => QueueSnapshot.parse(engine.service.snapshot())).not.toThrow();
    expect(() => Intake.parse(engine.service.intake())).not.toThrow();
    expect(() => NextExplanation.parse(engine.service.previewNext({ counterId: 'counter-3' }))).not.toThrow();
    for (const event of engine.events) {
      expect(() => (isTicketEvent(event) ? TicketEvent.parse(event) : FloorEvent.parse(event))).not.toThrow();
    }
    expect(engine.events.map((e) => e.seq)).toEqual(engine.events.map((_, i) => i + 1));
  });

  it('is the same after the hub restarts (store closed and reopened)', () => {
    engine = createEngine();
    engine.openCounter('counter-1', ana);
    const first = engine.issue();
    engine.issue('permits', { interpreter: { mode: 'phone', language: 'es' }, accessibility: ['seating'] });
    engine.callNext();
    engine.service.addNote({ ticketId: first.id, text: 'Brought the bill', by: ana });
    engine.service.setQueueIntake({ queueId: 'parking', open: false, by: ana });
    const before = engine.service.snapshot();
    engine.restart();
    expect(engine.service.snapshot()).toEqual(before);
    expect(engine.issue().number).toBe('A002');
    expect(engine.events.at(-1)!.seq).toBe(before.seq + 1);
  });
});

describe('intake', () => {
  it('gives people ahead per service, and an estimate once the queue has handling times', () => {
    engine = createEngine();
    const before = engine.service.intake();
    expect(before.services[0]).toEqual({
      serviceId: 'utility-bills',
      open: true,
      closedReason: null,
      opensAt: null,
      peopleAhead: 0,
      estimatedWait: null,
    });
    engine.openCounter('counter-1', ana);
    for (let i = 0; i < 3; i++) {
      const t = engine.issue();
      engine.callNext();
      engine.service.confirmArrival({ ticketId: t.id, by: ana });
      engine.advanceSeconds(600);
      engine.service.complete({ ticketId: t.id, outcomeId: 'resolved', by: ana });
    }
    engine.issue();
    engine.issue();
    const utility = engine.service.intake().services.find((s) => s.serviceId === 'utility-bills')!;
    expect(utility.peopleAhead).toBe(2);
    expect(utility.estimatedWait).not.toBeNull();
    expect(utility.estimatedWait!.lowMinutes).toBeLessThanOrEqual(25);
    expect(utility.estimatedWait!.highMinutes).toBeGreaterThanOrEqual(25);
    expect(engine.service.intake().services.find((s) => s.serviceId === 'permits')!.estimatedWait).toBeNull();
  });
});

describe('visitorStatus', () => {
  it('finds a ticket by its status token with the people ahead of it; unknown tokens find nothing', () => {
    engine = createEngine();
    engine.issue();
    engine.issue('permits');
    const mine = engine.service.issueTicket({
      requestId: randomUUID(),
      serviceId: 'utility-bills',
      language: 'es',
      needs: noNeeds,
      deviceId: 'kiosk-1',
      by: kiosk,
    });
    const status = engine.service.visitorStatus(mine.statusToken)!;
    expect(status).toMatchObject({ ticket: { id: mine.ticket.id }, peopleAhead: 1, estimatedWait: null });
    expect(engine.service.visitorStatus('not-a-token')).toBeUndefined();
  });
});

describe('serviceLevels', () => {
  it('refuses a range longer than 92 days or backwards', () => {
    engine = createEngine();
    const report = (from: string, to: string) => () =>
      engine.service.serviceLevels({ from, to, by: 'service' });
    expect(refusal(report('2026-01-01', '2026-04-04')).code).toBe('invalid-request');
    expect(report('2026-01-01', '2026-04-03')().to).toBe('2026-04-03');
    expect(refusal(report('2026-02-01', '2026-01-01')).code).toBe('invalid-request');
  });

  it('computes the figures from the visits and floor events of the range', () => {
    engine = createEngine();
    engine.openCounter('counter-1', ana);
    const t = engine.issue();
    engine.advanceSeconds(300);
    engine.callNext();
    engine.service.confirmArrival({ ticketId: t.id, by: ana });
    engine.advanceSeconds(600);
    engine.service.complete({ ticketId: t.id, outcomeId: 'resolved', by: ana });
    engine.issue('permits');
    const report = engine.service.serviceLevels({ from: '2026-11-26', to: '2026-11-26', by: 'service' });
    expect(report.total).toMatchObject({ visitors: 2, called: 1, waitP50Minutes: 5, serviceMeanMinutes: 10 });
    expect(report.counters.find((c) => c.counterId === 'counter-1')!.signedInMinutes).toBe(15);
    const none = engine.service.serviceLevels({ from: '2026-11-27', to: '2026-11-28', by: 'service' });
    expect(none.total.visitors).toBe(0);
  });
});
