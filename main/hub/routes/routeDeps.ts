// What the route modules are given by createHub.
import type { HubEventBus } from '../queue/hubEventBus.js';
import type { QueueService } from '../queue/queueService.js';

export interface RouteDeps {
  queue: QueueService;
  bus: HubEventBus;
  version: string;
}
