// The lobby announcer with notices: spoken after calls and never over them, each version once, English then each
// other language the notice has and the display has a voice for (fake voices through `voices.known`), emergencies
// repeated every 2 minutes while they show (calls held back meanwhile), withdrawn ones dropped.
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, SimulatedClock, waitFor } from 'xstate';
import type { DeviceNotice } from '../../../machines/contracts/notices.js';
import type { PublicCall } from '../../../machines/contracts/ticket.js';
import {
  type AnnouncerEvent,
  displayAnnouncerMachine,
  emergencyRepeatMs,
} from '../../../machines/displayAnnouncer.js';

const t0 = Date.parse('2026-11-26T17:00:00.000Z');
const minute = 60_000;

const call = (callId: number, calledAt = t0): PublicCall => ({
  callId,
  ticketNumber: `A${String(callId).padStart(3, '0')}`,
  counterName: '3',
  language: 'en',
  calledAt: new Date(calledAt).toISOString(),
  recall: false,
});

const notice = (n: number, extra: Partial<DeviceNotice> = {}): DeviceNotice => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  version: 1,
  severity: 'information',
  messages: {
    en: { headline: `Notice ${n}`, body: 'Details.' },
    es: { headline: `Aviso ${n}`, body: 'Detalles.' },
  },
  startsAt: new Date(t0 - minute).toISOString(),
  endsAt: null,
  closing: null,
  ...extra,
});

/** Announcer wired to scripted chime/speech: every announcement ends only when the test says so. */
function harness() {
  const log: string[] = [];
  const finishers = new Map<string, () => void>();
  let speaking = 0;
  let maxConcurrent = 0;
  const clock = new SimulatedClock();
  clock.set(t0);
  const utter = (label: string, signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      speaking += 1;
      maxConcurrent = Math.max(maxConcurrent, speaking);
      log.push(label);
      const end = (how: string) => {
        speaking -= 1;
        finishers.delete(label);
        log.push(`${how} ${label}`);
        resolve();
      };
      finishers.set(label, () => end('end'));
      signal.addEventListener('abort', () => end('cut'));
    });
  const machine = displayAnnouncerMachine.provide({
    actors: {
      playChime: fromPromise(async () => {}),
      speak: fromPromise(({ input, signal }) => utter(`call ${input.call.callId}`, signal)),
      speakNotice: fromPromise(({ input, signal }) =>
        utter(
          `${input.part.notice.messages.en?.headline} v${input.part.notice.version} ${input.part.language}`,
          signal,
        ),
      ),
    },
  });
  const actor = createActor(machine, { clock }).start();
  actor.send({ type: 'voices.known', languages: ['es'] });
  const saying = (label: string) => waitFor(actor, () => finishers.has(label), { timeout: 2000 });
  const finish = async (label: string) => {
    await saying(label);
    finishers.get(label)?.();
  };
  const quiet = () => waitFor(actor, (s) => s.matches('idle'), { timeout: 2000 });
  return {
    actor,
    clock,
    log,
    saying,
    finish,
    quiet,
    said: () => log.filter((l) => !l.startsWith('end ') && !l.startsWith('cut ')),
    maxConcurrent: () => maxConcurrent,
    send: (e: AnnouncerEvent) => actor.send(e),
    notices: (notices: DeviceNotice[], now = t0) => actor.send({ type: 'notices.updated', notices, now }),
  };
}

