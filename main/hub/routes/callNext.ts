// POST /api/counters/:counterId/call-next: claims the next waiting ticket for a counter, atomically.
import type { FastifyInstance } from 'fastify';
import { CallNextBody, hubApi } from '../../../machines/contracts/index.js';
import { parseInput } from './apiErrors.js';
import { CounterParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

export function registerCallNext(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.callNext.path, async (request) => {
    const { counterId } = parseInput(CounterParams, request.params, 'path');
    const { requestId } = parseInput(CallNextBody, request.body ?? {}, 'body');
    return queue.callNext({ counterId, requestId });
  });
}
