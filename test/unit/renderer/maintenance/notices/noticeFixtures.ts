// A published notice as the hub lists it, for the notices panel tests; each test overrides what it is about.
import type { Notice } from '../../../../../machines/contracts/notices.js';

let next = 0;

export function notice(extra: Partial<Notice> = {}): Notice {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    version: 1,
    severity: 'information',
    messages: { en: { headline: 'Elevator B is out of service', body: 'Use elevator A.' } },
    startsAt: '2026-11-26T17:00:00.000Z',
    endsAt: null,
    closing: null,
    targets: { kiosks: true, displays: true, desks: true, deviceIds: null },
    publishedAt: '2026-11-26T16:55:00.000Z',
    publishedBy: 'supervisor1',
    updatedAt: '2026-11-26T16:55:00.000Z',
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawnReason: null,
    ...extra,
  };
}
