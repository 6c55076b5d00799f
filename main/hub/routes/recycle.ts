// POST /api/tickets/:ticketId/recycle: puts a called or served visitor back into their queue, placed as asked.
import type { FastifyInstance } from 'fastify';
import { hubApi, RecycleBody, type Ticket } from '../../../machines/contracts/index.js';
import { actorOf } from './actorOf.js';
import { parseInput } from './apiErrors.js';
import { TicketParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

export function registerRecycle(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.recycle.path, async (request): Promise<{ ticket: Ticket }> => {
    const { ticketId } = parseInput(TicketParams, request.params, 'path');
    const { placement } = parseInput(RecycleBody, request.body ?? {}, 'body');
    return queue.recycle({ ticketId, placement, by: actorOf(request) });
  });
}
