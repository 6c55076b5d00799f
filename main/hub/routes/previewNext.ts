// GET /api/counters/:counterId/next: who call-next would pick at this counter now, and why (writes nothing).
import type { FastifyInstance } from 'fastify';
import { hubApi, type NextExplanation } from '../../../machines/contracts/index.js';
import { parseInput } from './apiErrors.js';
import { CounterParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

export function registerPreviewNext(app: FastifyInstance, { queue }: RouteDeps): void {
  app.get(hubApi.previewNext.path, async (request): Promise<NextExplanation> => {
    const { counterId } = parseInput(CounterParams, request.params, 'path');
    return queue.previewNext({ counterId });
  });
}
