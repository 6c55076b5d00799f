// The desk session's visit commands: call (next or a chosen ticket), recall, arrive, park/resume, transfer,
// recycle, complete with its outcome rules, no-show, left, notes, walk-ins, request ids and races.
import { describe, expect, it } from 'vitest';
import { HubError, HubUnreachableError } from '../../../../machines/contracts/hubClient.js';
import type { WalkInVisit } from '../../../../machines/deskSession.js';
import { answer, counter, openDesk, ticket } from './deskHarness.js';

const unreachable = () => new HubUnreachableError('http://hub', new Error('ECONNREFUSED'));
const called = ticket();
const serving = ticket({ status: 'serving', arrivedAt: '2026-11-26T17:06:00.000Z' });
const done = (status: 'completed' | 'no-show' | 'left' | 'parked' | 'waiting') =>
  ticket({ status, counterId: status === 'parked' ? 'counter-3' : null });

/** A desk holding `t` (the stream said so). */
function holding(t = called, scripts: Parameters<typeof openDesk>[0] = []) {
  const h = openDesk(scripts);
  h.stream(counter('open'), t);
  return h;
}

describe('calling', () => {
  it('calls the next visitor with a fresh request id and keeps the explanation', async () => {
    const explanation = {
      counterId: 'counter-3',
      at: '2026-11-26T17:05:00.000Z',
      ticketId: called.id,
      number: called.number,
      rule: 'highest-score' as const,
      ratio: null,
      ranking: [],
      skipped: [],
    };
    const h = openDesk([() => answer({ ticket: called, explanation })]);
    h.send({ type: 'call.next' });
    expect(h.state().value).toBe('working');
    const s = await h.settled();
    expect(h.commands).toEqual([{ kind: 'callNext', requestId: 'request-1' }]);
    expect(s.value).toEqual({ open: 'called' });
    expect(s.context.ticket?.number).toBe('A042');
    expect(s.context.explanation?.rule).toBe('highest-score');
    expect(s.context.notice).toEqual({ kind: 'callNext', ticketNumber: 'A042' });
  });

  it('reuses the request id after an unknown outcome, and takes a fresh one once it settles', async () => {
    const h = openDesk([
      unreachable,
      () => answer({ ticket: called }),
      () => answer({ ticket: done('completed') }),
      () => answer({ ticket: ticket({ id: '00000000-0000-4000-8000-000000000043', number: 'A043' }) }),
    ]);
    h.send({ type: 'call.next' });
    let s = await h.settled();
    expect(s.value).toEqual({ open: 'free' });
    expect(s.context.error?.kind).toBe('unreachable');
    h.send({ type: 'call.next' });
    s = await h.settled();
    expect(s.context.ticket?.number).toBe('A042');
    h.send({ type: 'ticket.complete', outcomeId: 'resolved', detail: '' });
    await h.settled();
    h.send({ type: 'call.next' });
    s = await h.settled();
    expect(h.commands.map((c) => ('requestId' in c ? c.requestId : c.kind))).toEqual([
      'request-1',
      'request-1',
      'complete',
      'request-2',
    ]);
    expect(s.context.ticket?.number).toBe('A043');
  });

  it('does not reuse the id once the hub answered definitely (nothing waiting)', async () => {
    const nothing = new HubError(409, 'nothing-waiting', 'No one is waiting. 2 are cooling down.');
    const h = openDesk([() => nothing, () => answer({ ticket: called })]);
    h.send({ type: 'call.next' });
    const s = await h.settled();
    expect(s.context.error).toEqual({
      kind: 'nothing-waiting',
      message: nothing.message,
      ticketNumber: null,
    });
    h.send({ type: 'call.next' });
    await h.settled();
    expect(h.commands).toEqual([
      { kind: 'callNext', requestId: 'request-1' },
      { kind: 'callNext', requestId: 'request-2' },
    ]);
  });

  it('calls a chosen ticket; reuses its id only for the same ticket after an unknown outcome', async () => {
    const h = openDesk([unreachable, unreachable, () => answer({ ticket: called })]);
    h.send({ type: 'call.ticket', ticketId: 'a' });
    await h.settled();
    h.send({ type: 'call.ticket', ticketId: 'b' });
    await h.settled();
    h.send({ type: 'call.ticket', ticketId: 'b' });
    await h.settled();
    expect(h.commands).toEqual([
      { kind: 'callTicket', ticketId: 'a', requestId: 'request-1' },
      { kind: 'callTicket', ticketId: 'b', requestId: 'request-2' },
      { kind: 'callTicket', ticketId: 'b', requestId: 'request-2' },
    ]);
  });

  it('shows the hub sentence when another desk called the ticket first', async () => {
    const lost = new HubError(409, 'conflict', 'A042 was just called to Counter 2');
    const h = openDesk([() => lost]);
    h.send({ type: 'call.ticket', ticketId: called.id });
    const s = await h.settled();
    expect(s.value).toEqual({ open: 'free' });
    expect(s.context.error).toEqual({ kind: 'taken-elsewhere', message: lost.message, ticketNumber: null });
  });

  it('refuses Call next, Call, Resume and Walk-in while serving, naming the visitor to finish first', () => {
    const h = holding(serving);
    for (const event of [
      { type: 'call.next' },
      { type: 'call.ticket', ticketId: 'x' },
      { type: 'ticket.resume', ticketId: 'x' },
    ] as const) {
      h.send(event);
      expect(h.state().context.error).toEqual({ kind: 'finish-first', message: null, ticketNumber: 'A042' });
      h.send({ type: 'error.dismiss' });
    }
    expect(h.commands).toEqual([]);
  });

  it('lets Call next replace a called visitor who never arrived (the hub recycles them)', async () => {
    const next = ticket({ id: '00000000-0000-4000-8000-000000000044', number: 'A044' });
    const h = holding(called, [() => answer({ ticket: next })]);
    h.send({ type: 'call.next' });
    expect((await h.settled()).context.ticket?.number).toBe('A044');
  });
});

