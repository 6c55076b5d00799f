// Appends one event to a ticket's history inside a transaction and returns the contract event it became.
import type { TicketEvent } from '../../../machines/contracts/index.js';
import type { NewEvent, QueueTx, TicketHistory } from '../store/queueStore.js';
import { toTicketEvent } from './projection.js';

export function appendTicketEvent(
  tx: QueueTx,
  history: TicketHistory,
  event: Omit<NewEvent, 'ticketId'>,
): { history: TicketHistory; event: TicketEvent } {
  const stored = tx.appendEvent({ ...event, ticketId: history.ticket.id });
  const next: TicketHistory = { ticket: history.ticket, events: [...history.events, stored] };
  return { history: next, event: toTicketEvent(next, stored) };
}
