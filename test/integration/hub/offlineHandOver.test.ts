// Offline hand-over on an in-process hub with a fake clock: tickets a kiosk issued from its lease are placed by
// arrival, repeats are duplicates, foreign or future numbers are refused, yesterday's are closed, desks see them.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AuditList,
  CallNextResult,
  DeviceList,
  HandOverResult,
  IssueTicketResult,
  LeaseList,
  NumberLease,
  type OfflineTicket,
  QueueSnapshot,
  ServiceLevelReport,
  StaffMessage,
} from '../../../machines/contracts/index.js';
import { startTestHub, type TestHub } from './support/testHub.js';
import { enrolKiosk, type TestKiosk } from './support/testKiosk.js';
import { connectWs, type WsClient } from './support/wsClient.js';

/** Portland wall-clock time on Thursday 26 November 2026 (UTC−8). */
const at = (hhmm: string, day = '2026-11-26') => new Date(`${day}T${hhmm}:00-08:00`).toISOString();

let hub: TestHub;
let kiosk: TestKiosk;
const clients: WsClient[] = [];

beforeEach(async () => {
  hub = await startTestHub({ clockAt: at('10:00') });
  kiosk = enrolKiosk(hub, 'Lobby kiosk');
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await hub.close();
});

async function leaseFor(who: TestKiosk, queueId = 'utility'): Promise<NumberLease> {
  const res = await who.post('/api/devices/me/leases', { requestId: randomUUID(), queueId });
  expect(res.statusCode).toBe(200);
  return NumberLease.parse(res.json());
}

function offlineTicket(lease: NumberLease, number: number, issuedAt: string): OfflineTicket {
  return {
    id: randomUUID(),
    leaseId: lease.id,
    queueId: lease.queueId,
    serviceId: 'utility-bills',
    number,
    language: 'es',
    needs: { interpreter: null, accessibility: [] },
    issuedAt,
    statusToken: randomBytes(24).toString('base64url'),
  };
}

async function handOver(who: TestKiosk, tickets: OfflineTicket[]): Promise<HandOverResult['results']> {
  const res = await who.post('/api/tickets/offline', { tickets });
  expect(res.statusCode).toBe(200);
  return HandOverResult.parse(res.json()).results;
}

async function issueOnline(): Promise<string> {
  const res = await hub.issue({ serviceId: 'utility-bills' });
  expect(res.statusCode).toBe(201);
  return IssueTicketResult.parse(res.json()).ticket.id;
}

async function callAt(counterId: string): Promise<string> {
  const res = await hub.callNext(counterId);
  expect(res.statusCode).toBe(200);
  return CallNextResult.parse(res.json()).ticket.id;
}

const snapshot = async () => QueueSnapshot.parse((await hub.get('/api/queue')).json());

