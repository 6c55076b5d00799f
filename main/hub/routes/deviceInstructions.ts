// GET /api/devices/me/instructions: the calling kiosk's due commands (marked fetched), its out-of-service notice
// and which other kiosks can print now.
import type { FastifyInstance } from 'fastify';
import { type DeviceInstructions, hubApi } from '../../../machines/contracts/index.js';
import { callingDeviceOf } from './callingDevice.js';
import type { RouteDeps } from './routeDeps.js';

export function registerDeviceInstructions(app: FastifyInstance, { deviceCare }: RouteDeps): void {
  app.get(
    hubApi.deviceInstructions.path,
    async (request): Promise<DeviceInstructions> => deviceCare.instructions(callingDeviceOf(request)),
  );
}
