// Closes a called ticket whose visitor did not come to the counter.
import type { Ticket } from '../../../machines/contracts/index.js';
import { appendTicketEvent } from './appendTicketEvent.js';
import { requireCalledTicket } from './calledTicket.js';
import { projectTicket } from './projection.js';
import type { CommandResult, QueueContext } from './queueContext.js';

export function noShow(ctx: QueueContext, input: { ticketId: string }): CommandResult<{ ticket: Ticket }> {
  const at = ctx.now().toISOString();
  return ctx.store.transaction((tx) => {
    const called = requireCalledTicket(tx, input.ticketId, 'marked as a no-show');
    const { history, event } = appendTicketEvent(tx, called, {
      type: 'ticket.noShow',
      at,
      counterId: projectTicket(called).counterId,
      data: {},
    });
    return { result: { ticket: projectTicket(history) }, events: [event] };
  });
}
