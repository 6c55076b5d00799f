// Which receivers a notice is for and when it is over: device kinds, narrowing to devices, desks, withdrawal.
import { describe, expect, it } from 'vitest';
import type { Notice, NoticeTargets } from '../../../../machines/contracts/index.js';
import {
  deviceNoticeOf,
  isFor,
  isOver,
  type NoticeReceiver,
} from '../../../../main/hub/notices/noticeRules.js';

const at = (iso: string) => new Date(iso);

function notice(targets: Partial<NoticeTargets> = {}, changes: Partial<Notice> = {}): Notice {
  return {
    id: '6f1c3f0e-3b1a-4d7e-9a55-0c3b1f4f8a10',
    version: 1,
    severity: 'information',
    messages: { en: { headline: 'Elevator B is out of service', body: '' } },
    startsAt: '2026-11-26T18:00:00.000Z',
    endsAt: '2026-11-26T20:00:00.000Z',
    closing: null,
    targets: { kiosks: true, displays: true, desks: true, deviceIds: null, ...targets },
    publishedAt: '2026-11-26T17:00:00.000Z',
    publishedBy: 'sup',
    updatedAt: '2026-11-26T17:00:00.000Z',
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawnReason: null,
    ...changes,
  };
}

const kiosk1: NoticeReceiver = { kind: 'kiosk', deviceId: 'kiosk-1' };
const display1: NoticeReceiver = { kind: 'display', deviceId: 'display-1' };
const desk: NoticeReceiver = { kind: 'desk' };

describe('isFor', () => {
  it('reaches every device of the kinds chosen when no devices are named', () => {
    const forKiosks = notice({ displays: false, desks: false });
    expect([kiosk1, display1, desk].map((r) => isFor(forKiosks, r))).toEqual([true, false, false]);
  });

  it('narrows kiosks and displays to the devices named, never desks', () => {
    const named = notice({ deviceIds: ['display-1'] });
    expect(isFor(named, display1)).toBe(true);
    expect(isFor(named, { kind: 'display', deviceId: 'display-2' })).toBe(false);
    expect(isFor(named, kiosk1)).toBe(false);
    expect(isFor(named, desk)).toBe(true);
  });

  it('lets staff watching a device stream see every notice of that kind', () => {
    const named = notice({ deviceIds: ['display-1'], kiosks: false });
    expect(isFor(named, { kind: 'display', deviceId: null })).toBe(true);
    expect(isFor(named, { kind: 'kiosk', deviceId: null })).toBe(false);
  });
});

describe('isOver', () => {
  it('ends at endsAt, not before', () => {
    expect(isOver(notice(), at('2026-11-26T19:59:59.999Z'))).toBe(false);
    expect(isOver(notice(), at('2026-11-26T20:00:00.000Z'))).toBe(true);
  });

  it('is over once withdrawn, and never over by the clock without an end', () => {
    expect(isOver(notice({}, { withdrawnAt: '2026-11-26T18:30:00.000Z' }), at('2026-11-26T18:00:00Z'))).toBe(
      true,
    );
    expect(isOver(notice({}, { endsAt: null }), at('2036-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('deviceNoticeOf', () => {
  it('keeps what devices show and drops targets, authors and withdrawal', () => {
    expect(Object.keys(deviceNoticeOf(notice())).sort()).toEqual(
      ['closing', 'endsAt', 'id', 'messages', 'severity', 'startsAt', 'version'].sort(),
    );
  });
});
