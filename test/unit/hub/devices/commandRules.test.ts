// The timing rules of kiosk commands: expiry at 10 minutes, hand-out again 60 s after a fetch, staff status.
import { describe, expect, it } from 'vitest';
import {
  type CommandTimes,
  commandLifetimeMs,
  hasExpired,
  isDue,
  refetchAfterMs,
  visibleStatus,
} from '../../../../main/hub/devices/commandRules.js';

const requestedAt = '2026-11-26T18:00:00.000Z';
const at = (ms: number) => new Date(Date.parse(requestedAt) + ms);
const pending: CommandTimes = { status: 'pending', requestedAt, fetchedAt: null };
const fetchedAfter = (ms: number): CommandTimes => ({
  status: 'fetched',
  requestedAt,
  fetchedAt: at(ms).toISOString(),
});

describe('command timing', () => {
  it('is due at once while pending, and not after its lifetime', () => {
    expect(isDue(pending, at(0))).toBe(true);
    expect(isDue(pending, at(commandLifetimeMs - 1))).toBe(true);
    expect(isDue(pending, at(commandLifetimeMs))).toBe(false);
  });

  it('hands a fetched command out again only once it has been out for 60 s', () => {
    const fetched = fetchedAfter(1_000);
    expect(isDue(fetched, at(1_000 + refetchAfterMs - 1))).toBe(false);
    expect(isDue(fetched, at(1_000 + refetchAfterMs))).toBe(true);
  });

  it('shows a fetched command as pending to staff, and an outlived one as expired', () => {
    expect(visibleStatus(fetchedAfter(0), at(1_000))).toBe('pending');
    expect(visibleStatus(fetchedAfter(0), at(commandLifetimeMs))).toBe('expired');
    expect(hasExpired(pending, at(commandLifetimeMs - 1))).toBe(false);
  });

  it('never expires a finished command', () => {
    for (const status of ['done', 'failed'] as const) {
      const finished: CommandTimes = { status, requestedAt, fetchedAt: requestedAt };
      expect(hasExpired(finished, at(commandLifetimeMs * 3))).toBe(false);
      expect(visibleStatus(finished, at(commandLifetimeMs * 3))).toBe(status);
      expect(isDue(finished, at(refetchAfterMs * 2))).toBe(false);
    }
  });
});
