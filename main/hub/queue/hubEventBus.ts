// Fan-out of committed hub events (ticket and floor events, one hub-wide seq) to live subscribers, in seq order.
import type { FloorEvent, TicketEvent } from '../../../machines/contracts/index.js';

/** What the bus carries: a ticket event (it has `ticket`) or a floor event. */
export type HubEvent = TicketEvent | FloorEvent;

export type HubEventListener = (event: HubEvent) => void;

export interface HubEventBus {
  /** Registers `listener`; returns the function that removes it. */
  subscribe(listener: HubEventListener): () => void;
  /** Delivers committed events to every listener; one failing listener never stops the others. */
  publish(events: readonly HubEvent[]): void;
}

export const isTicketEvent = (event: HubEvent): event is TicketEvent => 'ticket' in event;

export function createHubEventBus(onListenerError: (error: unknown) => void): HubEventBus {
  const listeners = new Set<HubEventListener>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish(events) {
      for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
        for (const listener of listeners) {
          try {
            listener(event);
          } catch (error) {
            onListenerError(error);
          }
        }
      }
    },
  };
}
