// GET /api/devices: every enrolled kiosk and display with when it was last seen.
import type { FastifyInstance } from 'fastify';
import { hubApi } from '../../../machines/contracts/index.js';
import type { RouteDeps } from './routeDeps.js';

export function registerListDevices(app: FastifyInstance, { auth }: RouteDeps): void {
  app.get(hubApi.listDevices.path, async () => ({ devices: auth.devices.list() }));
}
