// Fan-out of committed ticket events to live subscribers (the WebSocket streams), in seq order.
import type { TicketEvent } from '../../../machines/contracts/index.js';

export type TicketEventListener = (event: TicketEvent) => void;

export interface HubEventBus {
  /** Registers `listener`; returns the function that removes it. */
  subscribe(listener: TicketEventListener): () => void;
  /** Delivers committed events to every listener; one failing listener never stops the others. */
  publish(events: readonly TicketEvent[]): void;
}

export function createHubEventBus(onListenerError: (error: unknown) => void): HubEventBus {
  const listeners = new Set<TicketEventListener>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish(events) {
      for (const event of events) {
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
