// GET /api/devices/me/leases: the calling kiosk's blocks of offline numbers for today.
import type { FastifyInstance } from 'fastify';
import { hubApi, type LeaseList } from '../../../machines/contracts/index.js';
import { callingDeviceOf } from './callingDevice.js';
import type { RouteDeps } from './routeDeps.js';

export function registerListLeases(app: FastifyInstance, { queue }: RouteDeps): void {
  app.get(
    hubApi.listLeases.path,
    async (request): Promise<LeaseList> => queue.listLeases(callingDeviceOf(request)),
  );
}
