// projectTicket and toPublicCall: a ticket's state comes only from its events; a public call hides the rest.
import { describe, expect, it } from 'vitest';
import { PublicCall, Ticket } from '../../../../machines/contracts/index.js';
import { loadSiteConfig } from '../../../../main/hub/loadConfig.js';
import {
  callFactsOfStored,
  projectTicket,
  toPublicCall,
  toTicketEvent,
} from '../../../../main/hub/queue/projection.js';
import type { EventRecord, TicketHistory, TicketRecord } from '../../../../main/hub/store/queueStore.js';
import { defaultSiteConfig } from '../../../../main/paths.js';

const record: TicketRecord = {
  id: '0b5a2f3c-8a0e-4c1e-9a53-3d7e2f1b9a01',
  serviceDay: '2026-11-26',
  queueId: 'utility',
  seq: 7,
  number: 'A007',
  serviceId: 'utility-bills',
  language: 'vi',
  needs: { interpreter: { mode: 'in-person', language: 'vi' }, accessibility: [] },
  deviceId: 'kiosk-2',
  issuedAt: '2026-11-26T18:00:00.000Z',
  statusToken: 'b3FtBJ2yP9kq3VhW7xLr0A',
};
let seq = 0;
const event = (
  type: EventRecord['type'],
  at: string,
  counterId: string | null = null,
  data = {},
): EventRecord => ({
  seq: ++seq,
  ticketId: record.id,
  type,
  at,
  counterId,
  data,
});
const history = (...events: EventRecord[]): TicketHistory => ({ ticket: record, events });

describe('projectTicket', () => {
  const issued = event('ticket.issued', record.issuedAt);
  const called = event('ticket.called', '2026-11-26T18:05:00.000Z', 'counter-2');
  const recalled = event('ticket.recalled', '2026-11-26T18:07:00.000Z', 'counter-4');

  it('makes a just-issued ticket waiting, never called', () => {
    const ticket = Ticket.parse(projectTicket(history(issued)));
    expect(ticket).toMatchObject({
      status: 'waiting',
      calledAt: null,
      counterId: null,
      callCount: 0,
      outcomeId: null,
    });
    expect(ticket.number).toBe('A007');
  });

  it('records the first call time and counts every call and recall', () => {
    const ticket = projectTicket(history(issued, called, recalled));
    expect(ticket).toMatchObject({
      status: 'called',
      calledAt: '2026-11-26T18:05:00.000Z',
      counterId: 'counter-4',
      callCount: 2,
    });
  });

  it('closes the ticket with its outcome, or as a no-show', () => {
    const done = event('ticket.completed', '2026-11-26T18:20:00.000Z', 'counter-4', {
      outcomeId: 'referred',
    });
    expect(projectTicket(history(issued, called, done))).toMatchObject({
      status: 'completed',
      outcomeId: 'referred',
    });
    const gone = event('ticket.noShow', '2026-11-26T18:20:00.000Z', 'counter-2');
    expect(projectTicket(history(issued, called, gone))).toMatchObject({
      status: 'no-show',
      outcomeId: null,
    });
  });

  it('gives each event the ticket as it stood right after that event', () => {
    const full = history(issued, called, recalled);
    expect(toTicketEvent(full, called).ticket).toMatchObject({ callCount: 1, counterId: 'counter-2' });
    expect(toTicketEvent(full, recalled).ticket).toMatchObject({ callCount: 2, counterId: 'counter-4' });
  });
});

describe('toPublicCall', () => {
  const config = loadSiteConfig(defaultSiteConfig);

  it('shows the counter display name and the voice language, and nothing about the visit', () => {
    const call = toPublicCall(
      config,
      callFactsOfStored({
        event: event('ticket.recalled', '2026-11-26T18:07:00.000Z', 'counter-4'),
        ticket: record,
      }),
    );
    expect(PublicCall.strict().parse(call)).toEqual({
      callId: seq,
      ticketNumber: 'A007',
      counterName: '4',
      language: 'vi',
      calledAt: '2026-11-26T18:07:00.000Z',
      recall: true,
    });
  });
});
