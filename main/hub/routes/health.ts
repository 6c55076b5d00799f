// GET /api/health: liveness plus the hub's version, service day and clock (displays set their clock from it).
import type { FastifyInstance } from 'fastify';
import { type Health, hubApi } from '../../../machines/contracts/index.js';
import type { RouteDeps } from './routeDeps.js';

export function registerHealth(app: FastifyInstance, { queue, version, now }: RouteDeps): void {
  app.get(
    hubApi.health.path,
    async (): Promise<Health> => ({
      status: 'ok',
      version,
      serviceDay: queue.serviceDay(),
      time: now().toISOString(),
    }),
  );
}
