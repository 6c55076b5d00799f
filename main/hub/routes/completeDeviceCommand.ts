// POST /api/devices/me/commands/:commandId: the calling kiosk reports a command's result, once.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CompleteCommandBody, type DeviceCommand, hubApi } from '../../../machines/contracts/index.js';
import { parseInput } from './apiErrors.js';
import { callingDeviceOf } from './callingDevice.js';
import type { RouteDeps } from './routeDeps.js';

const CommandParams = z.object({ commandId: z.uuid() });

export function registerCompleteDeviceCommand(app: FastifyInstance, { deviceCare }: RouteDeps): void {
  app.post(hubApi.completeDeviceCommand.path, async (request): Promise<DeviceCommand> => {
    const deviceId = callingDeviceOf(request);
    const { commandId } = parseInput(CommandParams, request.params, 'path');
    const result = parseInput(CompleteCommandBody, request.body ?? {}, 'body');
    return deviceCare.complete(deviceId, commandId, result);
  });
}
