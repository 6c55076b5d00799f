// intakeVerdict: staff switch, numbers, daily cap and opening hours, in that order, DST-correct in any process TZ.
import { afterEach, describe, expect, it } from 'vitest';
import type { OpeningHours, SiteConfig } from '../../../../machines/contracts/index.js';
import { type IntakeFacts, intakeVerdict } from '../../../../machines/queue/intakeRules.js';
import { testSiteConfig } from '../../../support/siteConfig.js';

const weekdays8to5: OpeningHours = Object.fromEntries(
  (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((d) => [d, [{ opens: '08:00', closes: '17:00' }]]),
);
const withHours = (openingHours: OpeningHours | null) => (c: SiteConfig) => ({
  ...c,
  intake: { openingHours, lastTicketMinutesBeforeClose: 15 },
});
const hoursConfig = testSiteConfig(withHours(weekdays8to5));
const alwaysOpen = testSiteConfig();
const permits = hoursConfig.services.find((s) => s.id === 'permits')!;

function verdict(now: string, changes: Partial<IntakeFacts> = {}) {
  return intakeVerdict({
    config: hoursConfig,
    service: permits,
    now: new Date(now),
    issuedToday: 0,
    queuePositionsUsed: 0,
    closedByStaff: false,
    ...changes,
  });
}

const open = { open: true, closedReason: null, opensAt: null };
const opensAt = (iso: string) => ({ open: false, closedReason: 'outside-hours', opensAt: iso });
const originalTz = process.env.TZ;

afterEach(() => {
  process.env.TZ = originalTz;
});

describe('intakeVerdict order of rules', () => {
  it('puts a supervisor closing the queue before everything else', () => {
    expect(
      verdict('2026-03-07T20:00:00Z', { closedByStaff: true, queuePositionsUsed: 999, issuedToday: 500 }),
    ).toEqual({ open: false, closedReason: 'closed-by-staff', opensAt: null });
  });

  it('refuses when the queue has used every number (999 of 1–999), before the daily cap', () => {
    expect(verdict('2026-03-10T17:00:00Z', { queuePositionsUsed: 999, issuedToday: 120 }).closedReason).toBe(
      'numbers-used-up',
    );
    expect(verdict('2026-03-10T17:00:00Z', { queuePositionsUsed: 998 })).toEqual(open);
  });

  it('refuses when the service reached its daily cap (120 permits), before the clock', () => {
    expect(verdict('2026-03-07T20:00:00Z', { issuedToday: 120 }).closedReason).toBe('daily-cap');
    expect(verdict('2026-03-10T17:00:00Z', { issuedToday: 119 })).toEqual(open);
  });

  it('is always open when no hours are configured', () => {
    expect(
      intakeVerdict({
        config: alwaysOpen,
        service: permits,
        now: new Date('2026-03-08T10:30:00Z'),
        issuedToday: 0,
        queuePositionsUsed: 0,
        closedByStaff: false,
      }),
    ).toEqual(open);
  });
});

describe.each(['UTC', 'Asia/Tokyo', 'America/Los_Angeles'])(
  'intakeVerdict hours with the process in %s',
  (tz) => {
    it('opens at 08:00 local and stops issuing 15 minutes before the 17:00 close', () => {
      process.env.TZ = tz;
      expect(verdict('2026-03-10T14:59:59Z')).toEqual(opensAt('2026-03-10T15:00:00.000Z'));
      expect(verdict('2026-03-10T15:00:00Z')).toEqual(open);
      expect(verdict('2026-03-10T23:44:59Z')).toEqual(open);
      expect(verdict('2026-03-10T23:45:00Z')).toEqual(opensAt('2026-03-11T15:00:00.000Z'));
    });

    it('sends Friday evening visitors to Monday 08:00, across spring-forward (PST weekend, PDT Monday)', () => {
      process.env.TZ = tz;
      expect(verdict('2026-03-07T02:00:00Z')).toEqual(opensAt('2026-03-09T15:00:00.000Z'));
    });

    it('sends the fall-back weekend to Monday 08:00 PST', () => {
      process.env.TZ = tz;
      expect(verdict('2026-10-31T01:00:00Z')).toEqual(opensAt('2026-11-02T16:00:00.000Z'));
    });

    it('opens a period starting in the spring-forward gap at the shifted instant (02:30 → 03:30 PDT)', () => {
      process.env.TZ = tz;
      const service = { ...permits, openingHours: { sun: [{ opens: '02:30', closes: '06:00' }] } };
      expect(verdict('2026-03-07T20:00:00Z', { service })).toEqual(opensAt('2026-03-08T10:30:00.000Z'));
      expect(verdict('2026-03-08T10:29:00Z', { service }).open).toBe(false);
      expect(verdict('2026-03-08T10:30:00Z', { service })).toEqual(open);
    });

    it('opens a period starting in the fall-back overlap at the first 01:30 and stays open through the second', () => {
      process.env.TZ = tz;
      const service = { ...permits, openingHours: { sun: [{ opens: '01:30', closes: '04:00' }] } };
      expect(verdict('2026-10-31T20:00:00Z', { service })).toEqual(opensAt('2026-11-01T08:30:00.000Z'));
      expect(verdict('2026-11-01T08:30:00Z', { service })).toEqual(open);
      expect(verdict('2026-11-01T09:15:00Z', { service })).toEqual(open);
      expect(verdict('2026-11-01T11:45:00Z', { service }).open).toBe(false);
    });
  },
);

describe('intakeVerdict hours', () => {
  it("lets a service's own hours replace the site's", () => {
    const service = { ...permits, openingHours: { sat: [{ opens: '10:00', closes: '14:00' }] } };
    expect(verdict('2026-03-07T19:00:00Z', { service })).toEqual(open);
    expect(verdict('2026-03-10T17:00:00Z', { service })).toEqual(opensAt('2026-03-14T17:00:00.000Z'));
  });

  it('reopens after a lunch break the same day', () => {
    const service = {
      ...permits,
      openingHours: {
        tue: [
          { opens: '08:00', closes: '12:00' },
          { opens: '13:00', closes: '17:00' },
        ],
      },
    };
    expect(verdict('2026-03-10T18:50:00Z', { service })).toEqual(opensAt('2026-03-10T20:00:00.000Z'));
  });

  it('skips a period shorter than the last-ticket margin', () => {
    const service = {
      ...permits,
      openingHours: {
        tue: [{ opens: '08:00', closes: '08:10' }],
        wed: [{ opens: '09:00', closes: '10:00' }],
      },
    };
    expect(verdict('2026-03-10T12:00:00Z', { service })).toEqual(opensAt('2026-03-11T16:00:00.000Z'));
  });

  it('gives no opening time when nothing opens within 7 days', () => {
    expect(verdict('2026-03-10T17:00:00Z', { service: { ...permits, openingHours: {} } })).toEqual({
      open: false,
      closedReason: 'outside-hours',
      opensAt: null,
    });
  });

  it('finds an opening exactly one week ahead', () => {
    const service = { ...permits, openingHours: { tue: [{ opens: '08:00', closes: '09:00' }] } };
    expect(verdict('2026-03-10T17:00:00Z', { service })).toEqual(opensAt('2026-03-17T15:00:00.000Z'));
  });
});
