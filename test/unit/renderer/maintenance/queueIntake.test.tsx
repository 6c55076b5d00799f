// Queue intake in maintenance: one row per configured queue with its waiting count and switch state, and a
// "Close for today" switch named after its queue.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { QueueSnapshot } from '../../../../machines/contracts/hubApi.js';
import type { Ticket } from '../../../../machines/contracts/ticket.js';
import type { HubBridge } from '../../../../renderer/bridge/hubBridge.js';
import {
  QueueIntakePanel,
  queueIntakeRows,
} from '../../../../renderer/screens/maintenance/QueueIntakePanel.js';
import { testSiteConfig } from '../../../support/siteConfig.js';
import { ticketResultFor } from '../../machines/kioskFlow/fixtures.js';

const site = testSiteConfig();

function ticket(n: number, queueId: string, status: Ticket['status']): Ticket {
  const base = ticketResultFor({
    requestId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    serviceId: 'permits',
    language: 'en',
    needs: { interpreter: null, accessibility: [] },
  }).ticket;
  return { ...base, queueId, status };
}

describe('queue intake rows', () => {
  it('counts only waiting tickets per queue and reads each queue switch, defaulting to open', () => {
    const [first, second] = site.queues;
    if (!first || !second) throw new Error('the shipped site needs two queues');
    const snapshot: QueueSnapshot = {
      seq: 9,
      serviceDay: '2026-03-09',
      tickets: [
        ticket(1, first.id, 'waiting'),
        ticket(2, first.id, 'waiting'),
        ticket(3, first.id, 'called'),
        ticket(4, second.id, 'serving'),
      ],
      recentCalls: [],
      counters: [],
      queues: [{ queueId: second.id, closedByStaff: true }],
    };
    const rows = queueIntakeRows(site, snapshot);
    expect(rows.map((r) => r.queue.id)).toEqual(site.queues.map((q) => q.id));
    expect(rows[0]).toMatchObject({ waiting: 2, closedByStaff: false });
    expect(rows[1]).toMatchObject({ waiting: 0, closedByStaff: true });
  });
});

describe('queue intake panel', () => {
  it('has its heading and says it is loading before the hub answers', () => {
    const bridge: HubBridge = {
      call: () => new Promise(() => {}),
      subscribe: () => ({ resync: () => {}, close: () => {} }),
      onAuthProblem: () => () => {},
    };
    const html = renderToStaticMarkup(<QueueIntakePanel bridge={bridge} site={site} seq={null} />);
    expect(html).toContain('<h2 id="queue-intake-heading">Open and close queues</h2>');
    expect(html).toContain('Loading the queues…');
    expect(html).toContain('Refresh<span class="visually-hidden"> Open and close queues</span>');
  });
});
