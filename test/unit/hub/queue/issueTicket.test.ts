// Issuing tickets: numbering per queue and site-local day, idempotency, priority classes, caps and closing.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { testSiteConfig } from '../../../support/siteConfig.js';
import { ana, createEngine, type Engine, kiosk, noNeeds, refusal } from './engineHarness.js';

let engine: Engine;
afterEach(() => engine.close());

const withQueue = (changes: { firstNumber?: number; lastNumber?: number; offlineBand?: number }) =>
  testSiteConfig((c) => ({
    ...c,
    queues: c.queues.map((q) => (q.id === 'utility' ? { ...q, ...changes } : q)),
  }));

describe('issueTicket', () => {
  it('numbers each queue from 1 with its prefix, and records who issued it', () => {
    engine = createEngine();
    const a1 = engine.issue();
    const p1 = engine.issue('permits');
    const a2 = engine.issue();
    expect([a1.number, p1.number, a2.number]).toEqual(['A001', 'P001', 'A002']);
    expect(a1).toMatchObject({
      status: 'waiting',
      serviceDay: '2026-11-26',
      rankAt: a1.issuedAt,
      front: false,
      priorityClass: 'standard',
      transactions: [{ serviceId: 'utility-bills', queueId: 'utility', startedAt: a1.issuedAt }],
    });
    const issued = engine.store.read((r) => r.findTicket(a1.id))!.events[0]!;
    expect(issued).toMatchObject({ type: 'ticket.issued', deviceId: 'kiosk-1', userId: null });
  });

  it('starts at firstNumber and pads to the digits of lastNumber', () => {
    engine = createEngine({ config: withQueue({ firstNumber: 42, lastNumber: 1200 }) });
    expect([engine.issue().number, engine.issue().number]).toEqual(['A0042', 'A0043']);
  });

  it('never reuses a number within the day, even after cancellations, and refuses past lastNumber', () => {
    engine = createEngine({ config: withQueue({ firstNumber: 7, lastNumber: 9, offlineBand: 0 }) });
    const first = engine.service.issueTicket({
      requestId: randomUUID(),
      serviceId: 'utility-bills',
      language: 'en',
      needs: noNeeds,
      deviceId: 'kiosk-1',
      by: kiosk,
    });
    engine.service.cancelByVisitor({ statusToken: first.statusToken });
    expect([engine.issue().number, engine.issue().number]).toEqual(['A008', 'A009']);
    const full = refusal(() => engine.issue());
    expect(full.code).toBe('queue-full');
    expect(engine.issue('permits').number).toBe('P001');
  });

  it('returns the same ticket for a retried request and appends nothing', () => {
    engine = createEngine();
    engine.issue();
    const input = {
      requestId: randomUUID(),
      serviceId: 'utility-bills',
      language: 'es',
      needs: noNeeds,
      deviceId: 'kiosk-1',
      by: kiosk,
    };
    const first = engine.service.issueTicket(input);
    const eventsAfterFirst = engine.events.length;
    const again = engine.service.issueTicket(input);
    expect(again).toEqual(first);
    expect(first.peopleAhead).toBe(1);
    expect(engine.events).toHaveLength(eventsAfterFirst);
  });

  it('gives the class the needs earn, or the one staff chose; refuses an unknown class', () => {
    engine = createEngine();
    expect(
      engine.issue('utility-bills', { interpreter: null, accessibility: ['wheelchair'] }).priorityClass,
    ).toBe('accessibility');
    expect(
      engine.issue('utility-bills', { interpreter: null, accessibility: ['hearing'] }).priorityClass,
    ).toBe('standard');
    expect(engine.issue('utility-bills', noNeeds, 'accessibility').priorityClass).toBe('accessibility');
    expect(refusal(() => engine.issue('utility-bills', noNeeds, 'vip')).code).toBe('invalid-request');
    expect(refusal(() => engine.issue('no-such-service')).code).toBe('unknown-service');
  });

  it('refuses a service past its daily cap, and a queue a supervisor closed until it reopens', () => {
    engine = createEngine({
      config: testSiteConfig((c) => ({
        ...c,
        services: c.services.map((s) => (s.id === 'permits' ? { ...s, dailyCap: 2 } : s)),
      })),
    });
    engine.issue('permits');
    engine.issue('permits');
    const capped = refusal(() => engine.issue('permits'));
    expect(capped.code).toBe('service-closed');
    expect(capped.message).toContain('Building and development permits');

    engine.service.setQueueIntake({ queueId: 'utility', open: false, by: ana });
    expect(refusal(() => engine.issue()).code).toBe('service-closed');
    const intake = engine.service.intake().services.find((s) => s.serviceId === 'utility-bills')!;
    expect(intake).toMatchObject({ open: false, closedReason: 'closed-by-staff' });
    engine.service.setQueueIntake({ queueId: 'utility', open: true, by: ana });
    expect(engine.issue().number).toBe('A001');
  });

  it('refuses outside opening hours with the next opening time', () => {
    engine = createEngine({
      config: testSiteConfig((c) => ({
        ...c,
        intake: { ...c.intake, openingHours: { thu: [{ opens: '08:00', closes: '17:00' }] } },
      })),
      start: '2026-11-27T00:50:00.000Z', // 16:50 Thursday in Portland: past the last-ticket margin
    });
    const closed = refusal(() => engine.issue());
    expect(closed.code).toBe('service-closed');
    const intake = engine.service.intake().services[0]!;
    expect(intake).toMatchObject({
      open: false,
      closedReason: 'outside-hours',
      opensAt: '2026-12-03T16:00:00.000Z',
    });
  });

  it('starts a new numbering day at local midnight, not UTC midnight', () => {
    engine = createEngine({ start: '2026-11-27T07:59:00.000Z' }); // 23:59 Thursday in Portland
    const late = engine.issue();
    engine.setTime('2026-11-27T08:00:00.000Z'); // 00:00 Friday
    const early = engine.issue();
    expect([late.serviceDay, late.number, early.serviceDay, early.number]).toEqual([
      '2026-11-26',
      'A001',
      '2026-11-27',
      'A001',
    ]);
  });

  it('keeps one service day through the spring-forward and fall-back days', () => {
    // 2026-03-08: 02:00 PST becomes 03:00 PDT. Local midnight is 08:00Z before and 07:00Z after.
    engine = createEngine({ start: '2026-03-08T08:00:00.000Z' });
    const spring = [engine.issue()];
    engine.setTime('2026-03-09T06:59:00.000Z'); // 23:59 PDT, still the 8th
    spring.push(engine.issue());
    engine.setTime('2026-03-09T07:00:00.000Z'); // 00:00 PDT on the 9th
    spring.push(engine.issue());
    expect(spring.map((t) => [t.serviceDay, t.number])).toEqual([
      ['2026-03-08', 'A001'],
      ['2026-03-08', 'A002'],
      ['2026-03-09', 'A001'],
    ]);
    // 2026-11-01: 02:00 PDT becomes 01:00 PST, a 25-hour day from 07:00Z to 08:00Z the next day.
    engine.setTime('2026-11-01T07:00:00.000Z');
    const fall = [engine.issue()];
    engine.setTime('2026-11-01T09:30:00.000Z'); // 01:30 PST, the second 01:30 of the day
    fall.push(engine.issue());
    engine.setTime('2026-11-02T07:59:00.000Z'); // 23:59 PST
    fall.push(engine.issue());
    engine.setTime('2026-11-02T08:00:00.000Z');
    fall.push(engine.issue());
    expect(fall.map((t) => [t.serviceDay, t.number])).toEqual([
      ['2026-11-01', 'A001'],
      ['2026-11-01', 'A002'],
      ['2026-11-01', 'A003'],
      ['2026-11-02', 'A001'],
    ]);
  });
});
