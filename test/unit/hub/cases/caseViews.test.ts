// How a stored request is shown: contact details masked for staff, the public status chosen from the state (a
// withdrawn request shows no case number), and the status link built from the public base URL.
import { describe, expect, it } from 'vitest';
import type { StoredCaseRequest } from '../../../../main/hub/cases/caseRequestStore.js';
import { caseStatusView, maskContact, statusUrlOf } from '../../../../main/hub/cases/caseViews.js';

const catalog = { services: [], definitions: {}, source: 'seed' as const, fetchedAt: null };

const stored = (overrides: Partial<StoredCaseRequest>): StoredCaseRequest =>
  ({
    localReference: 'R-0000-0000',
    serviceCode: 'pothole',
    capturedAt: '2026-11-26T18:00:00.000Z',
    caseId: null,
    serviceNotice: null,
    ...overrides,
  }) as StoredCaseRequest;

describe('maskContact', () => {
  it('keeps initials, the first letter and domain of an email, and the last two digits of a phone', () => {
    expect(
      maskContact({
        firstName: 'Ángela',
        lastName: 'Núñez',
        email: 'angela@example.org',
        phone: '+1 503 555 0199',
      }),
    ).toBe('Á. N., a***@example.org, ***99');
    expect(maskContact({ phone: '503-555-0142' })).toBe('***42');
    expect(maskContact(null)).toBeNull();
  });
});

describe('caseStatusView', () => {
  it.each([
    ['queued', null, 'received'],
    ['awaiting-case-number', null, 'sent'],
    ['delivered', null, 'sent'],
    ['delivered', '2026-77', 'case-created'],
    ['review', null, 'needs-attention'],
    ['withdrawn', '2026-78', 'withdrawn'],
  ] as const)('shows a %s request with case %s as %s', (state, caseId, status) => {
    const view = caseStatusView(stored({ state, caseId }), catalog);
    expect(view.status).toBe(status);
    expect(view.caseId).toBe(state === 'withdrawn' ? null : caseId);
    expect(view.serviceName).toBe('pothole');
  });
});

describe('statusUrlOf', () => {
  it('joins the public base URL and the token with one slash', () => {
    expect(statusUrlOf('https://lobby.example.org/', 'abc')).toBe('https://lobby.example.org/request/abc');
  });
});
