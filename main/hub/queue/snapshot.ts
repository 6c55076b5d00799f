// Today's queue as one consistent snapshot: open tickets, recent calls and the last event's seq.
import type { PublicCall, QueueSnapshot, Ticket } from '../../../machines/contracts/index.js';
import type { QueueReader } from '../store/queueStore.js';
import {
  callEventTypes,
  callFactsOfStored,
  closingEventTypes,
  projectTicket,
  toPublicCall,
} from './projection.js';
import { type QueueContext, today } from './queueContext.js';

/** How many recent calls a snapshot carries (newest first). */
export const recentCallLimit = 10;

export function queueSnapshot(ctx: QueueContext): QueueSnapshot {
  const serviceDay = today(ctx);
  return ctx.store.read((reader) => {
    const open = reader.ticketsOfDayWithout(serviceDay, closingEventTypes);
    const called: { ticket: Ticket; lastCallSeq: number }[] = [];
    const waiting: Ticket[] = [];
    for (const history of open) {
      const ticket = projectTicket(history);
      if (ticket.status === 'waiting') waiting.push(ticket);
      else {
        const calls = history.events.filter((e) => callEventTypes.includes(e.type));
        called.push({ ticket, lastCallSeq: calls.at(-1)?.seq ?? 0 });
      }
    }
    called.sort((a, b) => a.lastCallSeq - b.lastCallSeq);
    return {
      seq: reader.lastEventSeq(),
      serviceDay,
      tickets: [...called.map((c) => c.ticket), ...waiting],
      recentCalls: recentCalls(ctx, reader, serviceDay),
    };
  });
}

function recentCalls(ctx: QueueContext, reader: QueueReader, serviceDay: string): PublicCall[] {
  return reader
    .latestEventsOfDay(serviceDay, callEventTypes, recentCallLimit)
    .map((e) => toPublicCall(ctx.config, callFactsOfStored(e)));
}

/** The display's view of the snapshot: the last event seq and recent calls only. */
export function displaySnapshot(ctx: QueueContext): { seq: number; calls: PublicCall[] } {
  const serviceDay = today(ctx);
  return ctx.store.read((reader) => ({
    seq: reader.lastEventSeq(),
    calls: recentCalls(ctx, reader, serviceDay),
  }));
}
