// The notices list splits into showing now (most serious first), upcoming (soonest first) and ended or
// withdrawn in the last 7 days (most recent first), by the screen's clock.
import { describe, expect, it } from 'vitest';
import {
  endedAt,
  groupNotices,
  phaseOf,
} from '../../../../../renderer/screens/maintenance/notices/noticeGroups.js';
import { notice } from './noticeFixtures.js';

const now = new Date('2026-11-26T21:00:00.000Z');

describe('notice phases', () => {
  it('is showing from its start until its end, upcoming before, ended after', () => {
    const n = notice({ startsAt: '2026-11-26T20:00:00.000Z', endsAt: '2026-11-26T22:00:00.000Z' });
    expect(phaseOf(n, new Date('2026-11-26T19:59:59.000Z'))).toBe('upcoming');
    expect(phaseOf(n, new Date('2026-11-26T20:00:00.000Z'))).toBe('showing');
    expect(phaseOf(n, new Date('2026-11-26T22:00:00.000Z'))).toBe('ended');
  });

  it('counts a withdrawn notice as ended when it was withdrawn, even before it started', () => {
    const n = notice({ startsAt: '2026-11-27T17:00:00.000Z', withdrawnAt: '2026-11-26T18:00:00.000Z' });
    expect(phaseOf(n, now)).toBe('ended');
    expect(endedAt(n, now)).toBe('2026-11-26T18:00:00.000Z');
  });

  it('takes the earlier of its end and its withdrawal', () => {
    const n = notice({ endsAt: '2026-11-26T19:00:00.000Z', withdrawnAt: '2026-11-26T20:00:00.000Z' });
    expect(endedAt(n, now)).toBe('2026-11-26T19:00:00.000Z');
  });
});

describe('grouping', () => {
  it('puts emergencies first among those showing, then the newest start', () => {
    const info = notice({ severity: 'information', startsAt: '2026-11-26T20:30:00.000Z' });
    const olderWarning = notice({ severity: 'warning', startsAt: '2026-11-26T18:00:00.000Z' });
    const newerWarning = notice({ severity: 'warning', startsAt: '2026-11-26T19:00:00.000Z' });
    const emergency = notice({ severity: 'emergency', startsAt: '2026-11-26T17:00:00.000Z' });
    const groups = groupNotices([info, olderWarning, emergency, newerWarning], now);
    expect(groups.showing.map((n) => n.id)).toEqual([
      emergency.id,
      newerWarning.id,
      olderWarning.id,
      info.id,
    ]);
    expect(groups.upcoming).toEqual([]);
  });

  it('lists upcoming notices soonest first and ended ones most recent first', () => {
    const later = notice({ startsAt: '2026-11-28T17:00:00.000Z' });
    const sooner = notice({ startsAt: '2026-11-27T17:00:00.000Z' });
    const endedYesterday = notice({
      endsAt: '2026-11-25T20:00:00.000Z',
      startsAt: '2026-11-25T17:00:00.000Z',
    });
    const withdrawnToday = notice({ withdrawnAt: '2026-11-26T20:00:00.000Z' });
    const groups = groupNotices([later, endedYesterday, sooner, withdrawnToday], now);
    expect(groups.upcoming.map((n) => n.id)).toEqual([sooner.id, later.id]);
    expect(groups.ended.map((n) => n.id)).toEqual([withdrawnToday.id, endedYesterday.id]);
  });

  it('drops notices that ended more than 7 days ago', () => {
    const old = notice({ startsAt: '2026-11-10T17:00:00.000Z', endsAt: '2026-11-19T20:59:00.000Z' });
    const recent = notice({ startsAt: '2026-11-10T17:00:00.000Z', endsAt: '2026-11-19T21:00:00.000Z' });
    expect(groupNotices([old, recent], now).ended.map((n) => n.id)).toEqual([recent.id]);
  });
});
