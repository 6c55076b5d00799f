// POST /api/tickets/:ticketId/park: sets a visitor in service aside at the counter (out of every queue).
import type { FastifyInstance } from 'fastify';
import { EmptyBody, hubApi, type Ticket } from '../../../machines/contracts/index.js';
import { actorOf } from './actorOf.js';
import { parseInput } from './apiErrors.js';
import { TicketParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

export function registerPark(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.park.path, async (request): Promise<{ ticket: Ticket }> => {
    const { ticketId } = parseInput(TicketParams, request.params, 'path');
    parseInput(EmptyBody, request.body ?? {}, 'body');
    return queue.park({ ticketId, by: actorOf(request) });
  });
}
