// The announcer's notice rules: which parts are queued, dropped, repeated and spoken next.
import { describe, expect, it } from 'vitest';
import type { DeviceNotice } from '../../../../machines/contracts/notices.js';
import {
  absorbNotices,
  nextPartIndex,
  noticeKey,
  partGone,
  partsFor,
  queueEmergencyRepeat,
} from '../../../../machines/displayAnnouncer/noticeQueue.js';

const t0 = Date.parse('2026-11-26T17:00:00.000Z');
const notice = (n: number, extra: Partial<DeviceNotice> = {}): DeviceNotice => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  version: 1,
  severity: 'information',
  messages: { en: { headline: `Notice ${n}`, body: '' }, es: { headline: `Aviso ${n}`, body: '' } },
  startsAt: new Date(t0 - 1000).toISOString(),
  endsAt: null,
  closing: null,
  ...extra,
});
const parts = (queue: { notice: DeviceNotice; language: string }[]) =>
  queue.map((p) => `${p.notice.messages.en?.headline} v${p.notice.version} ${p.language}`);

describe('partsFor', () => {
  it('speaks English, then Spanish only when the notice has Spanish text and a Spanish voice exists', () => {
    expect(parts(partsFor(notice(1), ['es']))).toEqual(['Notice 1 v1 en', 'Notice 1 v1 es']);
    expect(parts(partsFor(notice(1), []))).toEqual(['Notice 1 v1 en']);
    const englishOnly = notice(2, { messages: { en: { headline: 'Notice 2', body: '' } } });
    expect(parts(partsFor(englishOnly, ['es']))).toEqual(['Notice 2 v1 en']);
  });

  it('speaks every other language the notice has text in and a voice exists for, in the notice order', () => {
    const many = notice(3, {
      messages: {
        en: { headline: 'Notice 3', body: '' },
        vi: { headline: 'Thông báo', body: '' },
        ar: { headline: 'إشعار', body: '' },
        ko: { headline: '공지', body: '' },
      },
    });
    expect(parts(partsFor(many, ['ko', 'es', 'vi']))).toEqual([
      'Notice 3 v1 en',
      'Notice 3 v1 vi',
      'Notice 3 v1 ko',
    ]);
    expect(parts(partsFor(many, ['ar']))).toEqual(['Notice 3 v1 en', 'Notice 3 v1 ar']);
  });
});

describe('absorbNotices', () => {
  const empty = { noticeQueue: [], spokenNotices: [] };

  it('queues each showing version once, emergencies first, and leaves out those not started or ended', () => {
    const later = notice(3, { startsAt: new Date(t0 + 60_000).toISOString() });
    const ended = notice(4, { endsAt: new Date(t0).toISOString() });
    const emergency = notice(5, { severity: 'emergency' });
    const first = absorbNotices(empty, [notice(1), later, ended, emergency], t0, []);
    expect(parts(first.noticeQueue)).toEqual(['Notice 5 v1 en', 'Notice 1 v1 en']);
    expect(first.showing.map((n) => n.messages.en?.headline)).toEqual(['Notice 5', 'Notice 1']);
    const again = absorbNotices(first, [notice(1), later, ended, emergency], t0, []);
    expect(again.noticeQueue).toEqual(first.noticeQueue);
    expect(again.spokenNotices).toEqual(first.spokenNotices);
  });

  it('drops queued parts of a withdrawn or changed notice and queues the new version', () => {
    const queued = absorbNotices({ noticeQueue: [], spokenNotices: [] }, [notice(1), notice(2)], t0, ['es']);
    const after = absorbNotices(queued, [notice(2, { version: 2 })], t0, ['es']);
    expect(parts(after.noticeQueue)).toEqual(['Notice 2 v2 en', 'Notice 2 v2 es']);
    expect(after.spokenNotices).toContain(noticeKey(notice(1)));
  });
});

describe('partGone', () => {
  it('is true once the part’s version no longer shows (withdrawn, ended or changed)', () => {
    const part = { notice: notice(1), language: 'en' };
    expect(partGone(part, [notice(1)], t0)).toBe(false);
    expect(partGone(part, [], t0)).toBe(true);
    expect(partGone(part, [notice(1, { version: 2 })], t0)).toBe(true);
    expect(partGone(part, [notice(1, { endsAt: new Date(t0 + 5000).toISOString() })], t0 + 5000)).toBe(true);
  });
});

describe('nextPartIndex and queueEmergencyRepeat', () => {
  const emergency = notice(9, { severity: 'emergency' });

  it('speaks the queue first come first served, but only emergencies while one shows', () => {
    const calm = absorbNotices({ noticeQueue: [], spokenNotices: [] }, [notice(1)], t0, []);
    expect(nextPartIndex(calm)).toBe(0);
    const tense = absorbNotices(calm, [notice(1), emergency], t0, []);
    expect(parts(tense.noticeQueue)).toEqual(['Notice 1 v1 en', 'Notice 9 v1 en']);
    expect(nextPartIndex(tense)).toBe(1);
    expect(nextPartIndex({ showing: tense.showing, noticeQueue: tense.noticeQueue.slice(0, 1) })).toBe(-1);
    expect(nextPartIndex({ showing: [], noticeQueue: [] })).toBe(-1);
  });

  it('queues the showing emergencies again unless already waiting or being spoken', () => {
    const showing = [emergency, notice(1)];
    expect(parts(queueEmergencyRepeat({ showing, noticeQueue: [] }, null, ['es']))).toEqual([
      'Notice 9 v1 en',
      'Notice 9 v1 es',
    ]);
    const speaking = { notice: emergency, language: 'es' };
    expect(queueEmergencyRepeat({ showing, noticeQueue: [] }, speaking, ['es'])).toEqual([]);
    expect(queueEmergencyRepeat({ showing: [notice(1)], noticeQueue: [] }, null, ['es'])).toEqual([]);
  });
});
