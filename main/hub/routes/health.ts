// GET /api/health: liveness plus the hub's version, service day and clock (displays set their clock from it).
import type { FastifyInstance } from 'fastify';
import { type Health, hubApi } from '../../../machines/contracts/index.js';
import { today } from '../queue/queueContext.js';
import type { RouteDeps } from './routeDeps.js';

export function registerHealth(app: FastifyInstance, { queue, version }: RouteDeps): void {
  app.get(hubApi.health.path, async (): Promise<Health> => {
    const { context } = queue;
    return { status: 'ok', version, serviceDay: today(context), time: context.now().toISOString() };
  });
}
