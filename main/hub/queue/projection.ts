// Derives a visit (contract Ticket) from its facts, events and notes: the one life-cycle replay used everywhere.
import type {
  Placement,
  Ticket,
  TicketEvent,
  TicketEventType,
  VisitEvent,
  VisitStage,
} from '../../../machines/contracts/index.js';
import { newVisit } from '../../../machines/queue/newVisit.js';
import type { EventRecord, TicketHistory } from '../store/queueStore.js';

/** Event types after which a visit is closed. */
export const closingEventTypes: readonly TicketEventType[] = [
  'ticket.completed',
  'ticket.noShow',
  'ticket.left',
  'ticket.cancelled',
  'ticket.removed',
  'ticket.endedByLogout',
];
/** Event types that announce a ticket on the lobby display. */
export const callEventTypes: readonly TicketEventType[] = ['ticket.called', 'ticket.recalled'];

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function place(ticket: Ticket, placement: Placement, at: string): void {
  ticket.front = placement === 'front';
  ticket.rankAt = placement === 'original' ? ticket.issuedAt : at;
}

function apply(ticket: Ticket, event: EventRecord): void {
  const { data, at } = event;
  switch (event.type) {
    case 'ticket.issued':
      ticket.status = 'waiting';
      break;
    case 'ticket.serving':
      ticket.status = 'serving';
      ticket.counterId = event.counterId;
      ticket.arrivedAt = at;
      break;
    case 'ticket.called':
      ticket.status = 'called';
      ticket.counterId = event.counterId;
      ticket.calledAt ??= at;
      ticket.lastCalledAt = at;
      ticket.callCount += 1;
      break;
    case 'ticket.recalled':
      ticket.counterId = event.counterId ?? ticket.counterId;
      ticket.lastCalledAt = at;
      ticket.callCount += 1;
      break;
    case 'ticket.arrived':
      ticket.status = 'serving';
      ticket.arrivedAt = at;
      break;
    case 'ticket.parked':
      ticket.status = 'parked';
      break;
    case 'ticket.resumed':
      ticket.status = 'serving';
      ticket.counterId = event.counterId;
      break;
    case 'ticket.transferred': {
      const serviceId = str(data.serviceId);
      if (serviceId !== null) {
        ticket.transactions.push({
          serviceId,
          queueId: str(data.queueId) ?? ticket.queueId,
          startedAt: at,
          outcomeId: null,
          outcomeDetail: null,
        });
        ticket.callCount = 0;
        ticket.calledAt = null;
        ticket.arrivedAt = null;
      }
      ticket.status = 'waiting';
      ticket.counterId = null;
      ticket.targetCounterId = str(data.counterId);
      // A transfer is not a missed call: the next counter may call the visitor at once.
      ticket.lastCalledAt = null;
      place(ticket, (str(data.placement) ?? 'end') as Placement, at);
      break;
    }
    case 'ticket.recycled':
      ticket.status = 'waiting';
      ticket.counterId = null;
      place(ticket, (str(data.placement) ?? 'end') as Placement, at);
      break;
    case 'ticket.completed': {
      const current = ticket.transactions.at(-1)!;
      current.outcomeId = str(data.outcomeId);
      current.outcomeDetail = str(data.detail);
      ticket.status = 'completed';
      ticket.outcomeId = current.outcomeId;
      break;
    }
    case 'ticket.noShow':
      ticket.status = 'no-show';
      break;
    case 'ticket.left':
      ticket.status = 'left';
      ticket.leftStage = str(data.stage) as VisitStage | null;
      break;
    case 'ticket.cancelled':
      ticket.status = 'cancelled';
      ticket.leftStage = str(data.stage) as VisitStage | null;
      break;
    case 'ticket.removed':
      ticket.status = 'removed';
      ticket.leftStage = str(data.stage) as VisitStage | null;
      break;
    case 'ticket.endedByLogout':
      ticket.status = 'ended';
      break;
    case 'ticket.noted':
      break;
  }
  const current = ticket.transactions.at(-1)!;
  ticket.serviceId = current.serviceId;
  ticket.queueId = current.queueId;
}

/**
 * Projections of histories already replayed. Histories are never changed once read (an append makes a new one), and
 * the store hands out the same objects for the open tickets it keeps, so each is replayed once.
 */
const projected = new WeakMap<TicketHistory, Ticket>();

export function projectTicket(history: TicketHistory): Ticket {
  let ticket = projected.get(history);
  if (!ticket) {
    ticket = replay(history);
    projected.set(history, ticket);
  }
  return ticket;
}

/** Replays `history.events` (oldest first) into the contract's Ticket; notes are those the replayed events name. */
function replay(history: TicketHistory): Ticket {
  const { ticket: record } = history;
  const ticket = newVisit({
    id: record.id,
    number: record.number,
    queueId: record.queueId,
    serviceId: record.serviceId,
    language: record.language,
    needs: record.needs,
    priorityClass: record.priorityClass,
    serviceDay: record.serviceDay,
    issuedAt: record.issuedAt,
  });
  const noteIds = new Set<number>();
  for (const event of history.events) {
    apply(ticket, event);
    if (event.type === 'ticket.noted' && typeof event.data.noteId === 'number')
      noteIds.add(event.data.noteId);
  }
  ticket.notes = history.notes
    .filter((n) => noteIds.has(n.id))
    .map((n) => ({ at: n.at, counterId: n.counterId, text: n.text }));
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

/** One log entry as the figures read it. */
export function toVisitEvent(event: EventRecord): VisitEvent {
  return {
    seq: event.seq,
    type: event.type,
    at: event.at,
    counterId: event.counterId,
    userId: event.userId,
    deviceId: event.deviceId,
    data: event.data,
  };
}

export const isOpenStatus = (status: Ticket['status']): status is VisitStage =>
  status === 'waiting' || status === 'called' || status === 'serving' || status === 'parked';
