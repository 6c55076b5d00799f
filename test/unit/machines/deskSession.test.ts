// The desk session: every state reachable, and the rules staff rely on (request ids, errors, outcomes).

import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { HubError, HubUnreachableError } from '../../../machines/contracts/hubClient.js';
import type { Ticket } from '../../../machines/contracts/ticket.js';
import {
  type CallNextInput,
  type CompleteInput,
  type DeskEvent,
  deskSessionMachine,
  type NoShowInput,
  type RecallInput,
} from '../../../machines/deskSession.js';

function ticket(extra: Partial<Ticket> = {}): Ticket {
  return {
    id: '00000000-0000-4000-8000-000000000042',
    number: 'A042',
    queueId: 'utility',
    serviceId: 'utility-bills',
    language: 'es',
    needs: { interpreter: null, accessibility: [] },
    status: 'called',
    serviceDay: '2026-11-26',
    issuedAt: '2026-11-26T17:00:00.000Z',
    calledAt: '2026-11-26T17:05:00.000Z',
    counterId: 'counter-3',
    callCount: 1,
    outcomeId: null,
    ...extra,
  };
}

const nothingWaiting = new HubError(409, 'nothing-waiting', 'No one is waiting.');
const wrongState = new HubError(409, 'wrong-state', 'That ticket is already closed.');
const unreachable = new HubUnreachableError('http://hub', new Error('ECONNREFUSED'));

type Script<I> = (input: I) => Ticket | Error;

/** Desk machine with scripted hub commands; every command input is recorded. */
function harness(
  scripts: {
    callNext?: Script<CallNextInput>[];
    recall?: Script<RecallInput>[];
    noShow?: Script<NoShowInput>[];
    complete?: Script<CompleteInput>[];
  },
  counterId: string | null = 'counter-3',
) {
  const calls = {
    callNext: [] as CallNextInput[],
    recall: [] as RecallInput[],
    noShow: [] as NoShowInput[],
    complete: [] as CompleteInput[],
  };
  const run = <I>(name: keyof typeof calls, list: Script<I>[] | undefined) =>
    fromPromise<Ticket, I>(async ({ input }) => {
      (calls[name] as I[]).push(input);
      const next = list?.shift();
      if (!next) throw new Error(`unexpected ${name}`);
      const result = next(input);
      if (result instanceof Error) throw result;
      return result;
    });
  let n = 0;
  const actor = createActor(
    deskSessionMachine.provide({
      actors: {
        callNext: run('callNext', scripts.callNext),
        recall: run('recall', scripts.recall),
        noShow: run('noShow', scripts.noShow),
        complete: run('complete', scripts.complete),
      },
    }),
    { input: { counterId, newRequestId: () => `request-${++n}` } },
  ).start();
  const settle = (state: 'idle' | 'serving' | 'choosingCounter') =>
    waitFor(actor, (s) => s.matches(state), { timeout: 2000 });
  return { actor, calls, settle, send: (e: DeskEvent) => actor.send(e) };
}

describe('deskSession states', () => {
  it('reaches every resting state (a state without an unguarded `always`)', () => {
    const output = ticket();
    const events = [
      { type: 'counter.chosen', counterId: 'counter-3' },
      { type: 'call.next' },
      { type: 'ticket.recall' },
      { type: 'ticket.noShow' },
      { type: 'ticket.complete', outcomeId: 'resolved' },
      { type: 'xstate.done.actor.callNext', output },
      { type: 'xstate.error.actor.recall', error: wrongState },
    ] as unknown as DeskEvent[]; // graph traversal feeds the actors' done/error events as plain events
    const paths = getShortestPaths(deskSessionMachine, {
      events,
      input: { counterId: null, newRequestId: () => 'request-1' },
      serializeState: (s) => JSON.stringify([s.value, s.context.ticket?.id ?? null]),
    });
    const reached = new Set(paths.map((p) => String(p.state.value)));
    const resting = Object.values(deskSessionMachine.root.states)
      .filter((node) => !(node.always ?? []).some((t) => t.guard === undefined))
      .map((node) => node.key);
    expect(resting).toEqual(
      expect.arrayContaining(['choosingCounter', 'idle', 'calling', 'serving', 'recalling', 'completing']),
    );
    for (const key of resting) expect(reached, `state ${key}`).toContain(key);
  });
});

