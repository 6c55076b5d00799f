// Derives a ticket's current state, and the public view of a call, from its append-only event history.
import type {
  PublicCall,
  SiteConfig,
  Ticket,
  TicketEvent,
  TicketEventType,
} from '../../../machines/contracts/index.js';
import type { EventRecord, EventWithTicket, TicketHistory } from '../store/queueStore.js';

/** Event types after which a ticket is closed for the day. */
export const closingEventTypes: readonly TicketEventType[] = ['ticket.completed', 'ticket.noShow'];
/** Event types that announce a ticket on the lobby display. */
export const callEventTypes: readonly TicketEventType[] = ['ticket.called', 'ticket.recalled'];

/** A ticket with any of these events is no longer waiting (the projection below agrees). */
export const notWaitingEventTypes: readonly TicketEventType[] = [...closingEventTypes, ...callEventTypes];

/** Replays `history.events` (oldest first) into the contract's Ticket. */
export function projectTicket(history: TicketHistory): Ticket {
  const { ticket: record } = history;
  const ticket: Ticket = {
    id: record.id,
    number: record.number,
    queueId: record.queueId,
    serviceId: record.serviceId,
    language: record.language,
    needs: record.needs,
    status: 'waiting',
    serviceDay: record.serviceDay,
    issuedAt: record.issuedAt,
    calledAt: null,
    counterId: null,
    callCount: 0,
    outcomeId: null,
  };
  for (const event of history.events) {
    switch (event.type) {
      case 'ticket.issued':
        ticket.status = 'waiting';
        break;
      case 'ticket.called':
        ticket.status = 'called';
        ticket.calledAt ??= event.at;
        ticket.counterId = event.counterId;
        ticket.callCount += 1;
        break;
      case 'ticket.recalled':
        ticket.counterId = event.counterId;
        ticket.callCount += 1;
        break;
      case 'ticket.noShow':
        ticket.status = 'no-show';
        break;
      case 'ticket.completed':
        ticket.status = 'completed';
        ticket.outcomeId = typeof event.data.outcomeId === 'string' ? event.data.outcomeId : null;
        break;
    }
  }
  return ticket;
}

/** The contract event for `event`, carrying the ticket as it stands once `event` is applied. */
export function toTicketEvent(history: TicketHistory, event: EventRecord): TicketEvent {
  const upTo = history.events.filter((e) => e.seq <= event.seq);
  return {
    seq: event.seq,
    type: event.type,
    at: event.at,
    ticket: projectTicket({ ...history, events: upTo }),
  };
}

/** The facts a public call is made from: the call event and the called ticket's number and language. */
export interface CallFacts {
  seq: number;
  type: TicketEventType;
  at: string;
  counterId: string | null;
  ticketNumber: string;
  language: string;
}

export const callFactsOfStored = ({ event, ticket }: EventWithTicket): CallFacts => ({
  seq: event.seq,
  type: event.type,
  at: event.at,
  counterId: event.counterId,
  ticketNumber: ticket.number,
  language: ticket.language,
});

export const callFactsOfEvent = (event: TicketEvent): CallFacts => ({
  seq: event.seq,
  type: event.type,
  at: event.at,
  counterId: event.ticket.counterId,
  ticketNumber: event.ticket.number,
  language: event.ticket.language,
});

/** What a lobby display may know about a call or recall: number, counter, voice language, time. */
export function toPublicCall(config: SiteConfig, facts: CallFacts): PublicCall {
  const counterId = facts.counterId ?? '';
  const counter = config.counters.find((c) => c.id === counterId);
  return {
    callId: facts.seq,
    ticketNumber: facts.ticketNumber,
    counterName: counter?.displayName ?? (counterId.slice(0, 12) || '?'),
    language: facts.language,
    calledAt: facts.at,
    recall: facts.type === 'ticket.recalled',
  };
}
