// POST /api/devices/me/leases: the calling kiosk gets the next block of today's offline numbers of a queue.
import type { FastifyInstance } from 'fastify';
import { hubApi, type NumberLease } from '../../../machines/contracts/index.js';
import { parseInput } from './apiErrors.js';
import { callingDeviceOf } from './callingDevice.js';
import type { RouteDeps } from './routeDeps.js';

export function registerRequestLease(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.requestLease.path, async (request): Promise<NumberLease> => {
    const deviceId = callingDeviceOf(request);
    const body = parseInput(hubApi.requestLease.body, request.body ?? {}, 'body');
    return queue.requestLease({ ...body, deviceId });
  });
}
