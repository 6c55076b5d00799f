// The desk's "Find a ticket" (a typed number or a scanned status URL sent to findVisit, with "Call this ticket"
// for a waiting visitor) and "Reprint ticket" (where it was sent, or the hub's reason it cannot).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DeviceCommand } from '../../../../machines/contracts/deviceCare.js';
import type { HubRoute } from '../../../../machines/contracts/hubApi.js';
import { HubError } from '../../../../machines/contracts/hubClient.js';
import type { HubBridge } from '../../../../renderer/bridge/hubBridge.js';
import { FindTicketView } from '../../../../renderer/screens/desk/FindTicket.js';
import { findTicket } from '../../../../renderer/screens/desk/findTicket.js';
import { ReprintView } from '../../../../renderer/screens/desk/ReprintButton.js';
import { requestReprint } from '../../../../renderer/screens/desk/reprintTicket.js';
import { site, ticket } from './deskFixtures.js';

interface Call {
  route: HubRoute;
  args: unknown;
}

/** A bridge that records each call and answers with `answer` (the hub's routes are another engineer's). */
function recordingBridge(answer: (route: HubRoute) => Promise<unknown>) {
  const calls: Call[] = [];
  const call = (route: HubRoute, args: unknown) => {
    calls.push({ route, args });
    return answer(route);
  };
  const bridge: HubBridge = {
    // The generic typed `call` cannot be written for a recorder without a cast; answers are typed per test.
    call: call as HubBridge['call'],
    subscribe: () => ({ resync: () => {}, close: () => {} }),
    onAuthProblem: () => () => {},
  };
  return { bridge, calls };
}

const noop = () => {};
const scanned = 'https://lobby311.example/status/Zq3xV8sT1mKp0aBcD4eFgH';
const waiting = ticket({
  status: 'waiting',
  counterId: null,
  calledAt: null,
  lastCalledAt: null,
  callCount: 0,
});

const findView = (
  result: Parameters<typeof FindTicketView>[0]['result'],
  onCall: ((id: string) => void) | null,
) =>
  renderToStaticMarkup(
    <FindTicketView
      site={site}
      entry=""
      busy={false}
      result={result}
      onEntry={noop}
      onSubmit={noop}
      onCall={onCall}
    />,
  );

describe('find a ticket', () => {
  it('labels the field for scanning or typing, with the stable test id', () => {
    const html = findView(null, noop);
    expect(html).toMatch(/<label for="find-ticket"[^>]*>Scan or type a ticket number<\/label>/);
    expect(html).toMatch(/<input id="find-ticket"[^>]*data-testid="desk-find"/);
    expect(html).toContain('>Find ticket</button>');
  });

  it('sends a scanned status URL to findVisit as typed (the Enter the scanner sends is the submit)', async () => {
    const { bridge, calls } = recordingBridge(async () => ({ ticket: waiting }));
    const result = await findTicket(bridge, `${scanned}\n`);
    expect(calls).toEqual([{ route: 'findVisit', args: { query: { q: scanned } } }]);
    expect(result).toEqual({ kind: 'found', ticket: waiting });
  });

  it('shows a found waiting visitor with its status and offers Call this ticket', () => {
    const html = findView({ kind: 'found', ticket: waiting }, noop);
    expect(html).toContain('<h3>Ticket H007</h3>');
    expect(html).toContain('<dd data-testid="desk-find-status">Waiting</dd>');
    expect(html).toContain('>Call this ticket<span class="visually-hidden"> H007</span></button>');
  });

  it('explains why it cannot call when the desk cannot, and offers no call for a ticket already called', () => {
    const closed = findView({ kind: 'found', ticket: waiting }, null);
    expect(closed).not.toContain('Call this ticket');
    expect(closed).toContain('To call it, sign in to your counter and finish with the visitor you have.');
    const elsewhere = findView(
      { kind: 'found', ticket: ticket({ status: 'called', counterId: 'counter-2' }) },
      noop,
    );
    expect(elsewhere).not.toContain('Call this ticket');
    expect(elsewhere).toContain('Called · At Counter 2');
  });

  it('refuses an empty entry without asking the hub, and shows the hub’s sentence when it finds nothing', async () => {
    const { bridge, calls } = recordingBridge(() =>
      Promise.reject(new HubError(404, 'not-found', 'No ticket H999 was issued today.')),
    );
    expect(await findTicket(bridge, '   ')).toEqual({ kind: 'empty' });
    expect(calls).toEqual([]);
    expect(findView({ kind: 'empty' }, noop)).toContain(
      '<p id="find-ticket-error" class="field__error">Enter a ticket number, or scan the code on the ticket</p>',
    );
    const refused = await findTicket(bridge, 'H999');
    expect(refused).toEqual({ kind: 'refused', text: 'No ticket H999 was issued today.' });
    expect(findView(refused, noop)).toMatch(/role="alert"[^>]*>No ticket H999 was issued today.<\/p>/);
  });
});

describe('reprint ticket', () => {
  const sent: DeviceCommand = {
    id: '00000000-0000-4000-8000-0000000000c2',
    deviceId: 'kiosk-3f9a2c1b',
    deviceName: 'Lobby kiosk by the door',
    request: { kind: 'reprintTicket', ticketId: waiting.id },
    status: 'pending',
    requestedAt: '2026-11-26T17:20:00.000Z',
    requestedBy: 'dee.desk',
    completedAt: null,
    detail: null,
  };

  it('asks the hub to reprint this ticket and says which kiosk will print it', async () => {
    const { bridge, calls } = recordingBridge(async () => sent);
    const result = await requestReprint(bridge, waiting.id);
    expect(calls).toEqual([{ route: 'reprintTicket', args: { params: { ticketId: waiting.id }, body: {} } }]);
    expect(result).toEqual({ ok: true, text: 'Sent to Lobby kiosk by the door: it will print shortly' });
    const html = renderToStaticMarkup(
      <ReprintView busy={false} result={result} ticketNumber="H007" onReprint={noop} />,
    );
    expect(html).toContain('data-testid="desk-reprint"');
    expect(html).toMatch(/role="status"[^>]*>Sent to Lobby kiosk by the door: it will print shortly<\/p>/);
  });

  it('shows the hub’s error sentence when it refuses', async () => {
    const reason = 'This ticket was started at the desk, so no kiosk can print it.';
    const { bridge } = recordingBridge(() => Promise.reject(new HubError(409, 'wrong-state', reason)));
    const result = await requestReprint(bridge, waiting.id);
    expect(result).toEqual({ ok: false, text: reason });
    const html = renderToStaticMarkup(
      <ReprintView busy={false} result={result} ticketNumber="H007" onReprint={noop} />,
    );
    expect(html).toContain(
      `<p role="alert" class="error-summary" data-testid="desk-reprint-error">${reason}</p>`,
    );
  });
});
