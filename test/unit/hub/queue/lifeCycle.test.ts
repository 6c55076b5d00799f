// Every visit command against every status: allowed where the life cycle says so, else `wrong-state`.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type Ticket,
  type TicketStatus,
  TicketStatus as TicketStatusSchema,
} from '../../../../machines/contracts/index.js';
import { createEngine, type Engine, kiosk, noNeeds, refusal } from './engineHarness.js';

const users = [1, 2, 3, 4, 5, 6].map((n) => ({
  userId: randomUUID(),
  deviceId: null,
  displayName: `Staff ${n}`,
}));
const counter = (n: number) => `counter-${n}`;

let engine: Engine;
afterEach(() => engine.close());

interface Fixture {
  tickets: Record<TicketStatus, Ticket>;
  tokens: Record<TicketStatus, string>;
}

/** One engine holding one ticket in every status; counter n is signed in by users[n - 1]. */
function fixture(): Fixture {
  engine = createEngine();
  const tokens = {} as Record<TicketStatus, string>;
  const issue = (status: TicketStatus) => {
    const result = engine.service.issueTicket({
      requestId: randomUUID(),
      serviceId: 'information',
      language: 'en',
      needs: noNeeds,
      deviceId: 'kiosk-1',
      by: kiosk,
    });
    tokens[status] = result.statusToken;
    return result.ticket;
  };
  const removed = issue('removed');
  engine.setTime('2026-11-27T18:00:00.000Z');
  engine.service.closePastDays();
  users.forEach((user, i) => {
    engine.service.signIn({ counterId: counter(i + 1), by: user });
  });
  const call = (ticket: Ticket, n: number) =>
    engine.service.callTicket({
      counterId: counter(n),
      ticketId: ticket.id,
      requestId: randomUUID(),
      by: users[n - 1]!,
    }).ticket;
  const by = users[0]!;
  const statuses: TicketStatus[] = ['waiting', 'called', 'serving', 'parked', 'completed', 'no-show', 'left'];
  const issued = Object.fromEntries(statuses.map((s) => [s, issue(s)])) as Record<TicketStatus, Ticket>;
  for (const s of ['cancelled', 'ended'] as const) issued[s] = issue(s);
  call(issued.called, 1);
  call(issued.serving, 2);
  engine.service.confirmArrival({ ticketId: issued.serving.id, by });
  call(issued.parked, 3);
  engine.service.confirmArrival({ ticketId: issued.parked.id, by });
  engine.service.park({ ticketId: issued.parked.id, by });
  call(issued.completed, 3);
  engine.service.complete({ ticketId: issued.completed.id, outcomeId: 'resolved', by });
  call(issued['no-show'], 4);
  engine.service.noShow({ ticketId: issued['no-show'].id, by });
  engine.service.markLeft({ ticketId: issued.left.id, by });
  engine.service.cancelByVisitor({ statusToken: tokens.cancelled });
  call(issued.ended, 5);
  engine.service.confirmArrival({ ticketId: issued.ended.id, by });
  engine.service.signOut({ counterId: counter(5), by: users[4]! });
  engine.service.signIn({ counterId: counter(5), by: users[4]! });
  engine.advanceSeconds(60);
  const tickets = {} as Record<TicketStatus, Ticket>;
  for (const [status, ticket] of Object.entries({ ...issued, removed })) {
    const now = engine.service.visitorStatus(tokens[status as TicketStatus])!.ticket;
    expect(now.status, `fixture ticket for ${status}`).toBe(status);
    tickets[status as TicketStatus] = { ...ticket, ...now };
  }
  return { tickets, tokens };
}

const allStatuses: TicketStatus[] = [...TicketStatusSchema.options];

type Attempt = (f: Fixture, status: TicketStatus) => unknown;
const by = () => users[0]!;

const commands: [string, TicketStatus[], TicketStatus | null, Attempt][] = [
  [
    'confirmArrival',
    ['called'],
    'serving',
    (f, s) => engine.service.confirmArrival({ ticketId: f.tickets[s].id, by: by() }),
  ],
  ['park', ['serving'], 'parked', (f, s) => engine.service.park({ ticketId: f.tickets[s].id, by: by() })],
  [
    'resume',
    ['parked'],
    'serving',
    (f, s) => engine.service.resume({ ticketId: f.tickets[s].id, counterId: counter(1), by: by() }),
  ],
  [
    'transfer',
    ['waiting', 'called', 'serving', 'parked'],
    'waiting',
    (f, s) =>
      engine.service.transfer({
        ticketId: f.tickets[s].id,
        serviceId: 'permits',
        placement: 'end',
        by: by(),
      }),
  ],
  [
    'recycle',
    ['called', 'serving'],
    'waiting',
    (f, s) => engine.service.recycle({ ticketId: f.tickets[s].id, placement: 'end', by: by() }),
  ],
  [
    'complete',
    ['called', 'serving'],
    'completed',
    (f, s) =>
      engine.service.complete({ ticketId: f.tickets[s].id, outcomeId: 'information-given', by: by() }),
  ],
  ['noShow', ['called'], 'no-show', (f, s) => engine.service.noShow({ ticketId: f.tickets[s].id, by: by() })],
  [
    'markLeft',
    ['waiting', 'called', 'serving', 'parked'],
    'left',
    (f, s) => engine.service.markLeft({ ticketId: f.tickets[s].id, by: by() }),
  ],
  [
    'recall',
    ['called'],
    'called',
    (f, s) => engine.service.recall({ ticketId: f.tickets[s].id, counterId: counter(1), by: by() }),
  ],
  [
    'cancelByVisitor',
    ['waiting', 'called'],
    'cancelled',
    (f, s) => engine.service.cancelByVisitor({ statusToken: f.tokens[s] }),
  ],
  [
    'addNote',
    allStatuses,
    null,
    (f, s) => engine.service.addNote({ ticketId: f.tickets[s].id, text: 'Spoke Spanish', by: by() }),
  ],
];

describe('visit life cycle', () => {
  for (const [name, allowed, after, attempt] of commands) {
    it(`${name}: allowed from ${allowed.join(', ')}; refused from every other status`, () => {
      const f = fixture();
      for (const status of allStatuses) {
        const before = engine.events.length;
        if (allowed.includes(status)) {
          attempt(f, status);
          const token = f.tokens[status];
          const ticket = engine.service.visitorStatus(token)!.ticket;
          expect(ticket.status, `${name} from ${status}`).toBe(after ?? status);
          expect(engine.events.length, `${name} from ${status} publishes`).toBeGreaterThan(before);
        } else {
          expect(refusal(() => attempt(f, status)).code, `${name} from ${status}`).toBe('wrong-state');
          expect(engine.events).toHaveLength(before);
        }
      }
    });
  }

  it('records the stage a visitor left, cancelled or was removed at', () => {
    const f = fixture();
    expect(f.tickets.removed).toMatchObject({ leftStage: 'waiting', serviceDay: '2026-11-26' });
    expect(f.tickets.left.leftStage).toBe('waiting');
    engine.service.markLeft({ ticketId: f.tickets.parked.id, by: by() });
    expect(engine.service.visitorStatus(f.tokens.parked)!.ticket.leftStage).toBe('parked');
  });
});
