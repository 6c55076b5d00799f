// Reads of the ticket tables this slice needs: which device issued a ticket, and a ticket number's status token.
import type Database from 'better-sqlite3';

export function createTicketLookups(db: Database.Database) {
  const issuer = db
    .prepare("SELECT device_id FROM ticket_events WHERE ticket_id = ? AND type = 'ticket.issued' LIMIT 1")
    .pluck();
  const tokenOfNumber = db
    .prepare('SELECT status_token FROM tickets WHERE service_day = ? AND number = ? LIMIT 1')
    .pluck();
  return {
    /** The enrolled device that issued the ticket (its `ticket.issued` event); null for staff or unknown. */
    issuingDeviceOf: (ticketId: string): string | null =>
      (issuer.get(ticketId) as string | null | undefined) ?? null,
    /** The status token of ticket `number` of service day `day`, or undefined. */
    statusTokenOf: (day: string, number: string): string | undefined =>
      (tokenOfNumber.get(day, number) as string | null | undefined) ?? undefined,
  };
}

export type TicketLookups = ReturnType<typeof createTicketLookups>;
