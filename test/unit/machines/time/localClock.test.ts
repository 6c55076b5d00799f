// localClock: site-local wall time to instants and back, across both daylight-saving changes, whatever the process TZ.
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, instantOfLocal, localDateTimeOf, weekdayOf } from '../../../../machines/time/localClock.js';

const LA = 'America/Los_Angeles';
const originalTz = process.env.TZ;

afterEach(() => {
  process.env.TZ = originalTz;
});

const iso = (year: number, month: number, day: number, hhmm: string, tz = LA) =>
  instantOfLocal({ year, month, day }, hhmm, tz).toISOString();

describe.each(['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati'])(
  'with the process in %s',
  (tz) => {
    it('converts ordinary local times in standard and daylight time', () => {
      process.env.TZ = tz;
      expect(iso(2026, 12, 1, '08:00')).toBe('2026-12-01T16:00:00.000Z');
      expect(iso(2026, 7, 4, '08:00')).toBe('2026-07-04T15:00:00.000Z');
      expect(iso(2026, 7, 4, '00:00')).toBe('2026-07-04T07:00:00.000Z');
    });

    it('moves a time in the spring-forward gap (8 March 2026, 02:00→03:00) later by the gap', () => {
      process.env.TZ = tz;
      expect(iso(2026, 3, 8, '01:59')).toBe('2026-03-08T09:59:00.000Z');
      expect(iso(2026, 3, 8, '02:00')).toBe('2026-03-08T10:00:00.000Z');
      expect(iso(2026, 3, 8, '02:30')).toBe('2026-03-08T10:30:00.000Z');
      expect(iso(2026, 3, 8, '03:00')).toBe('2026-03-08T10:00:00.000Z');
      expect(iso(2026, 3, 8, '08:00')).toBe('2026-03-08T15:00:00.000Z');
    });

    it('takes the earlier instant of a time in the fall-back overlap (1 November 2026, 02:00→01:00)', () => {
      process.env.TZ = tz;
      expect(iso(2026, 11, 1, '00:30')).toBe('2026-11-01T07:30:00.000Z');
      expect(iso(2026, 11, 1, '01:30')).toBe('2026-11-01T08:30:00.000Z');
      expect(iso(2026, 11, 1, '02:00')).toBe('2026-11-01T10:00:00.000Z');
      expect(iso(2026, 11, 1, '08:00')).toBe('2026-11-01T16:00:00.000Z');
    });

    it('reads the local wall time of an instant, both sides of the overlap', () => {
      process.env.TZ = tz;
      expect(localDateTimeOf(new Date('2026-11-01T08:30:00Z'), LA)).toEqual({
        year: 2026,
        month: 11,
        day: 1,
        hour: 1,
        minute: 30,
        second: 0,
      });
      expect(localDateTimeOf(new Date('2026-11-01T09:30:05Z'), LA)).toMatchObject({
        hour: 1,
        minute: 30,
        second: 5,
      });
      expect(localDateTimeOf(new Date('2026-03-09T07:59:59Z'), LA)).toMatchObject({ day: 9, hour: 0 });
    });

    it('handles zones with half-hour daylight saving and with none', () => {
      process.env.TZ = tz;
      expect(iso(2026, 10, 4, '02:15', 'Australia/Lord_Howe')).toBe('2026-10-03T15:45:00.000Z');
      expect(iso(2026, 7, 1, '09:00', 'Asia/Kolkata')).toBe('2026-07-01T03:30:00.000Z');
    });
  },
);

describe('calendar helpers', () => {
  it('steps days across month and year ends and names the weekday', () => {
    expect(addDays({ year: 2026, month: 12, day: 30 }, 3)).toEqual({ year: 2027, month: 1, day: 2 });
    expect(addDays({ year: 2028, month: 2, day: 28 }, 1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(weekdayOf({ year: 2026, month: 3, day: 8 })).toBe('sun');
    expect(weekdayOf({ year: 2026, month: 3, day: 13 })).toBe('fri');
  });
});
