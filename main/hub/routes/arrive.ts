// POST /api/tickets/:ticketId/arrive: the called visitor reached the counter; service begins.
import type { FastifyInstance } from 'fastify';
import { EmptyBody, hubApi, type Ticket } from '../../../machines/contracts/index.js';
import { actorOf } from './actorOf.js';
import { parseInput } from './apiErrors.js';
import { TicketParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

export function registerArrive(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.arrive.path, async (request): Promise<{ ticket: Ticket }> => {
    const { ticketId } = parseInput(TicketParams, request.params, 'path');
    parseInput(EmptyBody, request.body ?? {}, 'body');
    return queue.confirmArrival({ ticketId, by: actorOf(request) });
  });
}
