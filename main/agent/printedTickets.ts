// The tickets this kiosk printed since it started (the most recent ones only), kept so one can be reprinted.
import type { TicketPrintData } from '../../printers/ticketLayout.js';
import { BoundedMap } from './boundedMap.js';

export interface PrintedTickets {
  /** Keeps a printed ticket's print data; the oldest is forgotten beyond the limit. */
  remember(ticketId: string, data: TicketPrintData): void;
  /** The ticket's print data (`null`: the last printed ticket), or undefined when it is not kept. */
  find(ticketId: string | null): TicketPrintData | undefined;
}

export function createPrintedTickets(limit = 50): PrintedTickets {
  const kept = new BoundedMap<string, TicketPrintData>(limit);
  let last: string | null = null;
  return {
    remember(ticketId, data) {
      kept.set(ticketId, data);
      last = ticketId;
    },
    find(ticketId) {
      const id = ticketId ?? last;
      return id === null ? undefined : kept.get(id);
    },
  };
}