describe('the called visitor', () => {
  it('recalls, and explains a cool-down refusal while keeping the visitor', async () => {
    const cooling = new HubError(409, 'cooling-down', 'Wait 8 seconds before recalling A042');
    const h = holding(called, [() => answer({ ticket: ticket({ callCount: 2 }) }), () => cooling]);
    h.send({ type: 'ticket.recall' });
    let s = await h.settled();
    expect(s.context.ticket?.callCount).toBe(2);
    expect(s.context.notice).toEqual({ kind: 'recall', ticketNumber: 'A042' });
    h.send({ type: 'ticket.recall' });
    s = await h.settled();
    expect(s.context.error).toEqual({ kind: 'cooling-down', message: cooling.message, ticketNumber: null });
    expect(s.value).toEqual({ open: 'called' });
    expect(h.commands).toEqual([
      { kind: 'recall', ticketId: called.id },
      { kind: 'recall', ticketId: called.id },
    ]);
  });

  it('confirms arrival, then parks and resumes from the parked list', async () => {
    const h = holding(called, [
      () => answer({ ticket: serving }),
      () => answer({ ticket: done('parked') }),
      () => answer({ ticket: serving }),
    ]);
    h.send({ type: 'ticket.arrive' });
    expect((await h.settled()).value).toEqual({ open: 'serving' });
    h.send({ type: 'ticket.park' });
    let s = await h.settled();
    expect(s.value).toEqual({ open: 'free' });
    expect(s.context.ticket).toBeNull();
    h.send({ type: 'ticket.resume', ticketId: serving.id });
    s = await h.settled();
    expect(s.value).toEqual({ open: 'serving' });
    expect(h.commands.map((c) => c.kind)).toEqual(['arrive', 'park', 'resume']);
  });

  it('marks a no-show or that the visitor left, freeing the counter', async () => {
    for (const [event, kind, status] of [
      ['ticket.noShow', 'noShow', 'no-show'],
      ['ticket.left', 'left', 'left'],
    ] as const) {
      const h = holding(called, [() => answer({ ticket: done(status) })]);
      h.send({ type: event });
      const s = await h.settled();
      expect(s.value).toEqual({ open: 'free' });
      expect(s.context.notice).toEqual({ kind, ticketNumber: 'A042' });
    }
  });

  it('drops the visitor when another desk already moved them on', async () => {
    const h = holding(called, [() => new HubError(409, 'wrong-state', 'A042 is no longer called here')]);
    h.stream(counter('open'), null);
    h.stream(counter('open'), called);
    h.send({ type: 'ticket.noShow' });
    h.stream(counter('open'), null);
    const s = await h.settled();
    expect(s.value).toEqual({ open: 'free' });
    expect(s.context.error?.message).toBe('A042 is no longer called here');
  });
});

