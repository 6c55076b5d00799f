// Finds a ticket that must currently be called, inside a transaction, or throws not-found / wrong-state.
import type { QueueTx, TicketHistory } from '../store/queueStore.js';
import { projectTicket } from './projection.js';
import { QueueError } from './queueError.js';

export function requireCalledTicket(tx: QueueTx, ticketId: string, action: string): TicketHistory {
  const history = tx.findTicket(ticketId);
  if (!history) {
    throw new QueueError('not-found', `There is no ticket with id ${ticketId}: check the id and try again.`);
  }
  const ticket = projectTicket(history);
  if (ticket.status !== 'called') {
    throw new QueueError(
      'wrong-state',
      `Ticket ${ticket.number} is ${ticket.status}, not called, so it cannot be ${action}: refresh the queue.`,
    );
  }
  return history;
}