describe('POST /api/tickets/offline', () => {
  it('places an offline ticket by its issue time between the online ones, and desks see it', async () => {
    const base = (await hub.app.listen({ port: 0, host: '127.0.0.1' })).replace('http://', 'ws://');
    const lease = await leaseFor(kiosk);
    expect(lease).toMatchObject({ serviceDay: '2026-11-26', queueId: 'utility', first: 900, last: 909 });
    const tenOClock = await issueOnline();
    hub.clock.set(at('10:20'));
    const twentyPast = await issueOnline();
    hub.clock.set(at('10:30'));

    const staff = await connectWs(`${base}/api/events?view=staff`, {
      headers: await hub.headersFor('supervisor'),
    });
    clients.push(staff);
    expect(StaffMessage.parse(await staff.next()).kind).toBe('snapshot');

    const tenPast = offlineTicket(lease, 900, at('10:10'));
    expect(await handOver(kiosk, [tenPast])).toEqual([
      { id: tenPast.id, outcome: 'placed', number: 'A900', reason: null },
    ]);
    const seen = StaffMessage.parse(await staff.next());
    expect(seen).toMatchObject({
      kind: 'event',
      event: {
        type: 'ticket.issued',
        at: at('10:10'),
        ticket: { id: tenPast.id, number: 'A900', status: 'waiting', rankAt: at('10:10') },
      },
    });

    const status = await hub.get(`/api/status/${tenPast.statusToken}`, 'anonymous');
    expect(status.statusCode).toBe(200);
    expect(status.json()).toMatchObject({ number: 'A900', peopleAhead: 1 });

    const called = [await callAt('counter-1'), await callAt('counter-2'), await callAt('counter-4')];
    expect(called).toEqual([tenOClock, tenPast.id, twentyPast]);
  });

  it('answers a repeated hand-over, whole or in part, with duplicate and stores nothing twice', async () => {
    const lease = await leaseFor(kiosk);
    const tickets = [0, 1, 2, 3].map((i) => offlineTicket(lease, 900 + i, at(`09:5${i}`)));
    const first = await handOver(kiosk, tickets);
    expect(first.map((r) => [r.outcome, r.number])).toEqual([
      ['placed', 'A900'],
      ['placed', 'A901'],
      ['placed', 'A902'],
      ['placed', 'A903'],
    ]);
    const counts = hub.counts();

    const again = await handOver(kiosk, tickets);
    expect(again.map((r) => [r.id, r.outcome, r.number])).toEqual(
      tickets.map((t, i) => [t.id, 'duplicate', first[i]!.number]),
    );
    const half = await handOver(kiosk, tickets.slice(2));
    expect(half.map((r) => r.outcome)).toEqual(['duplicate', 'duplicate']);
    expect(hub.counts()).toEqual(counts);
    expect((await snapshot()).tickets.filter((t) => t.queueId === 'utility')).toHaveLength(4);
  });

  it('refuses numbers outside the kiosk lease, taken numbers, other kiosks leases and clocks far ahead', async () => {
    const lease = await leaseFor(kiosk);
    const other = enrolKiosk(hub, 'Second kiosk');
    const othersLease = await leaseFor(other);
    const placed = offlineTicket(lease, 900, at('09:55'));
    await handOver(kiosk, [placed]);

    const outside = offlineTicket(lease, 910, at('09:56'));
    const takenNumber = offlineTicket(lease, 900, at('09:57'));
    const foreign = offlineTicket(othersLease, othersLease.first, at('09:58'));
    const future = offlineTicket(lease, 901, at('10:06'));
    const wrongService = { ...offlineTicket(lease, 902, at('09:59')), serviceId: 'permits' };
    const results = await handOver(kiosk, [outside, takenNumber, foreign, future, wrongService]);
    expect(results.map((r) => r.outcome)).toEqual([
      'rejected',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
    ]);
    for (const r of results) expect(r.reason).toMatch(/\w+ .*\./);
    expect(results[0]!.reason).toContain('910');
    expect(results[3]!.reason).toContain('clock');

    const utility = (await snapshot()).tickets.filter((t) => t.queueId === 'utility');
    expect(utility.map((t) => t.id)).toEqual([placed.id]);
  });

  it("closes yesterday's tickets as left before service: never in today's queue", async () => {
    hub.clock.set(at('16:00', '2026-11-25'));
    const yesterdays = await leaseFor(kiosk);
    expect(yesterdays.serviceDay).toBe('2026-11-25');
    hub.clock.set(at('08:30'));
    const late = offlineTicket(yesterdays, yesterdays.first, at('16:30', '2026-11-25'));
    expect(await handOver(kiosk, [late])).toEqual([
      { id: late.id, outcome: 'closed', number: 'A900', reason: null },
    ]);
    expect((await snapshot()).tickets).toEqual([]);
    const report = ServiceLevelReport.parse(
      (await hub.get('/api/reports/service-levels?from=2026-11-25&to=2026-11-25')).json(),
    );
    expect(report.total.visitors).toBe(1);
    expect(report.total.leftBeforeService.waiting).toBe(1);

    const todays = await leaseFor(kiosk);
    const wrongDay = offlineTicket(todays, todays.first, at('16:40', '2026-11-25'));
    expect((await handOver(kiosk, [wrongDay]))[0]!.outcome).toBe('rejected');
  });

  it('audits one row per batch with the counts, never ticket content', async () => {
    const lease = await leaseFor(kiosk);
    const tickets = [offlineTicket(lease, 900, at('09:50')), offlineTicket(lease, 950, at('09:51'))];
    await handOver(kiosk, tickets);
    const entries = AuditList.parse((await hub.get('/api/audit', 'administrator')).json()).entries;
    const rows = entries.filter((e) => e.action === 'handOverOfflineTickets');
    expect(rows).toEqual([
      expect.objectContaining({
        actor: `device:${kiosk.id}`,
        target: 'placed 1, duplicate 0, closed 0, rejected 1',
        outcome: 'ok',
      }),
    ]);
    const logged = JSON.stringify(entries);
    for (const t of tickets) {
      expect(logged).not.toContain(t.id);
      expect(logged).not.toContain(t.statusToken);
    }
  });
});

describe('GET /api/devices/me/leases and kiosk connectivity', () => {
  it("lists the kiosk's leases for today only", async () => {
    hub.clock.set(at('17:00', '2026-11-25'));
    await leaseFor(kiosk);
    hub.clock.set(at('09:00'));
    const today = [await leaseFor(kiosk), await leaseFor(kiosk, 'permits')];
    await leaseFor(enrolKiosk(hub, 'Other kiosk'));
    const listed = LeaseList.parse((await kiosk.get('/api/devices/me/leases')).json());
    expect(listed).toEqual({ serviceDay: '2026-11-26', leases: today });
  });

  it('keeps the reported connectivity and audits only going offline and coming back', async () => {
    const printer = {
      state: 'ready',
      canPrint: true,
      fault: null,
      since: at('08:00'),
      lastGoodAt: at('09:59'),
    };
    const online = {
      offlineSince: null,
      lastOutageSeconds: null,
      offlineIssuedToday: 0,
      pendingHandOver: 0,
      rejectedHandOver: 0,
      pendingCaseRequests: 0,
      leases: [{ queueId: 'utility', remaining: 10 }],
    };
    const offline = {
      ...online,
      offlineSince: at('10:01'),
      offlineIssuedToday: 2,
      pendingHandOver: 2,
      pendingCaseRequests: 1,
    };
    const back = { ...online, lastOutageSeconds: 240, offlineIssuedToday: 2 };
    for (const connectivity of [online, online, offline, offline, back, back]) {
      const res = await kiosk.post('/api/devices/me/health', { printer, connectivity });
      expect(res.statusCode).toBe(200);
    }
    const devices = DeviceList.parse((await hub.get('/api/devices', 'facilities')).json()).devices;
    expect(devices.find((d) => d.id === kiosk.id)?.health?.connectivity).toEqual(back);
    const entries = AuditList.parse((await hub.get('/api/audit', 'administrator')).json()).entries;
    expect(entries.filter((e) => e.action === 'reportHealth')).toHaveLength(3);
  });
});