describe('displayAnnouncer notices', () => {
  it('speaks a new notice after the pending calls, English then Spanish, never overlapping', async () => {
    const h = harness();
    h.send({ type: 'calls.snapshot', calls: [], now: t0 });
    h.send({ type: 'call.received', call: call(1) });
    await h.saying('call 1');
    h.send({ type: 'call.received', call: call(2) });
    h.notices([notice(1)]);
    await h.finish('call 1');
    await h.finish('call 2');
    await h.finish('Notice 1 v1 en');
    await h.finish('Notice 1 v1 es');
    await h.quiet();
    expect(h.said()).toEqual(['call 1', 'call 2', 'Notice 1 v1 en', 'Notice 1 v1 es']);
    expect(h.maxConcurrent()).toBe(1);
  });

  it('lets a call that arrives while a notice is spoken wait for that part, then go before the next part', async () => {
    const h = harness();
    h.notices([notice(1)]);
    await h.saying('Notice 1 v1 en');
    h.send({ type: 'call.received', call: call(7) });
    expect(h.actor.getSnapshot().value).toBe('notifying');
    await h.finish('Notice 1 v1 en');
    await h.finish('call 7');
    await h.finish('Notice 1 v1 es');
    await h.quiet();
    expect(h.said()).toEqual(['Notice 1 v1 en', 'call 7', 'Notice 1 v1 es']);
    expect(h.maxConcurrent()).toBe(1);
  });

  it('does not speak the same version again when it is re-sent (a reconnect), but speaks a changed one', async () => {
    const h = harness();
    const first = notice(2, { messages: { en: { headline: 'Notice 2', body: '' } } });
    h.notices([first]);
    await h.finish('Notice 2 v1 en');
    await h.quiet();
    h.notices([first]);
    h.notices([first], t0 + minute);
    expect(h.actor.getSnapshot().value).toBe('idle');
    h.notices([{ ...first, version: 2 }], t0 + 2 * minute);
    await h.finish('Notice 2 v2 en');
    await h.quiet();
    expect(h.said()).toEqual(['Notice 2 v1 en', 'Notice 2 v2 en']);
  });

  it('speaks only English when the display has no Spanish voice', async () => {
    const h = harness();
    h.send({ type: 'voices.known', languages: [] });
    h.notices([notice(3)]);
    await h.finish('Notice 3 v1 en');
    await h.quiet();
    expect(h.said()).toEqual(['Notice 3 v1 en']);
  });

  it('speaks every language the notice has and the display has a voice for, in the notice order, one at a time', async () => {
    const h = harness();
    h.send({ type: 'voices.known', languages: ['zh-Hant', 'ar', 'vi', 'ko'] });
    const many = notice(10, {
      messages: {
        en: { headline: 'Notice 10', body: '' },
        vi: { headline: 'Thông báo 10', body: '' },
        es: { headline: 'Aviso 10', body: '' },
        ar: { headline: 'إشعار 10', body: '' },
        'zh-Hant': { headline: '通知 10', body: '' },
      },
    });
    h.notices([many]);
    const captions: string[] = [];
    for (const language of ['en', 'vi', 'ar', 'zh-Hant']) {
      await h.saying(`Notice 10 v1 ${language}`);
      captions.push(h.actor.getSnapshot().context.currentNotice?.language ?? 'none');
      if (language === 'vi') h.send({ type: 'call.received', call: call(4) });
      await h.finish(`Notice 10 v1 ${language}`);
      if (language === 'vi') await h.finish('call 4');
    }
    await h.quiet();
    expect(h.said()).toEqual([
      'Notice 10 v1 en',
      'Notice 10 v1 vi',
      'call 4',
      'Notice 10 v1 ar',
      'Notice 10 v1 zh-Hant',
    ]);
    expect(captions, 'the part being spoken (the caption) follows the voice').toEqual([
      'en',
      'vi',
      'ar',
      'zh-Hant',
    ]);
    expect(h.maxConcurrent()).toBe(1);
  });

  it('drops a queued notice that is withdrawn and cuts one being spoken', async () => {
    const h = harness();
    h.send({ type: 'call.received', call: call(1) });
    await h.saying('call 1');
    h.notices([notice(4), notice(5, { startsAt: new Date(t0 - 2 * minute).toISOString() })]);
    h.notices([notice(5, { startsAt: new Date(t0 - 2 * minute).toISOString() })]);
    await h.finish('call 1');
    await h.saying('Notice 5 v1 en');
    h.notices([]);
    await h.quiet();
    expect(h.log).toEqual(['call 1', 'end call 1', 'Notice 5 v1 en', 'cut Notice 5 v1 en']);
  });

  it('speaks a notice that starts later only once it shows, and not after it ended', async () => {
    const h = harness();
    const later = notice(6, {
      startsAt: new Date(t0 + 10 * minute).toISOString(),
      endsAt: new Date(t0 + 20 * minute).toISOString(),
      messages: { en: { headline: 'Notice 6', body: '' } },
    });
    h.notices([later]);
    expect(h.actor.getSnapshot().value).toBe('idle');
    h.notices([later], t0 + 10 * minute);
    await h.finish('Notice 6 v1 en');
    await h.quiet();
    h.notices([later], t0 + 20 * minute);
    expect(h.actor.getSnapshot().context.showing).toEqual([]);
    expect(h.said()).toEqual(['Notice 6 v1 en']);
  });

  it('cuts one language of a notice that never ends after the noticeTimeout', async () => {
    const h = harness();
    h.notices([notice(8, { messages: { en: { headline: 'Notice 8', body: '' } } })]);
    await h.saying('Notice 8 v1 en');
    h.clock.increment(59_999);
    expect(h.actor.getSnapshot().value).toBe('notifying');
    h.clock.increment(1);
    await h.quiet();
    expect(h.log).toEqual(['Notice 8 v1 en', 'cut Notice 8 v1 en']);
  });
});

