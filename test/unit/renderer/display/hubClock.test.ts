// The display clock: offset from the hub's time, shown in the site's time zone.
import { describe, expect, it } from 'vitest';
import { clockOffset, formatClock } from '../../../../renderer/screens/display/hubClock.js';

describe('hub clock', () => {
  it('measures how far the local clock is behind or ahead of the hub', () => {
    const local = Date.parse('2026-11-26T17:00:00.000Z');
    expect(clockOffset('2026-11-26T17:00:05.000Z', local)).toBe(5000);
    expect(clockOffset('2026-11-26T16:59:58.000Z', local)).toBe(-2000);
    expect(clockOffset('not a time', local)).toBe(0);
  });

  it("formats the time in the site's zone, across a daylight-saving change", () => {
    expect(formatClock(Date.parse('2026-11-26T17:42:00.000Z'), 'America/Los_Angeles')).toBe('9:42 AM');
    expect(formatClock(Date.parse('2026-07-01T17:42:00.000Z'), 'America/Los_Angeles')).toBe('10:42 AM');
  });
});
