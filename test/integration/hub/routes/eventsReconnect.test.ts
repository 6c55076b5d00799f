// Streams after a reconnect: a fresh snapshot that includes what happened while away, then deltas with no gap
// and no duplicate, for desks (staff stream) and lobby displays.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DisplayMessage, StaffMessage, TicketResult } from '../../../../machines/contracts/index.js';
import { startTestHub, type TestHub } from '../support/testHub.js';
import { connectWs, type WsClient } from '../support/wsClient.js';

let hub: TestHub;
let base: string;
const clients: WsClient[] = [];

beforeEach(async () => {
  hub = await startTestHub();
  base = (await hub.app.listen({ port: 0, host: '127.0.0.1' })).replace('http://', 'ws://');
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await hub.close();
});

const connect = async (view: 'staff' | 'display') => {
  const who = view === 'staff' ? 'supervisor' : 'display';
  const client = await connectWs(`${base}/api/events?view=${view}`, { headers: await hub.headersFor(who) });
  clients.push(client);
  return client;
};

const seqOf = (message: StaffMessage) => {
  if (message.kind === 'notices') throw new Error('no notices were published in this test');
  return message.kind === 'snapshot' ? message.snapshot.seq : message.event.seq;
};
const takeStaff = async (client: WsClient, count: number) =>
  Promise.all(Array.from({ length: count }, () => client.next())).then((all) =>
    all.map((m) => StaffMessage.parse(m)),
  );

describe('a staff stream that reconnects', () => {
  it('gets a snapshot with what happened while away, then every later event once, in order', async () => {
    await hub.deskAt('counter-1');
    const first = await connect('staff');
    const [snapshot1] = await takeStaff(first, 1);
    expect(seqOf(snapshot1!)).toBe(1);

    const a = TicketResult.parse((await hub.issue()).json()).ticket;
    await hub.issue();
    await hub.callNext('counter-1');
    const live = await takeStaff(first, 3);
    expect(live.map(seqOf)).toEqual([2, 3, 4]);
    first.close();
    await first.closed;

    // While the desk is away: an arrival, a completion, a new ticket and a break.
    await hub.postAt('counter-1', `/api/tickets/${a.id}/arrive`, {});
    await hub.postAt('counter-1', `/api/tickets/${a.id}/complete`, { outcomeId: 'resolved' });
    await hub.issue({ serviceId: 'permits' });
    await hub.postAt('counter-1', '/api/counters/counter-1/break', { reason: 'rest' });

    const second = await connect('staff');
    const [snapshot2] = await takeStaff(second, 1);
    if (snapshot2?.kind !== 'snapshot') throw new Error('expected a snapshot first');
    expect(snapshot2.snapshot.seq).toBe(8);
    expect(snapshot2.snapshot.tickets.map((t) => [t.number, t.status])).toEqual([
      ['A002', 'waiting'],
      ['P001', 'waiting'],
    ]);
    expect(snapshot2.snapshot.counters.find((c) => c.counterId === 'counter-1')).toMatchObject({
      status: 'break',
      breakReason: 'rest',
    });

    await hub.postAt('counter-1', '/api/counters/counter-1/back', {});
    await hub.issue();
    await hub.callNext('counter-1');
    const after = await takeStaff(second, 3);
    expect(after.map(seqOf)).toEqual([9, 10, 11]);
    expect(after.map((m) => m.kind)).toEqual(['floor', 'event', 'event']);
    const seen = [...live.map(seqOf), snapshot2.snapshot.seq, ...after.map(seqOf)];
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('a display stream that reconnects', () => {
  it('gets the calls made while away in its snapshot, then the next seq', async () => {
    await hub.deskAt('counter-2');
    const first = await connect('display');
    expect(DisplayMessage.parse(await first.next())).toMatchObject({ kind: 'snapshot', seq: 1, calls: [] });
    first.close();
    await first.closed;

    await hub.issue();
    await hub.callNext('counter-2');
    const second = await connect('display');
    expect(DisplayMessage.parse(await second.next())).toMatchObject({
      kind: 'snapshot',
      seq: 3,
      calls: [{ ticketNumber: 'A001', counterName: '2', recall: false }],
    });
    await hub.issue();
    expect(DisplayMessage.parse(await second.next())).toEqual({ kind: 'tick', seq: 4 });
  });
});
