// POST /api/counters/:counterId/call-next: claims the next ticket for a counter (the one previewNext names).
import type { FastifyInstance } from 'fastify';
import { CallNextBody, type CallNextResult, hubApi } from '../../../machines/contracts/index.js';
import { actorOf } from './actorOf.js';
import { parseInput } from './apiErrors.js';
import { CounterParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

export function registerCallNext(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.callNext.path, async (request): Promise<CallNextResult> => {
    const { counterId } = parseInput(CounterParams, request.params, 'path');
    const { requestId } = parseInput(CallNextBody, request.body ?? {}, 'body');
    return queue.callNext({ counterId, requestId, by: actorOf(request) });
  });
}
