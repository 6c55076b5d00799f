// Shared setup for the recall, no-show and complete endpoint tests: a hub with one ticket called.
import { type Ticket, TicketResult } from '../../../../machines/contracts/index.js';
import type { TestHub } from './testHub.js';

/** Issues `count` tickets and calls the first to counter-2; returns the called ticket and the rest. */
export async function callOne(hub: TestHub, count = 2): Promise<{ called: Ticket; waiting: Ticket[] }> {
  const tickets: Ticket[] = [];
  for (let i = 0; i < count; i++) tickets.push(TicketResult.parse((await hub.issue()).json()).ticket);
  const called = TicketResult.parse((await hub.callNext('counter-2')).json()).ticket;
  return { called, waiting: tickets.slice(1) };
}
