// The end of a service day: open visits of past days are removed and counters left signed in are signed out.
import type { VisitStage } from '../../../machines/contracts/index.js';
import { counterStates } from './floorState.js';
import { closingEventTypes } from './projection.js';
import type { CommandResult, QueueContext } from './queueContext.js';
import { appendFloor, appendVisitEvent, runCommand, visitOf } from './work.js';

/** Closes every open visit of a past service day (removed, day-end); returns how many. */
export function closePastDays(ctx: QueueContext): CommandResult<number> {
  return runCommand(ctx, { userId: null, deviceId: null }, (work) => {
    let removed = 0;
    for (const history of work.tx.openTicketsBefore(work.day, closingEventTypes)) {
      const visit = visitOf(history);
      const stage = visit.ticket.status as VisitStage;
      appendVisitEvent(work, visit, 'ticket.removed', { stage, reason: 'day-end' }, visit.ticket.counterId);
      removed += 1;
    }
    const lastDay = new Map(work.tx.lastCounterEvents().map((e) => [e.counterId, e.serviceDay]));
    for (const counter of counterStates(ctx.config, work.tx)) {
      const day = lastDay.get(counter.counterId);
      if (counter.status !== 'closed' && day !== undefined && day < work.day) {
        appendFloor(work, 'counter.signedOut', { counterId: counter.counterId, data: {} });
      }
    }
    return removed;
  });
}
