// POST /api/counters/:counterId/walk-in: creates a visit at the desk and starts serving it there at once.
import type { FastifyInstance } from 'fastify';
import { hubApi } from '../../../machines/contracts/index.js';
import { actorOf } from './actorOf.js';
import { parseInput } from './apiErrors.js';
import { CounterParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';
import { StrictWalkInBody } from './strictBodies.js';

export function registerWalkIn(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.walkIn.path, async (request, reply) => {
    const { counterId } = parseInput(CounterParams, request.params, 'path');
    const body = parseInput(StrictWalkInBody, request.body ?? {}, 'body');
    const result = queue.walkIn({ ...body, counterId, by: actorOf(request) });
    reply.code(201);
    return result;
  });
}
