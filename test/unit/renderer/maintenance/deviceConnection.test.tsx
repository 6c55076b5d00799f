// Each kiosk's connection to the hub in the devices table: online, offline since when and for how long, the last
// outage, offline tickets waiting to be handed over, walk-in requests waiting, numbers left by queue prefix, and a
// stale report.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Device } from '../../../../machines/contracts/auth.js';
import type { Connectivity } from '../../../../machines/contracts/offline.js';
import { DeviceTable } from '../../../../renderer/screens/maintenance/DeviceTable.js';

const now = Date.parse('2026-11-26T18:54:00.000Z'); // 10:54 AM in Portland
const queues = [
  { id: 'utility', prefix: 'A' },
  { id: 'permits', prefix: 'B' },
];
const online: Connectivity = {
  offlineSince: null,
  lastOutageSeconds: null,
  offlineIssuedToday: 0,
  pendingHandOver: 0,
  rejectedHandOver: 0,
  pendingCaseRequests: 0,
  leases: [],
};

const kiosk = (name: string, connectivity: Connectivity | null, reportedAt = '2026-11-26T18:53:30.000Z') =>
  ({
    id: `kiosk-${name}`,
    name,
    role: 'kiosk',
    disabled: false,
    enrolledAt: '2026-11-26T16:00:00.000Z',
    lastSeenAt: reportedAt,
    health: {
      printer: {
        state: 'ready',
        canPrint: true,
        fault: null,
        since: '2026-11-26T17:10:00.000Z',
        lastGoodAt: '2026-11-26T17:10:00.000Z',
      },
      printerModel: null,
      connectivity,
      reportedAt,
    },
    outOfService: null,
  }) satisfies Device;

const devices: Device[] = [
  kiosk('Door', online),
  kiosk('Elevators', {
    offlineSince: '2026-11-26T18:42:00.000Z',
    lastOutageSeconds: null,
    offlineIssuedToday: 7,
    pendingHandOver: 2,
    rejectedHandOver: 0,
    pendingCaseRequests: 3,
    leases: [
      { queueId: 'utility', remaining: 6 },
      { queueId: 'permits', remaining: 10 },
    ],
  }),
  kiosk('Stairs', { ...online, lastOutageSeconds: 185, offlineIssuedToday: 3, pendingHandOver: 0 }),
  kiosk('Back', online, '2026-11-26T18:30:00.000Z'),
  kiosk('Refused', { ...online, offlineIssuedToday: 4, pendingHandOver: 1, rejectedHandOver: 1 }),
  kiosk('Requests', { ...online, pendingCaseRequests: 1 }),
  kiosk('Old agent', null),
  { ...kiosk('Fresh', null), health: null },
  { ...kiosk('Board', null), role: 'display', health: null },
];

const html = renderToStaticMarkup(
  <DeviceTable
    devices={{ status: 'loaded', value: devices }}
    busyId={null}
    timeZone="America/Los_Angeles"
    queues={queues}
    nowMs={now}
    onDisable={() => {}}
  />,
);

/** The connection cell's words (tags dropped) and state, for the row headed by `name`. */
function connection(name: string): { state: string | null; words: string } {
  const row = html.split('<tr>').find((r) => r.includes(`<th scope="row">${name}</th>`));
  const cells = row?.match(/<td[^>]*>.*?<\/td>/g) ?? [];
  const cell = cells[4];
  if (!cell) throw new Error(`no connection cell for ${name}`);
  const state = /data-connection="([^"]+)"/.exec(cell)?.[1] ?? null;
  const words = cell
    .replace(/<br\/>/g, ' | ')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { state, words };
}

describe('devices table: connection', () => {
  it('has a Connection column', () => {
    expect(html).toContain('<th scope="col">Connection</th>');
  });

  it('says Online for a kiosk connected now', () => {
    expect(connection('Door')).toEqual({ state: 'online', words: '✓ Online' });
  });

  it('says since when and how long a kiosk is offline, what it issued, what waits, and numbers left', () => {
    const { state, words } = connection('Elevators');
    expect(state).toBe('offline');
    expect(words).toBe(
      '✕ Offline since 10:42 AM (12 min) | Issued offline today: 7, waiting to hand over: 2 | 3 walk-in requests waiting to hand over | Numbers left: A 6, B 10',
    );
  });

  it('says how many offline tickets the hub refused, so staff look at that kiosk', () => {
    expect(connection('Refused').words).toBe(
      '✓ Online | Issued offline today: 4, waiting to hand over: 1 | 1 ticket refused by the hub: check the log on that kiosk',
    );
  });

  it('says how many walk-in requests a kiosk saved and has not handed over yet', () => {
    expect(connection('Requests').words).toBe('✓ Online | 1 walk-in request waiting to hand over');
    expect(connection('Door').words).not.toContain('walk-in');
  });

  it('shows the last outage and the day’s offline tickets once all are handed over', () => {
    expect(connection('Stairs').words).toBe(
      '✓ Online | Last outage 3 min | Issued offline today: 3, waiting to hand over: 0',
    );
  });

  it('says a report older than 15 minutes is old instead of trusting it', () => {
    expect(connection('Back')).toEqual({ state: 'stale', words: '? No report since 10:30 AM (24 min)' });
  });

  it('says when a kiosk does not report its connection, has not reported yet, or is a display', () => {
    expect(connection('Old agent')).toEqual({ state: 'unknown', words: '? Not reported by this kiosk' });
    expect(connection('Fresh')).toEqual({ state: 'unknown', words: 'Not reported yet' });
    expect(connection('Board')).toEqual({ state: null, words: 'Not reported by displays' });
  });
});
