// One command's unit of work: its transaction, actor and instant, the visits it touches and the events it commits.
import type { FloorEventType, Ticket, TicketEventType } from '../../../machines/contracts/index.js';
import type { VisitEventData } from '../../../machines/queue/visitEventData.js';
import type { FloorRecord, QueueTx, TicketHistory } from '../store/queueStore.js';
import { toFloorEvent } from './floorState.js';
import type { HubEvent } from './hubEventBus.js';
import { closingEventTypes, projectTicket, toTicketEvent } from './projection.js';
import { type CommandResult, type QueueContext, today } from './queueContext.js';
import { QueueError } from './queueError.js';
import type { Actor } from './queueServiceApi.js';

/** A visit as stored and as projected. */
export interface Visit {
  history: TicketHistory;
  ticket: Ticket;
}

export interface Work {
  ctx: QueueContext;
  tx: QueueTx;
  by: Actor;
  now: Date;
  at: string;
  /** Today's service day at `now`. */
  day: string;
  events: HubEvent[];
}

/** Visits of histories already seen: the store hands out the same objects for open tickets that did not change. */
const visits = new WeakMap<TicketHistory, Visit>();

export function visitOf(history: TicketHistory): Visit {
  let visit = visits.get(history);
  if (!visit) {
    visit = { history, ticket: projectTicket(history) };
    visits.set(history, visit);
  }
  return visit;
}

/** Runs `fn` in one write transaction and returns its result with the events it appended. */
export function runCommand<T>(ctx: QueueContext, by: Actor, fn: (work: Work) => T): CommandResult<T> {
  const now = ctx.now();
  return ctx.store.transaction((tx) => {
    const work: Work = { ctx, tx, by, now, at: now.toISOString(), day: today(ctx, now), events: [] };
    const result = fn(work);
    return { result, events: work.events };
  });
}

export function findVisit(work: Work, ticketId: string): Visit {
  const history = work.tx.findTicket(ticketId);
  if (!history) {
    throw new QueueError('not-found', 'There is no such ticket: refresh the queue and try again.');
  }
  return visitOf(history);
}

/** Appends one event to a visit and records the contract event (carrying the visit after it). */
export function appendVisitEvent<K extends TicketEventType & keyof VisitEventData>(
  work: Work,
  visit: Visit,
  type: K,
  data: VisitEventData[K],
  counterId: string | null,
): Visit {
  const stored = work.tx.appendEvent({
    ticketId: visit.history.ticket.id,
    type,
    at: work.at,
    counterId,
    userId: work.by.userId,
    deviceId: work.by.deviceId,
    data: data as Record<string, unknown>,
  });
  const history: TicketHistory = { ...visit.history, events: [...visit.history.events, stored] };
  const event = toTicketEvent(history, stored);
  work.events.push(event);
  return { history, ticket: event.ticket };
}

/** Appends one floor event for today and records its contract event. */
export function appendFloor(
  work: Work,
  type: FloorEventType,
  fields: { counterId?: string; queueId?: string; data: Record<string, unknown> },
): FloorRecord {
  const record = work.tx.appendFloorEvent({
    serviceDay: work.day,
    type,
    at: work.at,
    counterId: fields.counterId ?? null,
    queueId: fields.queueId ?? null,
    userId: work.by.userId,
    data: fields.data,
  });
  work.events.push(toFloorEvent(record));
  return record;
}

/** Today's visits that are still open, in issue order. */
export function openVisitsToday(work: Work): Visit[] {
  return work.tx.openTicketsOfDay(work.day, closingEventTypes).map(visitOf);
}

/** Refuses with `wrong-state` unless the visit's status is one of `allowed`. */
export function requireStatus(visit: Visit, allowed: readonly Ticket['status'][], action: string): void {
  if (!allowed.includes(visit.ticket.status)) throw wrongState(visit, action);
}

/** The `wrong-state` refusal for doing `action` to a visit in its current status. */
export function wrongState(visit: Visit, action: string): QueueError {
  return new QueueError(
    'wrong-state',
    `${visit.ticket.number} is ${visit.ticket.status}, so it cannot be ${action}: refresh the queue.`,
  );
}
