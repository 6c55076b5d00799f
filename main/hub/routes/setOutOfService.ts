// POST /api/devices/:deviceId/out-of-service: a kiosk shows visitors a notice instead of the visit flow, or
// (message null) goes back into service.
import type { FastifyInstance } from 'fastify';
import { type Device, hubApi, SetOutOfServiceBody } from '../../../machines/contracts/index.js';
import { parseInput } from './apiErrors.js';
import { DeviceParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

export function registerSetOutOfService(app: FastifyInstance, { deviceCare }: RouteDeps): void {
  app.post(hubApi.setOutOfService.path, async (request): Promise<Device> => {
    const { deviceId } = parseInput(DeviceParams, request.params, 'path');
    const { message } = parseInput(SetOutOfServiceBody, request.body ?? {}, 'body');
    return deviceCare.setOutOfService(deviceId, message);
  });
}
