// GET /api/devices/:deviceId/commands: a kiosk's newest commands (at most 20, newest first) and their results.
import type { FastifyInstance } from 'fastify';
import { type DeviceCommandList, hubApi } from '../../../machines/contracts/index.js';
import { parseInput } from './apiErrors.js';
import { DeviceParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

export function registerListDeviceCommands(app: FastifyInstance, { deviceCare }: RouteDeps): void {
  app.get(hubApi.listDeviceCommands.path, async (request): Promise<DeviceCommandList> => {
    const { deviceId } = parseInput(DeviceParams, request.params, 'path');
    return deviceCare.listCommands(deviceId);
  });
}
