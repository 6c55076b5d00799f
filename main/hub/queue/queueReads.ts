// Read-only views: the staff snapshot, the display's calls, kiosk intake, a visitor's status and the figures.
import type {
  CounterState,
  Intake,
  PublicCall,
  QueueSnapshot,
  ServiceLevelQuery,
  ServiceLevelReport,
  SiteConfig,
  Ticket,
} from '../../../machines/contracts/index.js';
import { computeServiceLevels } from '../../../machines/queue/serviceLevels.js';
import { estimateWait } from '../../../machines/queue/waitEstimate.js';
import type { QueueReader, TicketHistory } from '../store/queueStore.js';
import { counterStates, queueStates, toFloorEvent } from './floorState.js';
import { recentHandlingMinutes } from './handlingTimes.js';
import { verdictFor } from './intakeFacts.js';
import { callEventTypes, closingEventTypes, projectTicket, toVisitEvent } from './projection.js';
import { toPublicCall } from './publicCall.js';
import { type QueueContext, today } from './queueContext.js';
import { QueueError } from './queueError.js';
import type { VisitorStatus } from './queueServiceApi.js';
import { daysBetween } from './serviceDays.js';

/** How many recent calls a snapshot carries (newest first). */
export const recentCallLimit = 10;
const maxReportDays = 92;

function recentCalls(config: SiteConfig, reader: QueueReader, serviceDay: string): PublicCall[] {
  return reader.latestEventsOfDay(serviceDay, callEventTypes, recentCallLimit).map(({ event, ticket }) =>
    toPublicCall(config, {
      seq: event.seq,
      type: event.type,
      at: event.at,
      counterId: event.counterId,
      ticketNumber: ticket.number,
      language: ticket.language,
    }),
  );
}

export function queueSnapshot(ctx: QueueContext): QueueSnapshot {
  const serviceDay = today(ctx);
  return ctx.store.read((reader) => {
    const held: { ticket: Ticket; lastSeq: number }[] = [];
    const waiting: Ticket[] = [];
    for (const history of reader.openTicketsOfDay(serviceDay, closingEventTypes)) {
      const ticket = projectTicket(history);
      if (ticket.status === 'waiting') waiting.push(ticket);
      else held.push({ ticket, lastSeq: history.events.at(-1)?.seq ?? 0 });
    }
    held.sort((a, b) => a.lastSeq - b.lastSeq);
    return {
      seq: reader.lastSeq(),
      serviceDay,
      tickets: [...held.map((h) => h.ticket), ...waiting],
      recentCalls: recentCalls(ctx.config, reader, serviceDay),
      counters: counterStates(ctx.config, reader),
      queues: queueStates(ctx.config, reader, serviceDay),
    };
  });
}

/** The display's view: the last hub seq and recent calls only. */
export function displaySnapshot(ctx: QueueContext): { seq: number; calls: PublicCall[] } {
  const serviceDay = today(ctx);
  return ctx.store.read((reader) => ({
    seq: reader.lastSeq(),
    calls: recentCalls(ctx.config, reader, serviceDay),
  }));
}

/** Counters open now whose work profile includes `queueId`. */
function openCountersFor(config: SiteConfig, counters: readonly CounterState[], queueId: string): number {
  return counters.filter((state) => {
    if (state.status !== 'open') return false;
    const serves = config.counters.find((c) => c.id === state.counterId)?.serves ?? [];
    return serves.length === 0 || serves.some((s) => s.queueId === queueId);
  }).length;
}

function waitFor(
  config: SiteConfig,
  reader: QueueReader,
  histories: readonly TicketHistory[],
  queueId: string,
  peopleAhead: number,
) {
  return estimateWait({
    peopleAhead,
    openCounters: openCountersFor(config, counterStates(config, reader), queueId),
    recentHandlingMinutes: recentHandlingMinutes(histories, queueId),
  });
}

export function intake(ctx: QueueContext): Intake {
  const now = ctx.now();
  const serviceDay = today(ctx, now);
  return ctx.store.read((reader) => {
    const floor = reader.floorEventsOfDays(serviceDay, serviceDay);
    const tickets = reader.ticketsOfDays(serviceDay, serviceDay);
    const waiting = tickets.map(projectTicket).filter((t) => t.status === 'waiting');
    return {
      serviceDay,
      at: now.toISOString(),
      services: ctx.config.services.map((service) => {
        const verdict = verdictFor(ctx, reader, service, serviceDay, now, floor);
        const peopleAhead = waiting.filter((t) => t.queueId === service.queueId).length;
        return {
          serviceId: service.id,
          ...verdict,
          peopleAhead,
          estimatedWait: verdict.open
            ? waitFor(ctx.config, reader, tickets, service.queueId, peopleAhead)
            : null,
        };
      }),
    };
  });
}

const ahead = (a: Ticket, b: Ticket) =>
  Number(b.front) - Number(a.front) ||
  Date.parse(a.rankAt) - Date.parse(b.rankAt) ||
  a.number.localeCompare(b.number);

export function visitorStatus(ctx: QueueContext, statusToken: string): VisitorStatus | undefined {
  return ctx.store.read((reader) => {
    const id = reader.findTicketIdByStatusToken(statusToken);
    const history = id === undefined ? undefined : reader.findTicket(id);
    if (!history) return undefined;
    const ticket = projectTicket(history);
    if (ticket.status !== 'waiting') return { ticket, peopleAhead: 0, estimatedWait: null };
    const histories = reader.ticketsOfDays(ticket.serviceDay, ticket.serviceDay);
    const peopleAhead = histories
      .map(projectTicket)
      .filter((t) => t.status === 'waiting' && t.queueId === ticket.queueId && t.id !== ticket.id)
      .filter((t) => ahead(t, ticket) < 0).length;
    return {
      ticket,
      peopleAhead,
      estimatedWait: waitFor(ctx.config, reader, histories, ticket.queueId, peopleAhead),
    };
  });
}

export function serviceLevels(ctx: QueueContext, query: Required<ServiceLevelQuery>): ServiceLevelReport {
  const days = daysBetween(query.from, query.to);
  if (days < 0 || days > maxReportDays) {
    throw new QueueError(
      'invalid-request',
      `Choose a range of at most ${maxReportDays} days with "from" on or before "to".`,
    );
  }
  const now = ctx.now();
  return ctx.store.read((reader) =>
    computeServiceLevels({
      config: ctx.config,
      query,
      visits: reader.ticketsOfDays(query.from, query.to).map((h) => ({
        ticket: projectTicket(h),
        events: h.events.map(toVisitEvent),
      })),
      floor: reader.floorEventsOfDays(query.from, query.to).map(toFloorEvent),
      now,
    }),
  );
}
