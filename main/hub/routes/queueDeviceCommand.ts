// POST /api/devices/:deviceId/commands: facilities queue a test print, reprint or fault clear for a kiosk.
import type { FastifyInstance } from 'fastify';
import { DeviceCommandRequest, hubApi } from '../../../machines/contracts/index.js';
import { parseInput } from './apiErrors.js';
import { DeviceParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';
import { staffUsernameOf } from './staffUsername.js';

export function registerQueueDeviceCommand(app: FastifyInstance, { deviceCare }: RouteDeps): void {
  app.post(hubApi.queueDeviceCommand.path, async (request, reply) => {
    const { deviceId } = parseInput(DeviceParams, request.params, 'path');
    const body = parseInput(DeviceCommandRequest, request.body ?? {}, 'body');
    return reply.code(201).send(deviceCare.queueCommand(deviceId, body, staffUsernameOf(request)));
  });
}
