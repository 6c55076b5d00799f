// GET /api/queue: today's open tickets, recent calls and the seq of the last event they include.
import type { FastifyInstance } from 'fastify';
import { hubApi, type QueueSnapshot } from '../../../machines/contracts/index.js';
import type { RouteDeps } from './routeDeps.js';

export function registerGetQueue(app: FastifyInstance, { queue }: RouteDeps): void {
  app.get(hubApi.getQueue.path, async (): Promise<QueueSnapshot> => queue.snapshot());
}
