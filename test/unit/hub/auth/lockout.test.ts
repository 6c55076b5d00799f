// lockedUntilAfter and the unknown-username failure memory.
import { describe, expect, it } from 'vitest';
import { createUnknownUserFailures, lockedUntilAfter } from '../../../../main/hub/auth/lockout.js';

const at = new Date('2026-11-26T18:00:00.000Z');
const lockMinutes = (failures: number) => {
  const until = lockedUntilAfter(failures, at);
  return until === null ? 0 : (new Date(until).getTime() - at.getTime()) / 60_000;
};

describe('lockedUntilAfter', () => {
  it('locks from the fifth consecutive failure: 1 minute, doubling, at most 15 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 20].map(lockMinutes)).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 15, 15]);
  });
});

describe('createUnknownUserFailures', () => {
  it('remembers failures per username and forgets the oldest beyond its limit', () => {
    const failures = createUnknownUserFailures(2);
    failures.set('a', { failedLogins: 3, lockedUntil: null });
    failures.set('b', { failedLogins: 1, lockedUntil: null });
    expect(failures.get('a').failedLogins).toBe(3);
    failures.set('c', { failedLogins: 1, lockedUntil: null });
    expect(failures.get('a')).toEqual({ failedLogins: 0, lockedUntil: null });
    expect(failures.get('b').failedLogins).toBe(1);
    expect(failures.get('c').failedLogins).toBe(1);
  });
});
