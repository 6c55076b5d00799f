// How the adapter classifies a case store's failure answers: every status and description the brief names.
import { describe, expect, it } from 'vitest';
import {
  errorForStatus,
  retryAfterMs,
  storeDescriptions,
} from '../../../../../main/hub/cases/open311/open311Errors.js';

const NOW = Date.parse('2025-03-04T10:00:00Z');
const body = (description: string) => JSON.stringify([{ code: 400, description }]);

describe('errorForStatus', () => {
  it.each([
    [401, '', 'auth', false],
    [403, '[{"code":403,"description":"Invalid api_key"}]', 'auth', false],
    [404, '[{"code":404,"description":"service_code not found"}]', 'unknown-service', false],
    [400, body('attribute[size] is required'), 'validation', false],
    [400, body('CRM is down, try again later'), 'transient', false],
    [400, body('Service unavailable'), 'transient', false],
    [400, body('Upstream timeout'), 'transient', false],
    [400, body('The request timed out'), 'transient', false],
    [400, body('Temporarily unable to save'), 'transient', false],
    [400, body('Scheduled maintenance until 6 am'), 'transient', false],
    [400, body('Server busy'), 'transient', false],
    [400, body('attribute[time_down] is required'), 'validation', false],
    [400, 'not json', 'validation', false],
    [408, '', 'transient', false],
    [425, '', 'transient', false],
    [429, '', 'transient', false],
    [500, '', 'transient', true],
    [502, '<html>Bad gateway</html>', 'transient', true],
    [503, '', 'transient', true],
    [422, '', 'validation', false],
    [302, '', 'transient', false],
  ] as const)('HTTP %i %s → %s (mayHaveArrived %s)', (status, text, kind, mayHaveArrived) => {
    const error = errorForStatus(status, text, null, NOW);
    expect(error.kind).toBe(kind);
    expect(error.details).toEqual({ status, retryAfterMs: null, mayHaveArrived });
    expect(error.message.length).toBeGreaterThan(0);
  });

  it("uses the store's own description as the message, cut to 300 characters", () => {
    expect(errorForStatus(400, body('attribute[size] is required'), null, NOW).message).toBe(
      'attribute[size] is required',
    );
    const long = errorForStatus(400, body('x'.repeat(1000)), null, NOW).message;
    expect(long.length).toBe(300);
  });

  it('says in a plain sentence what happened when the store gave no description', () => {
    expect(errorForStatus(503, '', null, NOW).message).toBe('The case store failed (HTTP 503).');
  });

  it('honours Retry-After in seconds and as an HTTP date', () => {
    expect(errorForStatus(503, '', '120', NOW).details.retryAfterMs).toBe(120_000);
    const date = new Date(NOW + 90_000).toUTCString();
    expect(errorForStatus(429, '', date, NOW).details.retryAfterMs).toBe(90_000);
  });
});

describe('retryAfterMs', () => {
  it('is null when absent or unreadable, and never negative', () => {
    expect(retryAfterMs(null, NOW)).toBeNull();
    expect(retryAfterMs('soon', NOW)).toBeNull();
    expect(retryAfterMs(new Date(NOW - 60_000).toUTCString(), NOW)).toBe(0);
  });
});

describe('storeDescriptions', () => {
  it('reads a list, a single object, and nothing from text that is not JSON', () => {
    expect(storeDescriptions('[{"code":400,"description":"a"},{"code":400,"description":"b"}]')).toEqual([
      'a',
      'b',
    ]);
    expect(storeDescriptions('{"code":400,"description":"one"}')).toEqual(['one']);
    expect(storeDescriptions('<html/>')).toEqual([]);
  });
});
