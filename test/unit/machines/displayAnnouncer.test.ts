// The lobby announcer: every state reachable; calls announced one at a time, in order, once per callId.

import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, SimulatedClock, waitFor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { DeviceNotice } from '../../../machines/contracts/notices.js';
import type { PublicCall } from '../../../machines/contracts/ticket.js';
import {
  type AnnouncerEvent,
  displayAnnouncerMachine,
  freshCallMs,
} from '../../../machines/displayAnnouncer.js';

const t0 = Date.parse('2026-11-26T17:00:00.000Z');

const call = (callId: number, extra: Partial<PublicCall> = {}): PublicCall => ({
  callId,
  ticketNumber: `A${String(callId).padStart(3, '0')}`,
  counterName: '3',
  language: 'en',
  calledAt: new Date(t0).toISOString(),
  recall: false,
  ...extra,
});

const notice: DeviceNotice = {
  id: '00000000-0000-4000-8000-0000000000a1',
  version: 1,
  severity: 'information',
  messages: { en: { headline: 'Lift out of order', body: 'Use the lift on Fourth Avenue.' } },
  startsAt: new Date(t0 - 60_000).toISOString(),
  endsAt: null,
  closing: null,
};

/** Announcer wired to scripted chime/speech: speech ends only when the test says so. */
function harness(options: { chimeFails?: boolean } = {}) {
  const log: string[] = [];
  const finishers = new Map<number, () => void>();
  let speaking = 0;
  let maxConcurrent = 0;
  const clock = new SimulatedClock();
  clock.set(t0);
  const machine = displayAnnouncerMachine.provide({
    actors: {
      playChime: fromPromise(async ({ input }) => {
        log.push(`chime ${input.call.callId}`);
        if (options.chimeFails) throw new Error('NotAllowedError');
      }),
      speak: fromPromise(
        ({ input, signal }) =>
          new Promise<void>((resolve) => {
            const id = input.call.callId;
            speaking += 1;
            maxConcurrent = Math.max(maxConcurrent, speaking);
            log.push(`speak ${id}`);
            const end = (how: string) => {
              speaking -= 1;
              finishers.delete(id);
              log.push(`${how} ${id}`);
              resolve();
            };
            finishers.set(id, () => end('end'));
            signal.addEventListener('abort', () => end('cut'));
          }),
      ),
    },
  });
  const actor = createActor(machine, { clock }).start();
  const speakingCall = (id: number) =>
    waitFor(actor, (s) => s.matches('speaking') && s.context.current?.callId === id, { timeout: 2000 });
  const finishSpeech = (id: number) => {
    const finish = finishers.get(id);
    if (!finish) throw new Error(`call ${id} is not being spoken`);
    finish();
  };
  return {
    actor,
    clock,
    log,
    speakingCall,
    finishSpeech,
    maxConcurrent: () => maxConcurrent,
    send: (e: AnnouncerEvent) => actor.send(e),
  };
}

describe('displayAnnouncer states', () => {
  it('reaches every resting state (a state without an unguarded `always`)', () => {
    const events: AnnouncerEvent[] = [
      { type: 'calls.snapshot', calls: [call(1)], now: t0 },
      { type: 'call.received', call: call(2) },
      { type: 'notices.updated', notices: [notice], now: t0 },
    ];
    const internal = [
      { type: 'xstate.done.actor.playChime' },
      { type: 'xstate.done.actor.speak' },
      { type: 'xstate.done.actor.speakNotice' },
    ] as unknown as AnnouncerEvent[]; // graph traversal feeds the actors' done events as plain events
    const paths = getShortestPaths(displayAnnouncerMachine, { events: [...events, ...internal] });
    const reached = new Set(paths.map((p) => String(p.state.value)));
    const resting = Object.values(displayAnnouncerMachine.root.states)
      .filter((node) => !(node.always ?? []).some((t) => t.guard === undefined))
      .map((node) => node.key);
    expect(resting).toEqual(expect.arrayContaining(['idle', 'chiming', 'speaking', 'notifying']));
    for (const key of resting) expect(reached, `state ${key}`).toContain(key);
  });
});

