// The store's open-tickets cache: after every kind of write — tickets issued, events appended, tickets closed, notes
// added, a transaction rolled back, rows written by a second connection, another day — the cached read equals a
// fresh full read on a new connection, in the same issue order, and unchanged tickets keep their objects.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closingEventTypes, projectTicket } from '../../../../main/hub/queue/projection.js';
import type { NewEvent, QueueStore, TicketRecord } from '../../../../main/hub/store/queueStore.js';
import { openSqliteStore } from '../../../../main/hub/store/sqliteStore.js';

const DAY = '2026-11-26';
let dir: string;
let file: string;
let store: QueueStore;

const ticket = (n: number, serviceDay = DAY): TicketRecord => ({
  id: `t${n}-${serviceDay}`,
  serviceDay,
  queueId: 'utility',
  seq: n,
  number: `A${String(n).padStart(3, '0')}`,
  serviceId: 'utility-bills',
  language: 'en',
  needs: { interpreter: null, accessibility: [] },
  priorityClass: 'standard',
  deviceId: 'kiosk-1',
  issuedAt: `${serviceDay}T18:00:00.000Z`,
  statusToken: `token-${n}-${serviceDay}`,
});

const event = (ticketId: string, type: NewEvent['type']): NewEvent => ({
  ticketId,
  type,
  at: `${DAY}T18:05:00.000Z`,
  counterId: type === 'ticket.issued' ? null : 'counter-1',
  userId: null,
  deviceId: null,
  data: {},
});

const issue = (target: QueueStore, record: TicketRecord) =>
  target.transaction((tx) => {
    tx.insertTicket(record);
    tx.appendEvent(event(record.id, 'ticket.issued'));
  });

const append = (target: QueueStore, ticketId: string, type: NewEvent['type']) =>
  target.transaction((tx) => tx.appendEvent(event(ticketId, type)));

const cached = (day = DAY) => store.read((tx) => tx.openTicketsOfDay(day, closingEventTypes));

/** What a connection with nothing cached reads. */
function fresh(day = DAY) {
  const other = openSqliteStore(file);
  try {
    return other.read((tx) => tx.openTicketsOfDay(day, closingEventTypes));
  } finally {
    other.close();
  }
}

/** Open tickets waiting in each queue, counted from a full read on a new connection. */
const freshWaiting = (day = DAY) => {
  const counts: Record<string, number> = {};
  for (const ticket of fresh(day).map(projectTicket)) {
    if (ticket.status === 'waiting') counts[ticket.queueId] = (counts[ticket.queueId] ?? 0) + 1;
  }
  return counts;
};
const cachedWaiting = (queueId: string, day = DAY) => store.read((tx) => tx.waitingInQueue(day, queueId));

const ids = (histories: { ticket: { id: string } }[]) => histories.map((h) => h.ticket.id);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lobby311-open-cache-'));
  file = join(dir, 'hub.sqlite');
  store = openSqliteStore(file);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('open tickets of a day, kept between reads', () => {
  it('follows issues, calls, closings and notes exactly as a full read does, in issue order', () => {
    for (let n = 1; n <= 5; n += 1) issue(store, ticket(n));
    expect(cached()).toEqual(fresh());
    append(store, ticket(2).id, 'ticket.called');
    append(store, ticket(4).id, 'ticket.completed');
    issue(store, ticket(6));
    store.transaction((tx) => {
      const note = tx.insertNote({
        ticketId: ticket(3).id,
        at: `${DAY}T18:06:00.000Z`,
        counterId: 'counter-1',
        userId: null,
        text: 'needs a form',
      });
      tx.appendEvent({ ...event(ticket(3).id, 'ticket.noted'), data: { noteId: note.id } });
    });
    const after = cached();
    expect(after).toEqual(fresh());
    expect(ids(after)).toEqual([1, 2, 3, 5, 6].map((n) => ticket(n).id));
    expect(after.find((h) => h.ticket.id === ticket(3).id)?.notes).toHaveLength(1);
    // Waiting: 1, 3, 5 and 6 (2 is called, 4 is done).
    expect(cachedWaiting('utility')).toBe(4);
    expect(freshWaiting()).toEqual({ utility: 4 });
    expect(cachedWaiting('permits')).toBe(0);
  });

  it('counts a transferred visit as waiting in the queue it was sent to', () => {
    issue(store, ticket(1));
    issue(store, ticket(2));
    expect(cachedWaiting('utility')).toBe(2);
    append(store, ticket(1).id, 'ticket.serving');
    store.transaction((tx) =>
      tx.appendEvent({
        ...event(ticket(1).id, 'ticket.transferred'),
        data: { serviceId: 'building-permits', queueId: 'permits', placement: 'end' },
      }),
    );
    expect(cachedWaiting('utility')).toBe(1);
    expect(cachedWaiting('permits')).toBe(1);
    expect(freshWaiting()).toEqual({ utility: 1, permits: 1 });
  });

  it('hands out the same objects for tickets nothing happened to, and new ones for those that changed', () => {
    for (let n = 1; n <= 3; n += 1) issue(store, ticket(n));
    const before = cached();
    append(store, ticket(2).id, 'ticket.called');
    const after = cached();
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]?.events.map((e) => e.type)).toEqual(['ticket.issued', 'ticket.called']);
  });

  it('forgets what it read inside a transaction that was rolled back', () => {
    issue(store, ticket(1));
    cached();
    expect(() =>
      store.transaction((tx) => {
        tx.insertTicket(ticket(2));
        tx.appendEvent(event(ticket(2).id, 'ticket.issued'));
        expect(ids(tx.openTicketsOfDay(DAY, closingEventTypes))).toEqual([ticket(1).id, ticket(2).id]);
        throw new Error('refused after reading');
      }),
    ).toThrow('refused after reading');
    // The next append takes the rolled-back sequence number again: by seq alone the cache would look current.
    append(store, ticket(1).id, 'ticket.called');
    expect(ids(cached())).toEqual([ticket(1).id]);
    expect(cached()).toEqual(fresh());
    expect(cachedWaiting('utility')).toBe(0);
  });

  it('sees rows another connection wrote', () => {
    issue(store, ticket(1));
    cached();
    const other = openSqliteStore(file);
    try {
      issue(other, ticket(2));
      append(other, ticket(1).id, 'ticket.noShow');
    } finally {
      other.close();
    }
    expect(ids(cached())).toEqual([ticket(2).id]);
    expect(cached()).toEqual(fresh());
    expect(cachedWaiting('utility')).toBe(1);
  });

  it('reads each day on its own: another day is a full read, and its tickets never leak into today', () => {
    issue(store, ticket(1));
    issue(store, ticket(1, '2026-11-27'));
    expect(ids(cached())).toEqual([ticket(1).id]);
    expect(ids(cached('2026-11-27'))).toEqual([ticket(1, '2026-11-27').id]);
    issue(store, ticket(2, '2026-11-27'));
    expect(ids(cached('2026-11-27'))).toEqual([1, 2].map((n) => ticket(n, '2026-11-27').id));
    expect(cached()).toEqual(fresh());
  });
});