describe('transfer, recycle and complete', () => {
  it('transfers to a service at the front, or to a counter, and needs one of them', async () => {
    const h = holding(serving, [() => answer({ ticket: done('waiting') })]);
    h.send({ type: 'ticket.transfer', serviceId: null, counterId: null, placement: 'front' });
    expect(h.state().context.error?.kind).toBe('transfer-target-required');
    h.send({ type: 'ticket.transfer', serviceId: 'permits', counterId: 'counter-5', placement: 'front' });
    const s = await h.settled();
    expect(h.commands).toEqual([
      {
        kind: 'transfer',
        ticketId: serving.id,
        serviceId: 'permits',
        targetCounterId: 'counter-5',
        placement: 'front',
      },
    ]);
    expect(s.value).toEqual({ open: 'free' });
    expect(s.context.notice).toEqual({ kind: 'transfer', ticketNumber: 'A042' });
  });

  it('recycles with a placement', async () => {
    const h = holding(called, [() => answer({ ticket: done('waiting') })]);
    h.send({ type: 'ticket.recycle', placement: 'original' });
    await h.settled();
    expect(h.commands).toEqual([{ kind: 'recycle', ticketId: called.id, placement: 'original' }]);
  });

  it('completes only with an outcome, a bureau for "referred" and a case reference for "case-created"', async () => {
    const h = holding(serving, [() => answer({ ticket: done('completed') })]);
    const tries = [
      ['', 'water', 'outcome-required'],
      ['no-such-outcome', '', 'outcome-required'],
      ['referred', '', 'bureau-required'],
      ['referred', 'not-a-bureau', 'bureau-required'],
      ['case-created', '   ', 'case-required'],
      ['case-created', 'x'.repeat(81), 'case-required'],
    ] as const;
    for (const [outcomeId, detail, kind] of tries) {
      h.send({ type: 'ticket.complete', outcomeId, detail });
      expect(h.state().context.error?.kind, `${outcomeId} ${detail}`).toBe(kind);
      expect(h.state().value).toEqual({ open: 'serving' });
    }
    h.send({ type: 'ticket.complete', outcomeId: 'referred', detail: 'water' });
    const s = await h.settled();
    expect(h.commands).toEqual([
      { kind: 'complete', ticketId: serving.id, outcomeId: 'referred', detail: 'water' },
    ]);
    expect(s.value).toEqual({ open: 'free' });
    expect(s.context.error).toBeNull();
  });

  it('sends a trimmed case reference, and no detail for other kinds', async () => {
    const h = holding(serving, [() => answer({ ticket: done('completed') })]);
    h.send({ type: 'ticket.complete', outcomeId: 'case-created', detail: '  C-2026-118  ' });
    await h.settled();
    const g = holding(serving, [() => answer({ ticket: done('completed') })]);
    g.send({ type: 'ticket.complete', outcomeId: 'resolved', detail: 'ignored' });
    await g.settled();
    expect(h.commands[0]).toEqual({
      kind: 'complete',
      ticketId: serving.id,
      outcomeId: 'case-created',
      detail: 'C-2026-118',
    });
    expect(g.commands[0]).toEqual({ kind: 'complete', ticketId: serving.id, outcomeId: 'resolved' });
  });
});

describe('notes and walk-ins', () => {
  it('adds a trimmed note (to a parked visitor too) and refuses an empty one', async () => {
    const noted = ticket({
      status: 'serving',
      notes: [{ at: '2026-11-26T17:07:00.000Z', counterId: 'counter-3', text: 'Brought a bill' }],
    });
    const h = holding(serving, [() => answer({ ticket: noted })]);
    h.send({ type: 'ticket.note', ticketId: serving.id, text: '   ' });
    expect(h.state().context.error?.kind).toBe('note-required');
    h.send({ type: 'ticket.note', ticketId: serving.id, text: ' Brought a bill ' });
    const s = await h.settled();
    expect(h.commands).toEqual([{ kind: 'note', ticketId: serving.id, text: 'Brought a bill' }]);
    expect(s.context.ticket?.notes).toHaveLength(1);
    expect(s.value).toEqual({ open: 'serving' });
  });

  it('serves a walk-in at once, reusing the request id only for the same visit after an unknown outcome', async () => {
    const visit: WalkInVisit = {
      serviceId: 'housing',
      language: 'vi',
      needs: { interpreter: { mode: 'phone', language: 'vi' }, accessibility: [] },
      priorityClass: 'accessibility',
    };
    const h = openDesk([unreachable, () => answer({ ticket: serving })]);
    h.send({ type: 'walkIn', visit });
    await h.settled();
    h.send({ type: 'walkIn', visit });
    const s = await h.settled();
    expect(h.commands).toEqual([
      { kind: 'walkIn', requestId: 'request-1', visit },
      { kind: 'walkIn', requestId: 'request-1', visit },
    ]);
    expect(s.value).toEqual({ open: 'serving' });
  });
});

describe('the stream as the truth', () => {
  it('does not let a stream that has not caught up undo this desk’s own call', async () => {
    const h = openDesk([() => answer({ ticket: called })]);
    h.send({ type: 'call.next' });
    await h.settled();
    h.send({ type: 'error.dismiss' });
    const before = h.state().context.seen?.seq ?? 0;
    h.send({
      type: 'view.changed',
      counterId: 'counter-3',
      seq: before,
      counter: counter('open'),
      ticket: null,
    });
    expect(h.state().value).toEqual({ open: 'called' });
    h.stream(counter('open'), null);
    expect(h.state().value).toEqual({ open: 'free' });
  });

  it('follows a visitor called here from another screen', () => {
    const h = openDesk();
    h.stream(counter('open'), called);
    expect(h.state().value).toEqual({ open: 'called' });
    expect(h.state().context.ticket?.number).toBe('A042');
  });
});
