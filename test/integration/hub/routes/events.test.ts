// WebSocket /api/events: a snapshot on connect, then each committed ticket and floor event in seq order;
// displays see calls only (everything else as bare ticks).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DisplayMessage, StaffMessage, TicketResult } from '../../../../machines/contracts/index.js';
import { type CallerKind, startTestHub, type TestHub } from '../support/testHub.js';
import { connectWs, type WsClient, WsRefused } from '../support/wsClient.js';

let hub: TestHub;
let base: string;
const clients: WsClient[] = [];

beforeEach(async () => {
  hub = await startTestHub();
  const address = await hub.app.listen({ port: 0, host: '127.0.0.1' });
  base = address.replace('http://', 'ws://');
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await hub.close();
});

const viewer = (query: string): CallerKind => (query.includes('display') ? 'display' : 'supervisor');

const connect = async (query: string, who: CallerKind = viewer(query)) => {
  const client = await connectWs(`${base}/api/events${query}`, { headers: await hub.headersFor(who) });
  clients.push(client);
  return client;
};

describe('WebSocket /api/events?view=staff', () => {
  it('sends a snapshot, then every event with the ticket as it stands after it', async () => {
    await hub.deskAt('counter-2');
    await hub.issue();
    const staff = await connect('?view=staff');
    const first = StaffMessage.parse(await staff.next());
    expect(first.kind).toBe('snapshot');
    if (first.kind !== 'snapshot') return;
    expect(first.snapshot.seq).toBe(2);
    expect(first.snapshot.tickets.map((t) => t.number)).toEqual(['A001']);
    expect(first.snapshot.counters.find((c) => c.counterId === 'counter-2')).toMatchObject({
      status: 'open',
    });

    await hub.issue({ serviceId: 'permits' });
    const called = TicketResult.parse((await hub.callNext('counter-2')).json()).ticket;
    const issued = StaffMessage.parse(await staff.next());
    const call = StaffMessage.parse(await staff.next());
    expect(issued).toMatchObject({
      kind: 'event',
      event: { seq: 3, type: 'ticket.issued', ticket: { number: 'P001' } },
    });
    expect(call).toMatchObject({ kind: 'event', event: { seq: 4, type: 'ticket.called', ticket: called } });
  });

  it('sends counter sessions and queue switches as floor messages on the same seq', async () => {
    const staff = await connect('?view=staff');
    await staff.next();
    await hub.deskAt('counter-3');
    await hub.postAt('counter-3', '/api/counters/counter-3/break', { reason: 'meal' });
    await hub.post('/api/queues/permits/intake', { open: false }, 'supervisor');
    await hub.issue();
    const messages = [1, 2, 3, 4].map(() => staff.next());
    const [signedIn, onBreak, closed, issued] = (await Promise.all(messages)).map((m) =>
      StaffMessage.parse(m),
    );
    expect(signedIn).toMatchObject({
      kind: 'floor',
      event: {
        seq: 1,
        type: 'counter.signedIn',
        counter: { counterId: 'counter-3', status: 'open', staffName: 'Desk counter-3' },
      },
    });
    expect(onBreak).toMatchObject({
      kind: 'floor',
      event: { seq: 2, type: 'counter.breakStarted', counter: { status: 'break', breakReason: 'meal' } },
    });
    expect(closed).toMatchObject({
      kind: 'floor',
      event: { seq: 3, type: 'queue.closed', queue: { queueId: 'permits', closedByStaff: true } },
    });
    expect(issued).toMatchObject({ kind: 'event', event: { seq: 4, type: 'ticket.issued' } });
  });

  it('sends nothing for a refused command', async () => {
    const staff = await connect('?view=staff');
    await staff.next();
    const refused = await hub.callNext('counter-1', undefined, 'desk');
    expect(refused.statusCode).toBe(409);
    await hub.issue();
    expect(StaffMessage.parse(await staff.next())).toMatchObject({ kind: 'event', event: { seq: 1 } });
  });
});

