// Closes a called ticket with the outcome the desk recorded (e.g. resolved at first contact).
import type { Ticket } from '../../../machines/contracts/index.js';
import { appendTicketEvent } from './appendTicketEvent.js';
import { requireCalledTicket } from './calledTicket.js';
import { projectTicket } from './projection.js';
import type { CommandResult, QueueContext } from './queueContext.js';
import { requireOutcome } from './requireConfig.js';

export function complete(
  ctx: QueueContext,
  input: { ticketId: string; outcomeId: string },
): CommandResult<{ ticket: Ticket }> {
  requireOutcome(ctx.config, input.outcomeId);
  const at = ctx.now().toISOString();
  return ctx.store.transaction((tx) => {
    const called = requireCalledTicket(tx, input.ticketId, 'completed');
    const { history, event } = appendTicketEvent(tx, called, {
      type: 'ticket.completed',
      at,
      counterId: projectTicket(called).counterId,
      data: { outcomeId: input.outcomeId },
    });
    return { result: { ticket: projectTicket(history) }, events: [event] };
  });
}
