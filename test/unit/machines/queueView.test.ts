// The queue-view reducers: snapshots replace, seq+1 applies (tickets and floor), duplicates are ignored, gaps ask
// for a resync.
import { describe, expect, it } from 'vitest';
import type { CounterState, FloorEvent } from '../../../machines/contracts/floor.js';
import type { DisplayMessage, StaffMessage } from '../../../machines/contracts/hubEvents.js';
import type { PublicCall, Ticket, TicketStatus } from '../../../machines/contracts/ticket.js';
import { newVisit } from '../../../machines/queue/newVisit.js';
import {
  applyDisplayMessage,
  applyStaffMessage,
  counterState,
  type DisplayView,
  displayHistoryLimit,
  emptyDisplayView,
  emptyStaffView,
  judgeSeq,
  parkedAtCounter,
  queueClosedByStaff,
  type StaffView,
  ticketAtCounter,
  waitingByQueue,
  waitingTickets,
} from '../../../machines/queueView.js';

const day = '2026-11-26';

function ticket(n: number, status: TicketStatus = 'waiting', extra: Partial<Ticket> = {}): Ticket {
  const held = status === 'called' || status === 'serving' || status === 'parked';
  return {
    ...newVisit({
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      number: `A${String(n).padStart(3, '0')}`,
      queueId: 'utility',
      serviceId: 'utility-bills',
      language: 'en',
      needs: { interpreter: null, accessibility: [] },
      priorityClass: 'standard',
      serviceDay: day,
      issuedAt: '2026-11-26T17:00:00.000Z',
    }),
    status,
    calledAt: held ? '2026-11-26T17:05:00.000Z' : null,
    lastCalledAt: held ? '2026-11-26T17:05:00.000Z' : null,
    arrivedAt: status === 'serving' || status === 'parked' ? '2026-11-26T17:06:00.000Z' : null,
    counterId: held ? 'counter-1' : null,
    callCount: held ? 1 : 0,
    ...extra,
  };
}

const counter = (counterId: string, extra: Partial<CounterState> = {}): CounterState => ({
  counterId,
  status: 'closed',
  staffUserId: null,
  staffName: null,
  since: null,
  breakReason: null,
  ...extra,
});

const snapshot = (seq: number, tickets: Ticket[], counters: CounterState[] = []): StaffMessage => ({
  kind: 'snapshot',
  snapshot: {
    seq,
    serviceDay: day,
    tickets,
    recentCalls: [],
    counters,
    queues: [
      { queueId: 'utility', closedByStaff: false },
      { queueId: 'permits', closedByStaff: false },
    ],
  },
});

const floor = (seq: number, extra: Partial<FloorEvent>): StaffMessage => ({
  kind: 'floor',
  event: {
    seq,
    type: 'counter.signedIn',
    at: '2026-11-26T17:06:00.000Z',
    counter: null,
    queue: null,
    ...extra,
  },
});

const event = (
  seq: number,
  t: Ticket,
  type: 'ticket.issued' | 'ticket.called' = 'ticket.issued',
): StaffMessage => ({
  kind: 'event',
  event: { seq, type, at: '2026-11-26T17:06:00.000Z', ticket: t },
});

const fold = (messages: StaffMessage[], from: StaffView = emptyStaffView): StaffView =>
  messages.reduce(applyStaffMessage, from);

describe('judgeSeq', () => {
  it('applies only the next number, ignores old ones and flags skipped ones', () => {
    expect(judgeSeq(4, 5)).toBe('apply');
    expect(judgeSeq(4, 4)).toBe('duplicate');
    expect(judgeSeq(4, 2)).toBe('duplicate');
    expect(judgeSeq(4, 6)).toBe('gap');
    expect(judgeSeq(null, 1)).toBe('gap');
  });
});

