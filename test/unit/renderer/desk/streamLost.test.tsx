// The desk while its staff stream is lost: the banner (an alert) says so, the last list stays on screen, and
// every action button is disabled; when the fresh snapshot arrives the banner goes and the buttons work again.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { StaffMessage } from '../../../../machines/contracts/hubEvents.js';
import type { StaffView } from '../../../../machines/queueView.js';
import type { HubBridge } from '../../../../renderer/bridge/hubBridge.js';
import { DeskWorkspace, type DeskWorkspaceProps } from '../../../../renderer/screens/desk/DeskWorkspace.js';
import { StreamLostBanner } from '../../../../renderer/screens/desk/StreamLostBanner.js';
import { lostAfter } from '../../../../renderer/shared/useStaffStream.js';
import { site, ticket } from './deskFixtures.js';

const noop = () => {};
/** Rendering never calls the bridge (it is used by button handlers and effects only). */
const bridge = {} as HubBridge;
const called = ticket({ counterId: 'counter-2' });
const waiting = ticket({
  id: '00000000-0000-4000-8000-000000000002',
  number: 'H008',
  status: 'waiting',
  calledAt: null,
  lastCalledAt: null,
  counterId: null,
  callCount: 0,
});
const view: StaffView = {
  seq: 41,
  serviceDay: '2026-11-26',
  tickets: [called, waiting],
  counters: [],
  queues: [],
  needsResync: false,
};

function workspace(paused: boolean): string {
  const props: DeskWorkspaceProps = {
    site,
    bridge,
    counterId: 'counter-2',
    counterName: 'Counter 2',
    session: { ticket: called, error: null, explanation: null, counter: null, parkedAtSignOut: 0 },
    mode: 'open',
    busy: false,
    paused,
    open: true,
    canCall: true,
    view,
    parked: [],
    nowMs: Date.parse('2026-11-26T17:10:00.000Z'),
    preview: { status: 'loading' } as DeskWorkspaceProps['preview'],
    send: noop,
  };
  return renderToStaticMarkup(<DeskWorkspace {...props} />);
}

/** The `aria-disabled` value of the button whose text starts with `label`. */
function disabledOf(html: string, label: string): string | undefined {
  const button = [...html.matchAll(/<button[^>]*>([^<]*)/g)].find((m) => m[1]?.startsWith(label));
  if (!button) throw new Error(`no button "${label}"`);
  return /aria-disabled="(\w+)"/.exec(button[0])?.[1];
}

describe('desk banner', () => {
  it('alerts at once that the connection is lost, actions are paused and the list is kept', () => {
    const html = renderToStaticMarkup(<StreamLostBanner lost={true} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain(
      'Connection to the hub lost. Reconnecting… Your list is kept; actions are paused until the connection is back.',
    );
  });

  it('keeps an empty alert region while connected', () => {
    expect(renderToStaticMarkup(<StreamLostBanner lost={false} />)).toBe(
      '<div role="alert" class="" data-testid="desk-stream-lost"></div>',
    );
  });
});

describe('desk actions while the stream is lost', () => {
  const labels = [
    'Call next',
    'Visitor arrived',
    'Recall',
    'No-show',
    'Visitor left',
    'Reprint ticket',
    'Complete',
    'Transfer',
    'Back to queue',
    'Add note',
    'Call H008',
    'Start break',
    'Sign out of counter',
    'Start serving walk-in',
  ];

  it('keeps the visitor and the waiting list on screen and disables every action', () => {
    const html = workspace(true);
    expect(html).toContain('H007');
    expect(html).toContain('data-testid="waiting-list"');
    expect(html).toContain('H008');
    for (const label of labels) expect(disabledOf(html, label), label).toBe('true');
  });

  it('enables them again once the stream is back', () => {
    const html = workspace(false);
    for (const label of labels) expect(disabledOf(html, label), label).toBe('false');
  });
});

describe('lostAfter', () => {
  const snapshot: Pick<StaffMessage, 'kind'> = { kind: 'snapshot' };
  const ticketEvent: Pick<StaffMessage, 'kind'> = { kind: 'event' };

  it('is lost from a drop until the fresh snapshot, not when the socket merely reopens', () => {
    let lost = lostAfter(false, { connection: 'connecting' });
    expect(lost).toBe(false);
    lost = lostAfter(lost, { connection: 'open' });
    lost = lostAfter(lost, { message: snapshot });
    expect(lost).toBe(false);
    lost = lostAfter(lost, { connection: 'reconnecting' });
    expect(lost).toBe(true);
    lost = lostAfter(lost, { connection: 'open' });
    expect(lost).toBe(true);
    lost = lostAfter(lost, { message: ticketEvent });
    expect(lost).toBe(true);
    lost = lostAfter(lost, { message: snapshot });
    expect(lost).toBe(false);
  });
});
