// The offline hand-over: tickets a kiosk issued from its leases while the hub was unreachable, placed in today's
// queue by their real issue time (or closed when from a past day); idempotent per ticket id.
import type {
  HandOverBody,
  HandOverResult,
  OfflineTicket,
  QueueConfig,
  ServiceConfig,
} from '../../../machines/contracts/index.js';
import { formatQueueNumber, positionOfNumber } from '../../../machines/queue/ticketNumber.js';
import { serviceDayOf } from '../../../machines/time/serviceDay.js';
import type { TicketRecord } from '../store/queueStore.js';
import { priorityClassOf } from './issueCommands.js';
import type { CommandResult, QueueContext } from './queueContext.js';
import { appendVisitEvent, openVisitsToday, runCommand, visitOf, type Work } from './work.js';

/** A kiosk clock this far ahead of the hub's is wrong: its tickets are refused rather than placed last. */
export const futureToleranceMs = 5 * 60_000;

type Result = HandOverResult['results'][number];

interface Checked {
  queue: QueueConfig;
  service: ServiceConfig;
  serviceDay: string;
  issuedAt: string;
}

const rejected = (ticket: OfflineTicket, reason: string, number: string | null = null): Result => ({
  id: ticket.id,
  outcome: 'rejected',
  number,
  reason,
});

/** The ticket's place (queue, service, day), or the plain reason it cannot be accepted from `deviceId`. */
function check(work: Work, deviceId: string, ticket: OfflineTicket): Checked | string {
  const issuedMs = Date.parse(ticket.issuedAt);
  if (issuedMs > work.now.getTime() + futureToleranceMs) {
    return 'Its issue time is more than 5 minutes ahead of the hub clock: set the kiosk clock right.';
  }
  const queue = work.ctx.config.queues.find((q) => q.id === ticket.queueId);
  const service = work.ctx.config.services.find((s) => s.id === ticket.serviceId);
  if (!queue) return `There is no queue "${ticket.queueId}" at this site.`;
  if (!service || service.queueId !== queue.id) {
    return `There is no service "${ticket.serviceId}" in the ${queue.name} queue at this site.`;
  }
  const serviceDay = serviceDayOf(new Date(issuedMs), work.ctx.config.site.timeZone);
  const lease = work.tx.findLease(ticket.leaseId);
  const inLease =
    lease !== undefined &&
    lease.deviceId === deviceId &&
    lease.queueId === queue.id &&
    lease.serviceDay === serviceDay &&
    ticket.number >= lease.first &&
    ticket.number <= lease.last;
  if (!inLease) {
    return `Number ${ticket.number} is not in a block this kiosk was given for the ${queue.name} queue on ${serviceDay}.`;
  }
  return { queue, service, serviceDay, issuedAt: new Date(issuedMs).toISOString() };
}

/** Waiting visitors of the queue who arrived before `issuedAt`. */
function peopleAheadAt(work: Work, queueId: string, issuedAt: string): number {
  const at = Date.parse(issuedAt);
  return openVisitsToday(work)
    .map((v) => v.ticket)
    .filter((t) => t.queueId === queueId && t.status === 'waiting' && Date.parse(t.rankAt) < at).length;
}

function handOverOne(work: Work, deviceId: string, ticket: OfflineTicket): Result {
  const existing = work.tx.findTicket(ticket.id);
  if (existing) return { id: ticket.id, outcome: 'duplicate', number: existing.ticket.number, reason: null };
  const checked = check(work, deviceId, ticket);
  if (typeof checked === 'string') return rejected(ticket, checked);
  const { queue, service, serviceDay, issuedAt } = checked;
  const number = formatQueueNumber(queue, ticket.number);
  const seq = positionOfNumber(queue, ticket.number);
  if (work.tx.ticketIdAt(serviceDay, queue.id, seq) !== undefined) {
    return rejected(ticket, `Number ${number} is already held by another ticket that day.`, number);
  }
  if (work.tx.findTicketIdByStatusToken(ticket.statusToken) !== undefined) {
    return rejected(
      ticket,
      'Its status token is already used by another ticket: it cannot be placed.',
      number,
    );
  }
  const record: TicketRecord = {
    id: ticket.id,
    serviceDay,
    queueId: queue.id,
    seq,
    number,
    serviceId: service.id,
    language: ticket.language,
    needs: ticket.needs,
    priorityClass: priorityClassOf(work.ctx, ticket.needs, undefined),
    deviceId,
    issuedAt,
    statusToken: ticket.statusToken,
  };
  const placed = serviceDay === work.day;
  // Its events happened when the visitor took the ticket, not now: they carry the real issue time.
  const then: Work = { ...work, at: issuedAt };
  const peopleAhead = placed ? peopleAheadAt(work, queue.id, issuedAt) : 0;
  work.tx.insertTicket(record);
  const created = visitOf({ ticket: record, events: [], notes: [] });
  const visit = appendVisitEvent(then, created, 'ticket.issued', { peopleAhead, offline: true }, null);
  if (placed) return { id: ticket.id, outcome: 'placed', number, reason: null };
  appendVisitEvent(then, visit, 'ticket.left', { stage: 'waiting' }, null);
  return { id: ticket.id, outcome: 'closed', number, reason: null };
}

/** Hands over a batch in one transaction: every ticket is placed, closed, found again or refused with a reason. */
export function handOverOfflineTickets(
  ctx: QueueContext,
  input: HandOverBody & { deviceId: string },
): CommandResult<HandOverResult> {
  return runCommand(ctx, { userId: null, deviceId: input.deviceId }, (work) => ({
    results: input.tickets.map((ticket) => handOverOne(work, input.deviceId, ticket)),
  }));
}
