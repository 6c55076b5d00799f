// POST /api/status/:token/cancel: the visitor cancels their own waiting ticket, by its status token (public).
import type { FastifyInstance } from 'fastify';
import { EmptyBody, hubApi } from '../../../machines/contracts/index.js';
import { QueueError } from '../queue/queueError.js';
import { parseInput } from './apiErrors.js';
import { StatusTokenParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

export function registerCancelByVisitor(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.cancelByVisitor.path, async (request): Promise<{ ok: true }> => {
    const params = StatusTokenParams.safeParse(request.params);
    // A malformed token gets the same answer as an unknown one: the route reveals nothing about tokens.
    if (!params.success) {
      throw new QueueError('not-found', 'No ticket has this link: check the link on your ticket.');
    }
    parseInput(EmptyBody, request.body ?? {}, 'body');
    return queue.cancelByVisitor({ statusToken: params.data.token });
  });
}
