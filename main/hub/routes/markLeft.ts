// POST /api/tickets/:ticketId/left: staff record that the visitor left before service ended (with the stage).
import type { FastifyInstance } from 'fastify';
import { EmptyBody, hubApi, type Ticket } from '../../../machines/contracts/index.js';
import { actorOf } from './actorOf.js';
import { parseInput } from './apiErrors.js';
import { TicketParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

export function registerMarkLeft(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.markLeft.path, async (request): Promise<{ ticket: Ticket }> => {
    const { ticketId } = parseInput(TicketParams, request.params, 'path');
    parseInput(EmptyBody, request.body ?? {}, 'body');
    return queue.markLeft({ ticketId, by: actorOf(request) });
  });
}
