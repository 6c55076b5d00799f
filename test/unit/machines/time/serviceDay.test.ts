// serviceDayOf: the site's local date across midnight and both daylight-saving changes, whatever the server TZ.
import { afterEach, describe, expect, it } from 'vitest';
import { isKnownTimeZone, serviceDayOf } from '../../../../machines/time/serviceDay.js';

const LA = 'America/Los_Angeles';
const at = (iso: string) => new Date(iso);
const originalTz = process.env.TZ;

afterEach(() => {
  process.env.TZ = originalTz;
});

describe.each(['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati'])(
  'with the server in %s',
  (tz) => {
    it('changes day exactly at local midnight (standard time)', () => {
      process.env.TZ = tz;
      expect(serviceDayOf(at('2026-11-26T07:59:59.999Z'), LA)).toBe('2026-11-25');
      expect(serviceDayOf(at('2026-11-26T08:00:00.000Z'), LA)).toBe('2026-11-26');
    });

    it('changes day exactly at local midnight (daylight time)', () => {
      process.env.TZ = tz;
      expect(serviceDayOf(at('2026-07-04T06:59:59Z'), LA)).toBe('2026-07-03');
      expect(serviceDayOf(at('2026-07-04T07:00:00Z'), LA)).toBe('2026-07-04');
    });

    it('keeps the 23-hour spring-forward day (8 March 2026) as one day', () => {
      process.env.TZ = tz;
      expect(serviceDayOf(at('2026-03-08T07:59:59Z'), LA)).toBe('2026-03-07');
      expect(serviceDayOf(at('2026-03-08T08:00:00Z'), LA)).toBe('2026-03-08');
      expect(serviceDayOf(at('2026-03-08T09:59:59Z'), LA)).toBe('2026-03-08');
      expect(serviceDayOf(at('2026-03-08T10:00:00Z'), LA)).toBe('2026-03-08');
      expect(serviceDayOf(at('2026-03-09T06:59:59Z'), LA)).toBe('2026-03-08');
      expect(serviceDayOf(at('2026-03-09T07:00:00Z'), LA)).toBe('2026-03-09');
    });

    it('keeps the 25-hour fall-back day (1 November 2026) as one day', () => {
      process.env.TZ = tz;
      expect(serviceDayOf(at('2026-11-01T06:59:59Z'), LA)).toBe('2026-10-31');
      expect(serviceDayOf(at('2026-11-01T07:00:00Z'), LA)).toBe('2026-11-01');
      expect(serviceDayOf(at('2026-11-01T08:30:00Z'), LA)).toBe('2026-11-01');
      expect(serviceDayOf(at('2026-11-01T09:30:00Z'), LA)).toBe('2026-11-01');
      expect(serviceDayOf(at('2026-11-02T07:59:59Z'), LA)).toBe('2026-11-01');
      expect(serviceDayOf(at('2026-11-02T08:00:00Z'), LA)).toBe('2026-11-02');
    });
  },
);

describe('serviceDayOf', () => {
  it('follows the time zone it is given, not a fixed one', () => {
    const instant = at('2026-11-26T03:00:00Z');
    expect(serviceDayOf(instant, LA)).toBe('2026-11-25');
    expect(serviceDayOf(instant, 'Europe/Berlin')).toBe('2026-11-26');
  });

  it('refuses an invalid date and an unknown time zone', () => {
    expect(() => serviceDayOf(new Date(Number.NaN), LA)).toThrow(RangeError);
    expect(() => serviceDayOf(at('2026-11-26T03:00:00Z'), 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(isKnownTimeZone(LA)).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
