// Handling times of a queue's visits today (first call → completion, transfer or end), for the wait estimate.
import type { TicketEventType } from '../../../machines/contracts/index.js';
import type { TicketHistory } from '../store/queueStore.js';

const endOfHandling: readonly TicketEventType[] = [
  'ticket.completed',
  'ticket.transferred',
  'ticket.endedByLogout',
];

/** Minutes per finished transaction of `queueId`, ordered by when each finished (oldest first). */
export function recentHandlingMinutes(histories: readonly TicketHistory[], queueId: string): number[] {
  const samples: { endMs: number; minutes: number }[] = [];
  for (const { ticket, events } of histories) {
    let currentQueue = ticket.queueId;
    let firstCallMs: number | null = null;
    for (const event of events) {
      if (event.type === 'ticket.called' && firstCallMs === null) firstCallMs = Date.parse(event.at);
      if (endOfHandling.includes(event.type)) {
        const endMs = Date.parse(event.at);
        if (firstCallMs !== null && currentQueue === queueId) {
          samples.push({ endMs, minutes: (endMs - firstCallMs) / 60_000 });
        }
        const nextQueue = event.type === 'ticket.transferred' ? event.data.queueId : undefined;
        if (typeof nextQueue === 'string' && typeof event.data.serviceId === 'string')
          currentQueue = nextQueue;
        firstCallMs = null;
      }
    }
  }
  return samples.sort((a, b) => a.endMs - b.endMs).map((s) => s.minutes);
}
