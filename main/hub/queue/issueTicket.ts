// Issues a ticket: next number of the service's queue for the site-local day and a status token; idempotent.
import { randomBytes } from 'node:crypto';
import type { IssueTicketBody, IssueTicketResult } from '../../../machines/contracts/index.js';
import type { TicketRecord } from '../store/queueStore.js';
import { appendTicketEvent } from './appendTicketEvent.js';
import { notWaitingEventTypes, projectTicket } from './projection.js';
import { type CommandResult, type QueueContext, today } from './queueContext.js';
import { QueueError } from './queueError.js';
import { formatTicketNumber } from './ticketNumber.js';

/** 192 random bits, base64url: the ticket's public status page address cannot be guessed or enumerated. */
const newStatusToken = () => randomBytes(24).toString('base64url');

export function issueTicket(ctx: QueueContext, input: IssueTicketBody): CommandResult<IssueTicketResult> {
  const service = ctx.config.services.find((s) => s.id === input.serviceId);
  if (!service) {
    throw new QueueError(
      'unknown-service',
      `There is no service "${input.serviceId}" at this site: choose one listed by GET /api/site.`,
    );
  }
  const queue = ctx.config.queues.find((q) => q.id === service.queueId)!;
  const now = ctx.now();
  const serviceDay = today(ctx);

  return ctx.store.transaction((tx) => {
    const existing = tx.findTicket(input.requestId);
    if (existing) {
      const issued = existing.events.find((e) => e.type === 'ticket.issued');
      const peopleAhead = Number(issued?.data.peopleAhead ?? 0);
      return {
        result: { ticket: projectTicket(existing), peopleAhead, statusToken: existing.ticket.statusToken },
        events: [],
      };
    }
    const position = tx.lastPosition(serviceDay, queue.id) + 1;
    if (position > queue.lastNumber) {
      throw new QueueError(
        'queue-full',
        `The ${queue.name} queue has issued all ${queue.lastNumber} numbers for today: ask a staff member for help.`,
      );
    }
    const peopleAhead = tx.countOfDayWithout(serviceDay, queue.id, notWaitingEventTypes);
    const record: TicketRecord = {
      id: input.requestId,
      serviceDay,
      queueId: queue.id,
      seq: position,
      number: formatTicketNumber(queue.prefix, position, queue.lastNumber),
      serviceId: service.id,
      language: input.language,
      needs: input.needs,
      deviceId: input.deviceId,
      issuedAt: now.toISOString(),
      statusToken: newStatusToken(),
    };
    tx.insertTicket(record);
    const { history, event } = appendTicketEvent(
      tx,
      { ticket: record, events: [] },
      { type: 'ticket.issued', at: record.issuedAt, counterId: null, data: { peopleAhead } },
    );
    return {
      result: { ticket: projectTicket(history), peopleAhead, statusToken: record.statusToken },
      events: [event],
    };
  });
}
