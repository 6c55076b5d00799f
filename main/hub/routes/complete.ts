// POST /api/tickets/:ticketId/complete: closes a visit with the outcome the desk chose (and its detail).
import type { FastifyInstance } from 'fastify';
import { CompleteBody, hubApi, type Ticket } from '../../../machines/contracts/index.js';
import { actorOf } from './actorOf.js';
import { parseInput } from './apiErrors.js';
import { TicketParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

export function registerComplete(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.complete.path, async (request): Promise<{ ticket: Ticket }> => {
    const { ticketId } = parseInput(TicketParams, request.params, 'path');
    const body = parseInput(CompleteBody, request.body ?? {}, 'body');
    return queue.complete({ ...body, ticketId, by: actorOf(request) });
  });
}
