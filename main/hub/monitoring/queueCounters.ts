// Counts committed ticket events by service since the hub started (Prometheus counters: a restart resets them,
// which rate() and increase() expect): tickets issued, calls and recalls.
import type { SiteConfig } from '../../../machines/contracts/index.js';
import { type HubEventBus, isTicketEvent } from '../queue/hubEventBus.js';
import type { Sample } from './promText.js';

export interface QueueCounters {
  issued(): Sample[];
  calls(): Sample[];
  recalls(): Sample[];
  stop(): void;
}

export function countQueueEvents(bus: HubEventBus, config: SiteConfig): QueueCounters {
  const zeroes = () => new Map(config.services.map((service) => [service.id, 0]));
  const issued = zeroes();
  const calls = zeroes();
  const recalls = zeroes();
  const bump = (counts: Map<string, number>, serviceId: string) =>
    counts.set(serviceId, (counts.get(serviceId) ?? 0) + 1);
  const stop = bus.subscribe((event) => {
    if (!isTicketEvent(event)) return;
    if (event.type === 'ticket.issued') bump(issued, event.ticket.serviceId);
    if (event.type === 'ticket.called') bump(calls, event.ticket.serviceId);
    if (event.type === 'ticket.recalled') bump(recalls, event.ticket.serviceId);
  });
  const samples = (counts: Map<string, number>): Sample[] =>
    [...counts].map(([service, value]) => ({ labels: { service }, value }));
  return {
    issued: () => samples(issued),
    calls: () => samples(calls),
    recalls: () => samples(recalls),
    stop,
  };
}