describe('applyStaffMessage', () => {
  it('replaces the whole view with a snapshot and drops closed tickets from it', () => {
    const view = fold([snapshot(7, [ticket(1), ticket(2, 'completed'), ticket(3, 'called')])]);
    expect(view.seq).toBe(7);
    expect(view.serviceDay).toBe(day);
    expect(view.tickets.map((t) => t.number)).toEqual(['A001', 'A003']);
    expect(view.needsResync).toBe(false);
  });

  it('applies the next event: a new ticket joins the end, a called one is updated in place', () => {
    const view = fold([
      snapshot(3, [ticket(1), ticket(2)]),
      event(4, ticket(3)),
      event(5, ticket(1, 'called'), 'ticket.called'),
    ]);
    expect(view.seq).toBe(5);
    expect(view.tickets.map((t) => `${t.number}:${t.status}`)).toEqual([
      'A001:called',
      'A002:waiting',
      'A003:waiting',
    ]);
  });

  it('keeps serving and parked visits open, and drops every closed status', () => {
    const open = fold([snapshot(1, [ticket(1, 'serving'), ticket(2, 'parked'), ticket(3, 'waiting')])]);
    expect(open.tickets.map((t) => t.status)).toEqual(['serving', 'parked', 'waiting']);
    const closed = (['left', 'cancelled', 'removed', 'ended'] as const).reduce(
      (view, status, i) => applyStaffMessage(view, event(2 + i, ticket(i + 1, status))),
      open,
    );
    expect(closed.tickets).toEqual([]);
    expect(closed.seq).toBe(5);
  });

  it('applies floor messages to counters and queues, sharing seq with ticket events', () => {
    const open = counter('counter-2', { status: 'open', staffName: 'Dana Desk' });
    const view = fold([
      snapshot(1, [], [counter('counter-1'), counter('counter-2')]),
      floor(2, { counter: open }),
      event(3, ticket(1)),
      floor(4, { type: 'queue.closed', queue: { queueId: 'permits', closedByStaff: true } }),
      floor(5, { type: 'counter.breakStarted', counter: { ...open, status: 'break', breakReason: 'meal' } }),
    ]);
    expect(view.seq).toBe(5);
    expect(counterState(view, 'counter-2')?.status).toBe('break');
    expect(counterState(view, 'counter-2')?.breakReason).toBe('meal');
    expect(counterState(view, 'counter-1')?.status).toBe('closed');
    expect(counterState(view, 'counter-9')).toBeNull();
    expect(queueClosedByStaff(view, 'permits')).toBe(true);
    expect(queueClosedByStaff(view, 'utility')).toBe(false);
    expect(view.tickets).toHaveLength(1);
  });

  it('flags a gap when a floor message skips a number', () => {
    const view = fold([snapshot(1, [], [counter('counter-1')]), floor(3, { counter: counter('counter-1') })]);
    expect(view.needsResync).toBe(true);
    expect(view.seq).toBe(1);
  });

  it('removes a ticket once it is completed or marked no-show', () => {
    const view = fold([
      snapshot(1, [ticket(1, 'called'), ticket(2, 'called')]),
      event(2, ticket(1, 'completed')),
      event(3, ticket(2, 'no-show')),
    ]);
    expect(view.tickets).toEqual([]);
    expect(view.seq).toBe(3);
  });

  it('ignores a duplicate event (same or older seq) and returns the same object', () => {
    const before = fold([snapshot(3, [ticket(1)]), event(4, ticket(2))]);
    expect(applyStaffMessage(before, event(4, ticket(9)))).toBe(before);
    expect(applyStaffMessage(before, event(2, ticket(8)))).toBe(before);
  });

  it('flags a gap and applies nothing more until a snapshot arrives', () => {
    const gapped = fold([snapshot(3, [ticket(1)]), event(5, ticket(2))]);
    expect(gapped.needsResync).toBe(true);
    expect(gapped.seq).toBe(3);
    expect(gapped.tickets.map((t) => t.number)).toEqual(['A001']);
    const after = fold([event(4, ticket(3)), event(6, ticket(4))], gapped);
    expect(after).toBe(gapped);
  });

  it('treats events before any snapshot as a gap', () => {
    const view = fold([event(1, ticket(1))]);
    expect(view.needsResync).toBe(true);
    expect(view.tickets).toEqual([]);
  });

  it('recovers from a gap with a fresh snapshot, then applies deltas again', () => {
    const view = fold([
      snapshot(3, [ticket(1)]),
      event(6, ticket(2)),
      snapshot(6, [ticket(1), ticket(2), ticket(3)]),
      event(7, ticket(4)),
    ]);
    expect(view.needsResync).toBe(false);
    expect(view.seq).toBe(7);
    expect(view.tickets.map((t) => t.number)).toEqual(['A001', 'A002', 'A003', 'A004']);
  });

  it('handles out-of-order delivery: the early arrival flags a gap, the late one is then ignored', () => {
    const view = fold([snapshot(1, []), event(3, ticket(3)), event(2, ticket(2))]);
    expect(view.needsResync).toBe(true);
    expect(view.tickets).toEqual([]);
  });

  it('starts a fresh list when an event belongs to a later service day', () => {
    const tomorrow = ticket(1, 'waiting', {
      serviceDay: '2026-11-27',
      id: '00000000-0000-4000-8000-00000000aaaa',
    });
    const view = fold([snapshot(1, [ticket(5)]), event(2, tomorrow)]);
    expect(view.serviceDay).toBe('2026-11-27');
    expect(view.tickets.map((t) => t.id)).toEqual([tomorrow.id]);
  });

  it('answers the desk questions: who waits, who is at my counter, how many per queue', () => {
    const permit = ticket(4, 'waiting', { queueId: 'permits', id: '00000000-0000-4000-8000-00000000bbbb' });
    const view = fold([snapshot(1, [ticket(1, 'called'), ticket(2), ticket(3), permit])]);
    expect(waitingTickets(view).map((t) => t.number)).toEqual(['A002', 'A003', 'A004']);
    expect(ticketAtCounter(view, 'counter-1')?.number).toBe('A001');
    expect(ticketAtCounter(view, 'counter-2')).toBeNull();
    expect(Object.fromEntries(waitingByQueue(view))).toEqual({ utility: 2, permits: 1 });
  });

  it('lists front placements first, then by rank time, whatever order the events came in', () => {
    const late = ticket(1, 'waiting', { rankAt: '2026-11-26T17:30:00.000Z' });
    const early = ticket(2, 'waiting', { rankAt: '2026-11-26T17:10:00.000Z' });
    const front = ticket(3, 'waiting', { rankAt: '2026-11-26T17:40:00.000Z', front: true });
    const view = fold([snapshot(1, [late, early, front])]);
    expect(waitingTickets(view).map((t) => t.number)).toEqual(['A003', 'A002', 'A001']);
  });

  it('holds a serving visitor at the counter and lists the parked ones separately', () => {
    const view = fold([snapshot(1, [ticket(1, 'parked'), ticket(2, 'serving'), ticket(3, 'parked')])]);
    expect(ticketAtCounter(view, 'counter-1')?.number).toBe('A002');
    expect(parkedAtCounter(view, 'counter-1').map((t) => t.number)).toEqual(['A001', 'A003']);
    expect(parkedAtCounter(view, 'counter-2')).toEqual([]);
  });
});

