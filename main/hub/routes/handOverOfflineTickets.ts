// POST /api/tickets/offline: the calling kiosk hands over tickets it issued while the hub was unreachable; each
// comes back placed, duplicate, closed or rejected (with a reason). The audit row carries only the counts.
import type { FastifyInstance } from 'fastify';
import { type HandOverResult, hubApi } from '../../../machines/contracts/index.js';
import { parseInput } from './apiErrors.js';
import { callingDeviceOf } from './callingDevice.js';
import type { RouteDeps } from './routeDeps.js';

export function registerHandOverOfflineTickets(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.handOverOfflineTickets.path, async (request): Promise<HandOverResult> => {
    const deviceId = callingDeviceOf(request);
    const body = parseInput(hubApi.handOverOfflineTickets.body, request.body ?? {}, 'body');
    return queue.handOverOfflineTickets({ ...body, deviceId });
  });
}
