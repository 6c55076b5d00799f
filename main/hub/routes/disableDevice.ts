// POST /api/devices/:deviceId/disable: the device's credential stops working at once; its streams close.
import type { FastifyInstance } from 'fastify';
import { type Device, hubApi } from '../../../machines/contracts/index.js';
import { parseInput } from './apiErrors.js';
import { DeviceParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

export function registerDisableDevice(app: FastifyInstance, { auth }: RouteDeps): void {
  app.post(hubApi.disableDevice.path, async (request): Promise<Device> => {
    const { deviceId } = parseInput(DeviceParams, request.params, 'path');
    parseInput(hubApi.disableDevice.body, request.body ?? {}, 'body');
    return auth.devices.disable(deviceId);
  });
}
