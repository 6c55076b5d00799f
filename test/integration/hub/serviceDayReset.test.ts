// Numbering restarts at A001 at the site's local midnight, on ordinary and daylight-saving days.
import { afterEach, describe, expect, it } from 'vitest';
import { IssueTicketResult } from '../../../machines/contracts/index.js';
import { startTestHub, type TestHub } from './support/testHub.js';

let hub: TestHub | undefined;
afterEach(() => hub?.close());

const numberAt = async (h: TestHub, iso: string) => {
  h.clock.set(iso);
  const { ticket } = IssueTicketResult.parse((await h.issue()).json());
  return [ticket.number, ticket.serviceDay];
};

describe('service-day reset', () => {
  it.each([
    ['an ordinary night', '2026-11-26T07:59:00Z', '2026-11-26T08:01:00Z', '2026-11-25', '2026-11-26'],
    ['the spring-forward night', '2026-03-08T07:59:00Z', '2026-03-08T08:01:00Z', '2026-03-07', '2026-03-08'],
    [
      'the night after spring-forward',
      '2026-03-09T06:59:00Z',
      '2026-03-09T07:01:00Z',
      '2026-03-08',
      '2026-03-09',
    ],
    ['the fall-back night', '2026-11-02T07:59:00Z', '2026-11-02T08:01:00Z', '2026-11-01', '2026-11-02'],
  ])('gives A001 again at 00:01 after A002 at 23:59 on %s', async (_, before, after, dayBefore, dayAfter) => {
    hub = await startTestHub({ clockAt: before });
    expect(await numberAt(hub, before)).toEqual(['A001', dayBefore]);
    expect(await numberAt(hub, before)).toEqual(['A002', dayBefore]);
    expect(await numberAt(hub, after)).toEqual(['A001', dayAfter]);
    expect(await numberAt(hub, after)).toEqual(['A002', dayAfter]);
  });

  it('keeps counting through the repeated hour of the fall-back night (one day, no reuse)', async () => {
    hub = await startTestHub();
    expect(await numberAt(hub, '2026-11-01T08:30:00Z')).toEqual(['A001', '2026-11-01']);
    expect(await numberAt(hub, '2026-11-01T09:30:00Z')).toEqual(['A002', '2026-11-01']);
  });
});
