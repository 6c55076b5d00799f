// Calls the next waiting ticket of today to a counter in one atomic step, idempotent on requestId.
import type { Ticket } from '../../../machines/contracts/index.js';
import { appendTicketEvent } from './appendTicketEvent.js';
import { notWaitingEventTypes, projectTicket } from './projection.js';
import { type CommandResult, type QueueContext, today } from './queueContext.js';
import { QueueError } from './queueError.js';
import { requireCounter } from './requireConfig.js';

export function callNext(
  ctx: QueueContext,
  input: { counterId: string; requestId: string },
): CommandResult<{ ticket: Ticket }> {
  requireCounter(ctx.config, input.counterId);
  const at = ctx.now().toISOString();
  const serviceDay = today(ctx);

  return ctx.store.transaction((tx) => {
    const claimedId = tx.findCallRequest(input.requestId);
    if (claimedId) {
      const claimed = tx.findTicket(claimedId)!;
      return { result: { ticket: projectTicket(claimed) }, events: [] };
    }
    const next = tx
      .ticketsOfDayWithout(serviceDay, notWaitingEventTypes)
      .find((history) => projectTicket(history).status === 'waiting');
    if (!next) {
      throw new QueueError(
        'nothing-waiting',
        'Nobody is waiting right now: try again when a ticket is issued.',
      );
    }
    const { history, event } = appendTicketEvent(tx, next, {
      type: 'ticket.called',
      at,
      counterId: input.counterId,
      data: {},
    });
    tx.saveCallRequest(input.requestId, next.ticket.id, input.counterId);
    return { result: { ticket: projectTicket(history) }, events: [event] };
  });
}