describe('deskSession scenarios', () => {
  it('asks for a counter first, then calls the next visitor to it with a fresh request id', async () => {
    const h = harness({ callNext: [() => ticket()] }, null);
    expect(h.actor.getSnapshot().value).toBe('choosingCounter');
    h.send({ type: 'counter.chosen', counterId: 'counter-3' });
    h.send({ type: 'call.next' });
    const s = await h.settle('serving');
    expect(h.calls.callNext).toEqual([{ counterId: 'counter-3', requestId: 'request-1' }]);
    expect(s.context.ticket?.number).toBe('A042');
    expect(s.context.notice).toEqual({ kind: 'called', ticketNumber: 'A042' });
    expect(s.context.requestId).toBeNull();
  });

  it('starts at a remembered counter and can switch counters from idle', async () => {
    const h = harness({});
    expect(h.actor.getSnapshot().value).toBe('idle');
    h.send({ type: 'counter.change' });
    expect(h.actor.getSnapshot().value).toBe('choosingCounter');
  });

  it('says "no one is waiting" and uses a new request id on the next press', async () => {
    const h = harness({ callNext: [() => nothingWaiting, () => ticket()] });
    h.send({ type: 'call.next' });
    const s = await h.settle('idle');
    expect(s.context.error?.kind).toBe('nothing-waiting');
    h.send({ type: 'call.next' });
    await h.settle('serving');
    expect(h.calls.callNext.map((c) => c.requestId)).toEqual(['request-1', 'request-2']);
  });

  it('reuses the request id when the hub could not be reached, so a retry never calls a second visitor', async () => {
    const h = harness({
      callNext: [() => unreachable, () => ticket(), () => ticket({ number: 'A043' })],
      complete: [() => ticket({ status: 'completed' })],
    });
    h.send({ type: 'call.next' });
    const failed = await h.settle('idle');
    expect(failed.context.error?.kind).toBe('unreachable');
    expect(failed.context.requestId).toBe('request-1');
    h.send({ type: 'call.next' });
    await h.settle('serving');
    h.send({ type: 'ticket.complete', outcomeId: 'resolved' });
    await h.settle('idle');
    h.send({ type: 'call.next' });
    await h.settle('serving');
    expect(h.calls.callNext.map((c) => c.requestId)).toEqual(['request-1', 'request-1', 'request-2']);
  });

  it('refuses to complete without an outcome and keeps serving', async () => {
    const h = harness({ callNext: [() => ticket()] });
    h.send({ type: 'call.next' });
    await h.settle('serving');
    h.send({ type: 'ticket.complete', outcomeId: '' });
    const s = h.actor.getSnapshot();
    expect(s.value).toBe('serving');
    expect(s.context.error?.kind).toBe('outcome-required');
    expect(h.calls.complete).toEqual([]);
  });

  it('completes with the chosen outcome and returns to idle', async () => {
    const h = harness({ callNext: [() => ticket()], complete: [() => ticket({ status: 'completed' })] });
    h.send({ type: 'call.next' });
    await h.settle('serving');
    h.send({ type: 'ticket.complete', outcomeId: 'case-created' });
    const s = await h.settle('idle');
    expect(h.calls.complete).toEqual([{ ticketId: ticket().id, outcomeId: 'case-created' }]);
    expect(s.context.ticket).toBeNull();
    expect(s.context.notice).toEqual({ kind: 'completed', ticketNumber: 'A042' });
  });

  it('recalls the visitor and keeps serving them with the updated ticket', async () => {
    const h = harness({ callNext: [() => ticket()], recall: [() => ticket({ callCount: 2 })] });
    h.send({ type: 'call.next' });
    await h.settle('serving');
    h.send({ type: 'ticket.recall' });
    await waitFor(h.actor, (s) => s.matches('serving') && s.context.ticket?.callCount === 2, {
      timeout: 2000,
    });
    expect(h.calls.recall).toEqual([{ ticketId: ticket().id, counterId: 'counter-3' }]);
    expect(h.actor.getSnapshot().context.notice?.kind).toBe('recalled');
  });

  it('marks a no-show and returns to idle', async () => {
    const h = harness({ callNext: [() => ticket()], noShow: [() => ticket({ status: 'no-show' })] });
    h.send({ type: 'call.next' });
    await h.settle('serving');
    h.send({ type: 'ticket.noShow' });
    const s = await h.settle('idle');
    expect(h.calls.noShow).toEqual([{ ticketId: ticket().id }]);
    expect(s.context.notice).toEqual({ kind: 'noShow', ticketNumber: 'A042' });
  });

  it('explains when another desk already closed the ticket and frees this desk', async () => {
    const h = harness({ callNext: [() => ticket()], recall: [() => wrongState] });
    h.send({ type: 'call.next' });
    await h.settle('serving');
    h.send({ type: 'ticket.recall' });
    const s = await h.settle('idle');
    expect(s.context.error?.kind).toBe('taken-elsewhere');
    expect(s.context.ticket).toBeNull();
  });

  it('keeps serving when completing fails because the hub is unreachable, so staff can retry', async () => {
    const h = harness({
      callNext: [() => ticket()],
      complete: [() => unreachable, () => ticket({ status: 'completed' })],
    });
    h.send({ type: 'call.next' });
    await h.settle('serving');
    h.send({ type: 'ticket.complete', outcomeId: 'resolved' });
    const failed = await waitFor(h.actor, (s) => s.matches('serving') && s.context.error !== null, {
      timeout: 2000,
    });
    expect(failed.context.error?.kind).toBe('unreachable');
    h.send({ type: 'ticket.complete', outcomeId: 'resolved' });
    await h.settle('idle');
    expect(h.calls.complete).toHaveLength(2);
  });

  it('resumes serving a visitor already called to this counter (after a page reload)', () => {
    const h = harness({});
    h.send({ type: 'serving.resumed', ticket: ticket() });
    expect(h.actor.getSnapshot().value).toBe('serving');
    expect(h.actor.getSnapshot().context.ticket?.number).toBe('A042');
  });
});
