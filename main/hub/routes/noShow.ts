// POST /api/tickets/:ticketId/no-show: closes a called ticket whose visitor did not come.
import type { FastifyInstance } from 'fastify';
import { hubApi, NoShowBody, type Ticket } from '../../../machines/contracts/index.js';
import { actorOf } from './actorOf.js';
import { parseInput } from './apiErrors.js';
import { TicketParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

export function registerNoShow(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.noShow.path, async (request): Promise<{ ticket: Ticket }> => {
    const { ticketId } = parseInput(TicketParams, request.params, 'path');
    parseInput(NoShowBody, request.body ?? {}, 'body');
    return queue.noShow({ ticketId, by: actorOf(request) });
  });
}
