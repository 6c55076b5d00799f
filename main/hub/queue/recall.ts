// Re-announces a called ticket from a counter; each recall adds one to its call count.
import type { Ticket } from '../../../machines/contracts/index.js';
import { appendTicketEvent } from './appendTicketEvent.js';
import { requireCalledTicket } from './calledTicket.js';
import { projectTicket } from './projection.js';
import type { CommandResult, QueueContext } from './queueContext.js';
import { requireCounter } from './requireConfig.js';

export function recall(
  ctx: QueueContext,
  input: { ticketId: string; counterId: string },
): CommandResult<{ ticket: Ticket }> {
  requireCounter(ctx.config, input.counterId);
  const at = ctx.now().toISOString();
  return ctx.store.transaction((tx) => {
    const called = requireCalledTicket(tx, input.ticketId, 'recalled');
    const { history, event } = appendTicketEvent(tx, called, {
      type: 'ticket.recalled',
      at,
      counterId: input.counterId,
      data: {},
    });
    return { result: { ticket: projectTicket(history) }, events: [event] };
  });
}
