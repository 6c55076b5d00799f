// The walk-in requests panel: the outbox in plain words (case store, oldest pending age, breaker, catalog), the
// API key alert with Resume for those who may act, duplicates, and the review list with masked contact and
// Edit, Retry, Withdraw named per request; the panel is shown to supervisors, administrators and facilities.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { StaffRole } from '../../../../../machines/contracts/auth.js';
import type { CaseOutboxStatus, CaseRequestView } from '../../../../../machines/contracts/caseRequests.js';
import type { HubBridge } from '../../../../../renderer/bridge/hubBridge.js';
import { MaintenanceScreen } from '../../../../../renderer/screens/maintenance/MaintenanceApp.js';
import { OutboxSummary } from '../../../../../renderer/screens/maintenance/requests/OutboxSummary.js';
import {
  breakerText,
  catalogText,
  endpointText,
  oldestPendingText,
} from '../../../../../renderer/screens/maintenance/requests/outboxText.js';
import { ReviewList } from '../../../../../renderer/screens/maintenance/requests/ReviewList.js';
import { WithdrawForm } from '../../../../../renderer/screens/maintenance/requests/WithdrawForm.js';

const now = Date.parse('2026-11-26T21:17:00.000Z'); // 1:17 PM in Portland
const timeZone = 'America/Los_Angeles';
const noop = () => {};
const unusedBridge: HubBridge = {
  call: () => new Promise(() => {}),
  subscribe: () => ({ resync: noop, close: noop }),
  onAuthProblem: () => noop,
};

const request = (extra: Partial<CaseRequestView> = {}): CaseRequestView => ({
  id: '00000000-0000-4000-8000-00000000000a',
  localReference: 'R-0000-0000',
  serviceCode: 'mystery-service',
  serviceName: 'mystery-service',
  channel: 'kiosk',
  deviceId: 'kiosk-1',
  ticketId: null,
  language: 'es',
  capturedAt: '2026-11-26T18:05:00.000Z',
  receivedAt: '2026-11-26T18:05:01.000Z',
  state: 'review',
  caseId: null,
  serviceNotice: null,
  attempts: 0,
  nextAttemptAt: null,
  lastError: null,
  reviewReason: 'unknown-service',
  duplicateCaseIds: [],
  deliveredAt: null,
  details: {
    answers: {},
    location: { kind: 'here' },
    description: 'Loud',
    maskedContact: 'a***@example.org',
  },
  ...extra,
});

const status = (extra: Partial<CaseOutboxStatus> = {}): CaseOutboxStatus => ({
  endpoint: 'https://311.example.org/open311/v2',
  receiverDeduplicates: false,
  pending: 4,
  oldestPendingAt: '2026-11-26T18:05:00.000Z',
  lastSuccessAt: '2026-11-26T21:00:00.000Z',
  lastError: null,
  breaker: { state: 'closed', openUntil: null },
  stoppedForAuth: false,
  catalog: { source: 'cache', fetchedAt: '2026-11-26T19:12:00.000Z', services: 13 },
  duplicates: [],
  review: [],
  ...extra,
});

describe('outbox words', () => {
  it('says when no case store is configured, or which one and how it avoids doubles', () => {
    expect(endpointText({ endpoint: null, receiverDeduplicates: false })).toBe(
      'No case store is configured: requests are kept until one is',
    );
    expect(endpointText(status())).toBe(
      'https://311.example.org/open311/v2 (the hub looks a request up before sending it again)',
    );
  });

  it('gives the oldest pending age in hours and minutes', () => {
    expect(oldestPendingText('2026-11-26T18:05:00.000Z', now)).toBe('3 h 12 min');
    expect(oldestPendingText(null, now)).toBe('Nothing waiting');
  });

  it('puts the breaker in plain words', () => {
    expect(breakerText({ state: 'closed', openUntil: null })).toBe('Sending normally');
    expect(breakerText({ state: 'open', openUntil: '2026-11-26T22:05:00.000Z' }, timeZone)).toBe(
      'Paused after repeated failures until 2:05 PM',
    );
    expect(breakerText({ state: 'half-open', openUntil: null })).toBe('Trying again');
  });

  it('says where the list of services comes from and how old it is', () => {
    expect(catalogText(status().catalog, now, timeZone)).toBe(
      "13 services, the hub's stored copy, fetched Nov 26, 2026, 11:12 AM (2 h 5 min ago)",
    );
    expect(catalogText({ source: 'seed', fetchedAt: null, services: 1 }, now)).toBe(
      '1 service, the starter list shipped with Lobby 311',
    );
  });
});