describe('displayAnnouncer scenarios', () => {
  it('announces three calls that arrive while speaking one after another, in order, never overlapping', async () => {
    const h = harness();
    h.send({ type: 'calls.snapshot', calls: [], now: t0 });
    h.send({ type: 'call.received', call: call(1) });
    await h.speakingCall(1);
    h.send({ type: 'call.received', call: call(2) });
    h.send({ type: 'call.received', call: call(3) });
    h.send({ type: 'call.received', call: call(4) });
    expect(h.actor.getSnapshot().context.queue.map((c) => c.callId)).toEqual([2, 3, 4]);
    for (const id of [1, 2, 3]) {
      h.finishSpeech(id);
      await h.speakingCall(id + 1);
    }
    h.finishSpeech(4);
    await waitFor(h.actor, (s) => s.matches('idle'), { timeout: 2000 });
    expect(h.log).toEqual([
      'chime 1',
      'speak 1',
      'end 1',
      'chime 2',
      'speak 2',
      'end 2',
      'chime 3',
      'speak 3',
      'end 3',
      'chime 4',
      'speak 4',
      'end 4',
    ]);
    expect(h.maxConcurrent()).toBe(1);
  });

  it('cuts a speech that never ends after the speechTimeout and moves on to the next call', async () => {
    const h = harness();
    h.send({ type: 'call.received', call: call(1) });
    h.send({ type: 'call.received', call: call(2) });
    await h.speakingCall(1);
    h.clock.increment(14_999);
    expect(h.actor.getSnapshot().context.current?.callId).toBe(1);
    h.clock.increment(1);
    await h.speakingCall(2);
    expect(h.log).toEqual(['chime 1', 'speak 1', 'cut 1', 'chime 2', 'speak 2']);
    expect(h.maxConcurrent()).toBe(1);
  });

  it('does not re-announce calls replayed by a snapshot or a repeated message', async () => {
    const h = harness();
    h.send({ type: 'calls.snapshot', calls: [call(1), call(2)], now: t0 });
    h.send({ type: 'call.received', call: call(2) });
    expect(h.actor.getSnapshot().value).toBe('idle');
    h.send({ type: 'call.received', call: call(3) });
    await h.speakingCall(3);
    h.finishSpeech(3);
    await waitFor(h.actor, (s) => s.matches('idle'), { timeout: 2000 });
    h.send({ type: 'calls.snapshot', calls: [call(1), call(2), call(3)], now: t0 });
    h.send({ type: 'call.received', call: call(3) });
    expect(h.actor.getSnapshot().value).toBe('idle');
    expect(h.log.filter((l) => l.startsWith('speak'))).toEqual(['speak 3']);
  });

  it('announces a recall of the same ticket again', async () => {
    const h = harness();
    h.send({ type: 'call.received', call: call(5) });
    await h.speakingCall(5);
    h.finishSpeech(5);
    h.send({ type: 'call.received', call: call(6, { ticketNumber: 'A005', recall: true }) });
    await h.speakingCall(6);
    expect(h.actor.getSnapshot().context.current).toMatchObject({ ticketNumber: 'A005', recall: true });
    expect(h.log.filter((l) => l.startsWith('speak'))).toEqual(['speak 5', 'speak 6']);
  });

  it('after a reconnect announces only the snapshot calls it missed that are still fresh', async () => {
    const h = harness();
    h.send({ type: 'calls.snapshot', calls: [call(1)], now: t0 });
    const stale = call(2, { calledAt: new Date(t0 - freshCallMs - 1).toISOString() });
    const fresh = call(3, { calledAt: new Date(t0 - 1000).toISOString() });
    h.send({ type: 'calls.snapshot', calls: [call(1), stale, fresh], now: t0 });
    await h.speakingCall(3);
    h.finishSpeech(3);
    await waitFor(h.actor, (s) => s.matches('idle'), { timeout: 2000 });
    expect(h.log.filter((l) => l.startsWith('speak'))).toEqual(['speak 3']);
  });

  it('still speaks when the chime is refused (autoplay blocked)', async () => {
    const h = harness({ chimeFails: true });
    h.send({ type: 'call.received', call: call(7) });
    await h.speakingCall(7);
    expect(h.log).toEqual(['chime 7', 'speak 7']);
  });
});
