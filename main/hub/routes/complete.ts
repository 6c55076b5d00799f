// POST /api/tickets/:ticketId/complete: closes a called ticket with the outcome the desk chose.
import type { FastifyInstance } from 'fastify';
import { CompleteBody, hubApi } from '../../../machines/contracts/index.js';
import { parseInput } from './apiErrors.js';
import { TicketParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

export function registerComplete(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.complete.path, async (request) => {
    const { ticketId } = parseInput(TicketParams, request.params, 'path');
    const { outcomeId } = parseInput(CompleteBody, request.body ?? {}, 'body');
    return queue.complete({ ticketId, outcomeId });
  });
}