describe('outbox summary', () => {
  it('alerts when the case store refused the API key, with Resume for those who may act', () => {
    const html = renderToStaticMarkup(
      <OutboxSummary
        status={status({ stoppedForAuth: true })}
        nowMs={now}
        timeZone={timeZone}
        onResume={noop}
        busy={false}
      />,
    );
    expect(html).toMatch(
      /role="alert"[^>]*>.*The case store refused the API key\. Fix the key, then Resume sending\./,
    );
    expect(html).toContain('>Resume sending</button>');
    const viewOnly = renderToStaticMarkup(
      <OutboxSummary status={status({ stoppedForAuth: true })} nowMs={now} onResume={null} busy={false} />,
    );
    expect(viewOnly).not.toContain('</button>');
    expect(viewOnly).toContain('Ask a supervisor or administrator');
  });

  it('shows the figures and the requests created twice', () => {
    const html = renderToStaticMarkup(
      <OutboxSummary
        status={status({
          duplicates: [
            request({ serviceName: 'Pothole', duplicateCaseIds: ['311-1', '311-2'], state: 'delivered' }),
          ],
        })}
        nowMs={now}
        timeZone={timeZone}
        onResume={noop}
        busy={false}
      />,
    );
    expect(html).not.toContain('role="alert"');
    expect(html).toContain('<dd data-testid="outbox-pending">4</dd>');
    expect(html).toContain('<dd>3 h 12 min</dd>');
    expect(html).toContain('Sending normally');
    expect(html).toContain('R-0000-0000 (Pothole): cases 311-1, 311-2');
  });
});

describe('review list', () => {
  it('lists each request with why, its last error, masked contact and named actions', () => {
    const html = renderToStaticMarkup(
      <ReviewList
        requests={[
          request({
            lastError: {
              kind: 'unknown-service',
              message: 'Unknown service',
              at: '2026-11-26T18:06:00.000Z',
            },
          }),
        ]}
        timeZone={timeZone}
        busyId={null}
        actions={{ edit: noop, retry: noop, withdraw: noop }}
      />,
    );
    expect(html).toContain('<th scope="row">R-0000-0000</th>');
    expect(html).toContain('The case store does not know its service');
    expect(html).toContain('Unknown service (Nov 26, 2026, 10:06 AM)');
    expect(html).toContain('a***@example.org');
    expect(html).not.toContain('Loud');
    for (const action of ['Edit', 'Retry', 'Withdraw']) {
      expect(html).toContain(`${action}<span class="visually-hidden"> R-0000-0000</span>`);
    }
  });

  it('shows no actions to facilities, says when personal data is deleted, and when nothing waits', () => {
    const html = renderToStaticMarkup(
      <ReviewList requests={[request({ details: null })]} busyId={null} actions={null} />,
    );
    expect(html).not.toContain('<button');
    expect(html).toContain('<td>Deleted</td>');
    expect(renderToStaticMarkup(<ReviewList requests={[]} busyId={null} actions={null} />)).toContain(
      'No request needs review.',
    );
  });

  it('asks for a reason before withdrawing', () => {
    const html = renderToStaticMarkup(
      <WithdrawForm bridge={unusedBridge} request={request()} onDone={noop} onCancel={noop} />,
    );
    expect(html).toContain('Withdraw R-0000-0000');
    expect(html).toMatch(/<label for="withdraw-reason"[^>]*>Reason for withdrawing<\/label>/);
    expect(html).toMatch(/id="withdraw-reason"[^>]*aria-required="true"/);
    expect(html).toContain('never sent to the case store');
  });
});

describe('who sees the panel', () => {
  const principal = (role: StaffRole) => ({
    kind: 'staff' as const,
    userId: '00000000-0000-4000-8000-000000000001',
    username: 'sam.staff',
    displayName: 'Sam Staff',
    role,
    sessionExpiresAt: '2026-11-26T20:00:00.000Z',
  });
  it.each([
    ['desk', false],
    ['supervisor', true],
    ['facilities', true],
    ['administrator', true],
  ] as const)('%s: %s', (role, shown) => {
    const html = renderToStaticMarkup(
      <MaintenanceScreen bridge={unusedBridge} principal={principal(role)} account={<p>account</p>} />,
    );
    expect(html.includes('<h2 id="requests-heading">Walk-in requests</h2>')).toBe(shown);
  });
});
