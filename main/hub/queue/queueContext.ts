// What every queue command needs (store, site configuration, clock) and the result shape commands return.
import type { SiteConfig } from '../../../machines/contracts/index.js';
import { serviceDayOf } from '../../../machines/time/serviceDay.js';
import type { QueueStore } from '../store/queueStore.js';
import type { HubEvent } from './hubEventBus.js';

export interface QueueContext {
  store: QueueStore;
  config: SiteConfig;
  now: () => Date;
  /** The showing notice that stops tickets for `serviceId` at `at` (its closing time has come), or null. */
  closingNotice?: (serviceId: string, at: Date) => string | null;
}

/** A command's answer plus the events it committed (empty when a retry found the work already done). */
export interface CommandResult<T> {
  result: T;
  events: HubEvent[];
}

/** The site-local service day of `instant` (default: the clock's current instant). */
export function today(ctx: QueueContext, instant: Date = ctx.now()): string {
  return serviceDayOf(instant, ctx.config.site.timeZone);
}