describe('displayAnnouncer emergencies', () => {
  const emergency = notice(9, {
    severity: 'emergency',
    messages: {
      en: { headline: 'Evacuate', body: 'Leave by the nearest exit.' },
      es: { headline: 'Evacúe', body: 'Salga por la salida más cercana.' },
    },
  });

  it('repeats an emergency every 2 minutes while it shows and stops when it is withdrawn', async () => {
    const h = harness();
    h.notices([emergency]);
    await h.finish('Evacuate v1 en');
    await h.finish('Evacuate v1 es');
    await h.quiet();
    h.clock.increment(emergencyRepeatMs - 1);
    expect(h.actor.getSnapshot().value).toBe('idle');
    h.clock.increment(1);
    await h.finish('Evacuate v1 en');
    await h.finish('Evacuate v1 es');
    await h.quiet();
    h.clock.increment(emergencyRepeatMs);
    await h.finish('Evacuate v1 en');
    await h.finish('Evacuate v1 es');
    await h.quiet();
    h.notices([], t0 + 5 * minute);
    h.clock.increment(3 * emergencyRepeatMs);
    expect(h.actor.getSnapshot().value).toBe('idle');
    expect(h.said()).toEqual(Array.from({ length: 3 }, () => ['Evacuate v1 en', 'Evacuate v1 es']).flat());
    expect(h.maxConcurrent()).toBe(1);
  });

  it('finishes the call being spoken, holds back calls while the emergency shows, then announces the fresh ones', async () => {
    const h = harness();
    h.send({ type: 'call.received', call: call(1) });
    await h.saying('call 1');
    h.send({ type: 'call.received', call: call(2) });
    h.notices([notice(1), emergency]);
    await h.finish('call 1');
    await h.finish('Evacuate v1 en');
    h.send({ type: 'call.received', call: call(3, t0 + 3 * minute) });
    await h.finish('Evacuate v1 es');
    await h.quiet();
    expect(h.actor.getSnapshot().context.queue.map((c) => c.callId)).toEqual([2, 3]);
    h.notices([notice(1)], t0 + 3 * minute + 30_000);
    await h.finish('call 3');
    await h.finish('Notice 1 v1 en');
    await h.finish('Notice 1 v1 es');
    await h.quiet();
    expect(h.said()).toEqual([
      'call 1',
      'Evacuate v1 en',
      'Evacuate v1 es',
      'call 3',
      'Notice 1 v1 en',
      'Notice 1 v1 es',
    ]);
    expect(h.maxConcurrent()).toBe(1);
  });
});