const call = (callId: number, extra: Partial<PublicCall> = {}): PublicCall => ({
  callId,
  ticketNumber: `A${String(callId).padStart(3, '0')}`,
  counterName: '3',
  language: 'en',
  calledAt: '2026-11-26T17:06:00.000Z',
  recall: false,
  ...extra,
});

const foldDisplay = (messages: DisplayMessage[], from: DisplayView = emptyDisplayView): DisplayView =>
  messages.reduce(applyDisplayMessage, from);

describe('ticketAtCounter', () => {
  it('picks the ticket most recently called to the counter when the hub left an older one called', () => {
    const older = ticket(1, 'called', { lastCalledAt: '2026-11-26T17:01:00.000Z' });
    const newer = ticket(2, 'called', { lastCalledAt: '2026-11-26T17:09:00.000Z' });
    const view = fold([snapshot(1, [newer, older])]);
    expect(ticketAtCounter(view, 'counter-1')?.number).toBe('A002');
    expect(ticketAtCounter(fold([snapshot(1, [older, newer])]), 'counter-1')?.number).toBe('A002');
  });
});

describe('applyDisplayMessage', () => {
  it('orders snapshot calls newest first', () => {
    const view = foldDisplay([{ kind: 'snapshot', seq: 9, calls: [call(2), call(9), call(5)] }]);
    expect(view.calls.map((c) => c.callId)).toEqual([9, 5, 2]);
    expect(view.seq).toBe(9);
  });

  it('puts a new call on top and lets a tick advance seq without changing the calls', () => {
    const view = foldDisplay([
      { kind: 'snapshot', seq: 2, calls: [call(2)] },
      { kind: 'tick', seq: 3 },
      { kind: 'call', seq: 4, call: call(4) },
    ]);
    expect(view.seq).toBe(4);
    expect(view.calls.map((c) => c.callId)).toEqual([4, 2]);
  });

  it('ignores a replayed call and flags a missed tick as a gap', () => {
    const base = foldDisplay([{ kind: 'snapshot', seq: 2, calls: [call(2)] }]);
    expect(applyDisplayMessage(base, { kind: 'call', seq: 2, call: call(2) })).toBe(base);
    const gapped = applyDisplayMessage(base, { kind: 'call', seq: 4, call: call(4) });
    expect(gapped.needsResync).toBe(true);
    expect(gapped.calls.map((c) => c.callId)).toEqual([2]);
    const healed = applyDisplayMessage(gapped, { kind: 'snapshot', seq: 4, calls: [call(2), call(4)] });
    expect(healed.needsResync).toBe(false);
    expect(healed.calls.map((c) => c.callId)).toEqual([4, 2]);
  });

  it('keeps at most the history limit', () => {
    const calls = Array.from({ length: displayHistoryLimit + 5 }, (_, i) => call(i + 1));
    const view = foldDisplay([{ kind: 'snapshot', seq: calls.length, calls }]);
    expect(view.calls).toHaveLength(displayHistoryLimit);
    expect(view.calls[0]?.callId).toBe(calls.length);
  });
});
