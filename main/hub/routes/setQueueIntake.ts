// POST /api/queues/:queueId/intake: a supervisor closes a queue to new tickets for the rest of the day, or reopens it.
import type { FastifyInstance } from 'fastify';
import { hubApi, QueueIntakeBody, type QueueState } from '../../../machines/contracts/index.js';
import { actorOf } from './actorOf.js';
import { parseInput } from './apiErrors.js';
import { QueueParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

export function registerSetQueueIntake(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.setQueueIntake.path, async (request): Promise<QueueState> => {
    const { queueId } = parseInput(QueueParams, request.params, 'path');
    const { open } = parseInput(QueueIntakeBody, request.body ?? {}, 'body');
    return queue.setQueueIntake({ queueId, open, by: actorOf(request) });
  });
}
