// The desk session: every state reachable, counters (sign-in, break, sign-out with its warning), and the
// stream as the truth once it has caught up.
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { HubError, HubUnreachableError } from '../../../machines/contracts/hubClient.js';
import { type DeskEvent, deskSessionMachine } from '../../../machines/deskSession.js';
import {
  answer,
  counter,
  harness,
  openDesk,
  otherUserId,
  site,
  ticket,
  userId,
} from './deskSession/deskHarness.js';

describe('deskSession states', () => {
  it('reaches every resting state (a state without an unguarded `always`)', () => {
    const events = [
      { type: 'counter.chosen', counterId: 'counter-3' },
      { type: 'view.changed', counterId: 'counter-3', seq: 1, counter: counter('open'), ticket: null },
      { type: 'view.changed', counterId: 'counter-3', seq: 2, counter: counter('open'), ticket: ticket() },
      {
        type: 'view.changed',
        counterId: 'counter-3',
        seq: 3,
        counter: counter('open'),
        ticket: ticket({ status: 'serving' }),
      },
      { type: 'view.changed', counterId: 'counter-3', seq: 4, counter: counter('break'), ticket: null },
      { type: 'view.changed', counterId: 'counter-3', seq: 5, counter: counter('closed'), ticket: null },
      { type: 'counter.signOut', parkedCount: 1 },
      { type: 'call.next' },
    ] as DeskEvent[];
    const paths = getShortestPaths(deskSessionMachine, {
      events,
      input: { counterId: 'counter-3', userId, rules: site, newRequestId: () => 'request-1' },
      serializeState: (s) => JSON.stringify([s.value, s.context.ticket?.status ?? null, s.context.counter]),
    });
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    for (const state of [
      '"connecting"',
      '"signedOut"',
      '"onBreak"',
      '"confirmingSignOut"',
      '"working"',
      '{"open":"free"}',
      '{"open":"called"}',
      '{"open":"serving"}',
    ]) {
      expect(reached, `state ${state}`).toContain(state);
    }
  });
});

describe('deskSession counters', () => {
  it('asks for a counter first, and choosing one signs in to it', async () => {
    const h = harness([() => answer({ counter: counter('open') })], null);
    expect(h.state().value).toBe('choosingCounter');
    h.send({ type: 'counter.chosen', counterId: 'counter-3' });
    const s = await h.settled();
    expect(h.commands).toEqual([{ kind: 'signIn' }]);
    expect(s.value).toEqual({ open: 'free' });
    expect(s.context.counterId).toBe('counter-3');
    expect(s.context.notice).toEqual({ kind: 'signIn', ticketNumber: null });
  });

  it('waits for the stream with a remembered counter, then follows what it says', () => {
    const h = harness([]);
    expect(h.state().value).toBe('connecting');
    h.stream(counter('closed'));
    expect(h.state().value).toBe('signedOut');
    h.stream(counter('break'));
    expect(h.state().value).toBe('onBreak');
    h.stream(counter('open'), ticket({ status: 'serving' }));
    expect(h.state().value).toEqual({ open: 'serving' });
  });

  it('treats a counter signed in by someone else as not signed in, and shows the hub refusing the sign-in', async () => {
    const inUse = new HubError(409, 'conflict', 'Counter 3 is in use by Sol Super: choose another counter');
    const h = harness([() => inUse]);
    h.stream(counter('open', otherUserId));
    expect(h.state().value).toBe('signedOut');
    h.send({ type: 'counter.signIn' });
    const s = await h.settled();
    expect(s.value).toBe('signedOut');
    expect(s.context.error).toEqual({ kind: 'refused', message: inUse.message, ticketNumber: null });
    h.send({ type: 'counter.change' });
    expect(h.state().value).toBe('choosingCounter');
    expect(h.state().context.error).toBeNull();
  });

  it('takes a break with a reason and comes back', async () => {
    const h = openDesk([
      () => answer({ counter: counter('break') }),
      () => answer({ counter: counter('open') }),
    ]);
    h.send({ type: 'counter.break', reason: 'meal' });
    expect((await h.settled()).value).toBe('onBreak');
    h.send({ type: 'counter.back' });
    expect((await h.settled()).value).toEqual({ open: 'free' });
    expect(h.commands).toEqual([{ kind: 'startBreak', reason: 'meal' }, { kind: 'endBreak' }]);
  });

  it('signs out at once when nobody would lose their visit', async () => {
    const h = openDesk([() => answer({ counter: counter('closed') })]);
    h.send({ type: 'counter.signOut', parkedCount: 0 });
    const s = await h.settled();
    expect(s.value).toBe('signedOut');
    expect(h.commands).toEqual([{ kind: 'signOut' }]);
  });

  it('warns before signing out ends a visit being served, and can be cancelled', async () => {
    const h = openDesk([() => answer({ counter: counter('closed') })]);
    h.stream(counter('open'), ticket({ status: 'serving' }));
    h.send({ type: 'counter.signOut', parkedCount: 2 });
    expect(h.state().value).toBe('confirmingSignOut');
    expect(h.state().context.parkedAtSignOut).toBe(2);
    h.send({ type: 'signOut.cancel' });
    expect(h.state().value).toEqual({ open: 'serving' });
    expect(h.commands).toEqual([]);
    h.send({ type: 'counter.signOut', parkedCount: 0 });
    h.send({ type: 'signOut.confirm' });
    const s = await h.settled();
    expect(s.value).toBe('signedOut');
    expect(s.context.ticket).toBeNull();
    expect(h.commands).toEqual([{ kind: 'signOut' }]);
  });

  it('warns on a break too when visitors are parked here', () => {
    const h = harness([]);
    h.stream(counter('break'));
    h.send({ type: 'counter.signOut', parkedCount: 1 });
    expect(h.state().value).toBe('confirmingSignOut');
  });

  it('refuses a break while holding a visitor, naming them', () => {
    const h = openDesk();
    h.stream(counter('open'), ticket());
    h.send({ type: 'counter.break', reason: 'rest' });
    expect(h.state().context.error).toEqual({ kind: 'finish-first', message: null, ticketNumber: 'A042' });
    expect(h.commands).toEqual([]);
  });

  it('follows a supervisor signing the counter out, from the stream', () => {
    const h = openDesk();
    h.stream(counter('closed'));
    expect(h.state().value).toBe('signedOut');
  });

  it('ignores stream news about another counter', () => {
    const h = openDesk();
    h.send({
      type: 'view.changed',
      counterId: 'counter-9',
      seq: 50,
      counter: counter('closed'),
      ticket: null,
    });
    expect(h.state().value).toEqual({ open: 'free' });
  });

  it('reports an unreachable hub on sign-in without changing the counter', async () => {
    const h = harness([() => new HubUnreachableError('http://hub', new Error('ECONNREFUSED'))]);
    h.stream(counter('closed'));
    h.send({ type: 'counter.signIn' });
    const s = await h.settled();
    expect(s.value).toBe('signedOut');
    expect(s.context.error?.kind).toBe('unreachable');
  });
});
