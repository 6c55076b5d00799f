// Where one ticket stands: its current state and how many visitors wait before it in its queue.
import type { Ticket } from '../../../machines/contracts/index.js';
import { closingEventTypes, projectTicket } from './projection.js';
import type { QueueContext } from './queueContext.js';

export interface TicketProgress {
  ticket: Ticket;
  /** Waiting tickets issued earlier in the same queue and day (0 unless the ticket is waiting). */
  peopleAhead: number;
}

export function ticketProgress(ctx: QueueContext, ticketId: string): TicketProgress | undefined {
  return ctx.store.read((reader) => {
    const history = reader.findTicket(ticketId);
    if (!history) return undefined;
    const ticket = projectTicket(history);
    if (ticket.status !== 'waiting') return { ticket, peopleAhead: 0 };
    const issuedSeq = history.events[0]!.seq;
    const peopleAhead = reader
      .ticketsOfDayWithout(ticket.serviceDay, closingEventTypes)
      .filter((h) => h.ticket.queueId === ticket.queueId && h.events[0]!.seq < issuedSeq)
      .filter((h) => projectTicket(h).status === 'waiting').length;
    return { ticket, peopleAhead };
  });
}

/** Where the ticket behind a public status token stands; undefined for any unknown token. */
export function ticketProgressByStatusToken(ctx: QueueContext, token: string): TicketProgress | undefined {
  const ticketId = ctx.store.read((reader) => reader.findTicketIdByStatusToken(token));
  return ticketId === undefined ? undefined : ticketProgress(ctx, ticketId);
}
