// What every queue command needs: the store, the site configuration and the clock.
import type { SiteConfig, TicketEvent } from '../../../machines/contracts/index.js';
import { serviceDayOf } from '../../../machines/time/serviceDay.js';
import type { QueueStore } from '../store/queueStore.js';

export interface QueueContext {
  store: QueueStore;
  config: SiteConfig;
  now: () => Date;
}

/** A command's answer plus the events it appended (empty when a retry found the work already done). */
export interface CommandResult<T> {
  result: T;
  events: TicketEvent[];
}

/** The site-local service day of the clock's current instant. */
export function today(ctx: QueueContext): string {
  return serviceDayOf(ctx.now(), ctx.config.site.timeZone);
}
