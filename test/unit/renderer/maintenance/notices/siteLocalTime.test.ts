// Datetime-local fields read in the site's time zone (Portland), across both daylight-saving changes of 2026.
import { describe, expect, it } from 'vitest';
import {
  isoOfSiteLocal,
  siteLocalOfIso,
} from '../../../../../renderer/screens/maintenance/notices/siteLocalTime.js';

const portland = 'America/Los_Angeles';

describe('site-local datetime fields', () => {
  it('reads a winter time as UTC−8 and a summer time as UTC−7', () => {
    expect(isoOfSiteLocal('2026-03-07T09:00', portland)).toBe('2026-03-07T17:00:00.000Z');
    expect(isoOfSiteLocal('2026-03-09T09:00', portland)).toBe('2026-03-09T16:00:00.000Z');
  });

  it('moves a time in the spring-forward gap later by the hour that does not exist', () => {
    expect(isoOfSiteLocal('2026-03-08T02:30', portland)).toBe('2026-03-08T10:30:00.000Z');
    expect(siteLocalOfIso('2026-03-08T10:30:00.000Z', portland)).toBe('2026-03-08T03:30');
  });

  it('takes the earlier instant for a time that happens twice when the clocks go back', () => {
    expect(isoOfSiteLocal('2026-11-01T01:30', portland)).toBe('2026-11-01T08:30:00.000Z');
    expect(siteLocalOfIso('2026-11-01T09:30:00.000Z', portland)).toBe('2026-11-01T01:30');
  });

  it('does not depend on the zone given: the same wall time in New York is three hours earlier in UTC', () => {
    expect(isoOfSiteLocal('2026-07-01T09:00', 'America/New_York')).toBe('2026-07-01T13:00:00.000Z');
  });

  it('round-trips wall times on both sides of each change', () => {
    for (const wall of ['2026-03-08T01:59', '2026-03-08T03:00', '2026-11-01T00:59', '2026-11-01T02:00']) {
      const iso = isoOfSiteLocal(wall, portland);
      expect(iso).not.toBeNull();
      expect(siteLocalOfIso(iso as string, portland)).toBe(wall);
    }
  });

  it('accepts seconds but keeps the minute', () => {
    expect(isoOfSiteLocal('2026-07-01T09:00:30', portland)).toBe('2026-07-01T16:00:00.000Z');
  });

  it('refuses empty, partial and impossible values', () => {
    for (const value of [
      '',
      '2026-07-01',
      '2026-02-30T09:00',
      '2026-07-01T24:00',
      '2026-13-01T09:00',
      'soon',
    ]) {
      expect(isoOfSiteLocal(value, portland), value).toBeNull();
    }
  });
});
