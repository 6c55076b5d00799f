// The notices watcher: sends the first answer and every new version, asks from the last version seen, and after
// a failed call asks again only after the retry wait on the actor system's clock.
import { describe, expect, it } from 'vitest';
import { createActor, createMachine, SimulatedClock } from 'xstate';
import type { KioskNotices, WaitForNoticesInput } from '../../../../machines/contracts/kioskApi.js';
import { NOTICES_RETRY_MS, type NoticesUpdated, noticesWatcher } from '../../../../machines/kioskFlow.js';
import { testNotice } from '../infoFlow/fixtures.js';

function scriptedAgent() {
  const asked: number[] = [];
  const answers: {
    promise: Promise<KioskNotices>;
    resolve: (n: KioskNotices) => void;
    reject: (e: Error) => void;
  }[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const next = ({ afterVersion }: WaitForNoticesInput) => {
    let resolve!: (n: KioskNotices) => void;
    let reject!: (e: Error) => void;
    const promise = new Promise<KioskNotices>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    asked.push(afterVersion);
    answers.push({ promise, resolve, reject });
    for (const w of waiters.filter((w) => asked.length >= w.count)) w.resolve();
    return promise;
  };
  const calls = (count: number) =>
    new Promise<void>((resolve) => {
      if (asked.length >= count) resolve();
      else waiters.push({ count, resolve });
    });
  const answer = (index: number) => {
    const a = answers[index];
    if (!a) throw new Error(`no call ${index}`);
    return a;
  };
  /** Fails call `index`; resolves after the watcher's own handler has run (it was attached first). */
  const fail = (index: number) => {
    const a = answer(index);
    a.reject(new Error('agent unreachable'));
    return a.promise.then(
      () => undefined,
      () => undefined,
    );
  };
  return { next, asked, calls, answer, fail };
}

function watch(agent: ReturnType<typeof scriptedAgent>) {
  const clock = new SimulatedClock();
  const received: NoticesUpdated[] = [];
  const parent = createMachine({
    invoke: { src: noticesWatcher(agent.next) },
    on: { 'notices.updated': { actions: ({ event }) => received.push(event as NoticesUpdated) } },
  });
  const actor = createActor(parent, { clock }).start();
  return { actor, clock, received };
}

describe('noticesWatcher', () => {
  it('sends the first answer and each new version, asking after the last version seen', async () => {
    const agent = scriptedAgent();
    const { received } = watch(agent);
    await agent.calls(1);
    agent.answer(0).resolve({ version: 0, notices: [] });
    await agent.calls(2);
    agent.answer(1).resolve({ version: 0, notices: [] });
    await agent.calls(3);
    const notice = testNotice();
    agent.answer(2).resolve({ version: 4, notices: [notice] });
    await agent.calls(4);
    expect(agent.asked).toEqual([0, 0, 0, 4]);
    expect(received).toEqual([
      { type: 'notices.updated', notices: [] },
      { type: 'notices.updated', notices: [notice] },
    ]);
  });

  it('asks again only after the retry wait when the agent fails, and stops asking when stopped', async () => {
    const agent = scriptedAgent();
    const { actor, clock } = watch(agent);
    await agent.calls(1);
    await agent.fail(0);
    clock.increment(NOTICES_RETRY_MS - 1);
    expect(agent.asked).toHaveLength(1);
    clock.increment(1);
    await agent.calls(2);
    expect(agent.asked).toEqual([0, 0]);
    actor.stop();
    await agent.fail(1);
    clock.increment(NOTICES_RETRY_MS);
    expect(agent.asked).toHaveLength(2);
  });
});
