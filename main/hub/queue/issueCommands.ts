// Creating visits: a ticket from a kiosk or desk (checked against intake rules) and a walk-in served at once.
import { randomBytes } from 'node:crypto';
import type {
  IssueTicketBody,
  IssueTicketResult,
  Needs,
  ServiceConfig,
  Ticket,
  WalkInBody,
} from '../../../machines/contracts/index.js';
import { classFor } from '../../../machines/queue/priorityClass.js';
import { numberAt, onlinePositions } from '../../../machines/queue/ticketNumber.js';
import type { TicketRecord } from '../store/queueStore.js';
import { requireCounterAtWork } from './counterGuards.js';
import { closedError, verdictFor } from './intakeFacts.js';
import type { CommandResult, QueueContext } from './queueContext.js';
import { QueueError } from './queueError.js';
import type { Actor } from './queueServiceApi.js';
import { requireQueue, requireService } from './requireConfig.js';
import { appendVisitEvent, openVisitsToday, runCommand, type Visit, visitOf, type Work } from './work.js';

/** 192 random bits, base64url: the ticket's public status page address cannot be guessed or enumerated. */
const newStatusToken = () => randomBytes(24).toString('base64url');

export function priorityClassOf(ctx: QueueContext, needs: Needs, chosen: string | undefined): string {
  try {
    return classFor(ctx.config.policy, needs, chosen);
  } catch {
    throw new QueueError(
      'invalid-request',
      `There is no priority class "${chosen}" at this site: pick one listed by GET /api/site.`,
    );
  }
}

interface NewVisit {
  id: string;
  service: ServiceConfig;
  language: string;
  needs: Needs;
  priorityClass: string | undefined;
  deviceId: string;
}

/** Inserts the ticket with the next number of its queue today and appends `ticket.issued`. */
function createVisit(work: Work, input: NewVisit, peopleAhead: number): { visit: Visit; token: string } {
  const queue = requireQueue(work.ctx.config, input.service.queueId);
  // The next online number follows the highest one below the offline band (offline tickets sit above it).
  const position = work.tx.lastPosition(work.day, queue.id, onlinePositions(queue)) + 1;
  const number = numberAt(queue, position);
  if (number === null) {
    throw new QueueError(
      'queue-full',
      `The ${queue.name} queue has given out all its numbers for today: please ask at the front desk.`,
    );
  }
  const record: TicketRecord = {
    id: input.id,
    serviceDay: work.day,
    queueId: queue.id,
    seq: position,
    number,
    serviceId: input.service.id,
    language: input.language,
    needs: input.needs,
    priorityClass: priorityClassOf(work.ctx, input.needs, input.priorityClass),
    deviceId: input.deviceId,
    issuedAt: work.at,
    statusToken: newStatusToken(),
  };
  work.tx.insertTicket(record);
  const created = visitOf({ ticket: record, events: [], notes: [] });
  const visit = appendVisitEvent(work, created, 'ticket.issued', { peopleAhead }, null);
  return { visit, token: record.statusToken };
}

export function issueTicket(
  ctx: QueueContext,
  input: IssueTicketBody & { by: Actor },
): CommandResult<IssueTicketResult> {
  const service = requireService(ctx.config, input.serviceId);
  return runCommand(ctx, input.by, (work) => {
    const existing = work.tx.findTicket(input.requestId);
    if (existing) {
      const issued = existing.events.find((e) => e.type === 'ticket.issued');
      return {
        ticket: visitOf(existing).ticket,
        peopleAhead: Number(issued?.data.peopleAhead ?? 0),
        statusToken: existing.ticket.statusToken,
      };
    }
    const floor = work.tx.floorEventsOfDays(work.day, work.day);
    const verdict = verdictFor(ctx, work.tx, service, work.day, work.now, floor);
    if (!verdict.open) throw closedError(service, verdict);
    const peopleAhead = work.tx.waitingInQueue(work.day, service.queueId);
    const { visit, token } = createVisit(
      work,
      {
        id: input.requestId,
        service,
        language: input.language,
        needs: input.needs,
        priorityClass: input.priorityClass,
        deviceId: input.deviceId,
      },
      peopleAhead,
    );
    return { ticket: visit.ticket, peopleAhead, statusToken: token };
  });
}

/** A visitor served at the desk without a ticket from a kiosk: issued and serving in one step. */
export function walkIn(
  ctx: QueueContext,
  input: WalkInBody & { counterId: string; by: Actor },
): CommandResult<{ ticket: Ticket }> {
  const service = requireService(ctx.config, input.serviceId);
  return runCommand(ctx, input.by, (work) => {
    const existing = work.tx.findTicket(input.requestId);
    if (existing) return { ticket: visitOf(existing).ticket };
    requireCounterAtWork(work, input.counterId);
    const holding = openVisitsToday(work)
      .map((v) => v.ticket)
      .find((t) => t.counterId === input.counterId && (t.status === 'serving' || t.status === 'called'));
    if (holding) {
      throw new QueueError(
        'wrong-state',
        `Finish, park or transfer ${holding.number} first, then start the walk-in.`,
      );
    }
    const { visit } = createVisit(
      work,
      {
        id: input.requestId,
        service,
        language: input.language,
        needs: input.needs,
        priorityClass: input.priorityClass,
        deviceId: work.by.deviceId ?? input.counterId,
      },
      0,
    );
    return { ticket: appendVisitEvent(work, visit, 'ticket.serving', {}, input.counterId).ticket };
  });
}