describe('WebSocket /api/events?view=display', () => {
  it('sends recent calls, then calls with their seq and bare ticks for everything else', async () => {
    await hub.deskAt('counter-1');
    await hub.deskAt('counter-6');
    await hub.issue({ language: 'es' });
    await hub.callNext('counter-6');
    const display = await connect('?view=display');
    const snapshot = DisplayMessage.parse(await display.next());
    expect(snapshot).toMatchObject({
      kind: 'snapshot',
      seq: 4,
      calls: [{ ticketNumber: 'A001', counterName: '6' }],
    });

    const issued = TicketResult.parse((await hub.issue({ language: 'zh-Hans' })).json()).ticket;
    await hub.callNext('counter-1');
    hub.clock.advance(hub.config.policy.manualRecallCooldownSeconds * 1000);
    expect((await hub.post(`/api/tickets/${issued.id}/recall`, { counterId: 'counter-1' })).statusCode).toBe(
      200,
    );
    await hub.deskAt('counter-3');
    const messages = [1, 2, 3, 4].map(() => display.next());
    const parsed = (await Promise.all(messages)).map((m) => DisplayMessage.parse(m));
    expect(parsed[0]).toEqual({ kind: 'tick', seq: 5 });
    expect(parsed[1]).toMatchObject({
      kind: 'call',
      seq: 6,
      call: { callId: 6, ticketNumber: 'A002', counterName: '1', language: 'zh-Hans', recall: false },
    });
    expect(parsed[2]).toMatchObject({ kind: 'call', seq: 7, call: { recall: true } });
    expect(parsed[3]).toEqual({ kind: 'tick', seq: 8 });
  });

  it('never carries service, needs, outcome, staff or ticket ids', async () => {
    const display = await connect('?view=display');
    const raw: unknown[] = [await display.next()];
    const needs = {
      interpreter: { mode: 'phone' as const, language: 'vi' },
      accessibility: ['hearing' as const],
    };
    await hub.issue({ serviceId: 'housing', needs });
    const called = TicketResult.parse((await hub.callNext('counter-5')).json()).ticket;
    await hub.postAt('counter-5', `/api/tickets/${called.id}/complete`, {
      outcomeId: 'referred',
      detail: 'county',
    });
    raw.push(...(await Promise.all([1, 2, 3, 4].map(() => display.next()))));
    const text = JSON.stringify(raw);
    for (const secret of [
      'housing',
      'serviceId',
      'needs',
      'hearing',
      'interpreter',
      'referred',
      'county',
      'outcome',
      'Desk counter-5',
      called.id,
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain(called.number);
  });
});

describe('WebSocket /api/events refuses', () => {
  it.each(['', '?view=lobby'])(
    'a connection with view %j, closing it with 1008 and a reason',
    async (query) => {
      const client = await connect(query, 'desk');
      const { code, reason } = await client.closed;
      expect(code).toBe(1008);
      expect(reason).toMatch(/view=staff/);
    },
  );

  it.each(['?view=staff', '?view=display', ''])(
    'an upgrade to %j without credentials, with 401 before any message',
    async (query) => {
      const refused = await connectWs(`${base}/api/events${query}`).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(WsRefused);
      expect((refused as WsRefused).status).toBe(401);
    },
  );

  it('an upgrade with a made-up bearer token or session cookie, with 401', async () => {
    const forged: Record<string, string>[] = [
      { authorization: 'Bearer not-a-token' },
      { cookie: 'lobby311_session=forged' },
    ];
    for (const headers of forged) {
      const refused = await connectWs(`${base}/api/events?view=display`, { headers }).catch(
        (e: unknown) => e,
      );
      expect((refused as WsRefused).status).toBe(401);
    }
  });

  it.each([
    ['?view=staff', 'kiosk'],
    ['?view=staff', 'display'],
    ['?view=display', 'kiosk'],
    ['?view=display', 'desk'],
  ] as const)('an upgrade to %j by a %s, with 403', async (query, who) => {
    const refused = await connect(query, who).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(WsRefused);
    expect((refused as WsRefused).status).toBe(403);
  });
});

describe('WebSocket /api/events closes with 1008', () => {
  it('a display stream once its device is disabled', async () => {
    const display = await connect('?view=display');
    await display.next();
    const [device] = hub.auth.devices.list().filter((d) => d.role === 'display');
    expect((await hub.post(`/api/devices/${device!.id}/disable`, {}, 'facilities')).statusCode).toBe(200);
    expect((await display.closed).code).toBe(1008);
  });

  it('a staff stream once its session signs out, leaving other users connected', async () => {
    const desk = await connect('?view=staff', 'desk');
    const supervisor = await connect('?view=staff', 'supervisor');
    await desk.next();
    await supervisor.next();
    expect((await hub.post('/api/auth/logout', {}, 'desk')).statusCode).toBe(200);
    expect((await desk.closed).code).toBe(1008);
    await hub.issue();
    expect(StaffMessage.parse(await supervisor.next())).toMatchObject({ kind: 'event' });
  });
});

describe('WebSocket /api/events ends a staff stream whose session expires', () => {
  it('closes it with 1008 at the next ping round once the session idles out, and keeps a display open', async () => {
    await hub.close();
    hub = await startTestHub({ events: { pingIntervalMs: 100 } });
    base = (await hub.app.listen({ port: 0, host: '127.0.0.1' })).replace('http://', 'ws://');
    const desk = await connect('?view=staff', 'desk');
    const display = await connect('?view=display');
    await desk.next();
    await display.next();
    hub.clock.advance(30 * 60_000);
    const { code, reason } = await desk.closed;
    expect(code).toBe(1008);
    expect(reason).toMatch(/session ended/);
    expect(display.socket.readyState).toBe(display.socket.OPEN);
  });
});

describe('GET /api/events without a WebSocket upgrade', () => {
  it('answers 426 invalid-request saying to open a WebSocket', async () => {
    const res = await hub.get('/api/events?view=staff');
    expect(res.statusCode).toBe(426);
    expect(res.json()).toMatchObject({
      error: { code: 'invalid-request', message: expect.stringMatching(/WebSocket/) },
    });
  });
});

describe('WebSocket /api/events heartbeat', () => {
  it('drops a client that stops answering pings', async () => {
    await hub.close();
    hub = await startTestHub({ events: { pingIntervalMs: 200 } });
    base = (await hub.app.listen({ port: 0, host: '127.0.0.1' })).replace('http://', 'ws://');
    // A client that never answers pings, as a frozen screen or a dead network link would.
    const silent = await connectWs(`${base}/api/events?view=display`, {
      autoPong: false,
      headers: await hub.headersFor('display'),
    });
    clients.push(silent);
    const answering = await connect('?view=display');
    const { code } = await silent.closed;
    expect(code).toBe(1006);
    expect(answering.socket.readyState).toBe(answering.socket.OPEN);
  });
});
