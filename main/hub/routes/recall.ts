// POST /api/tickets/:ticketId/recall: announces a called ticket again from its counter (cool-down, max calls).
import type { FastifyInstance } from 'fastify';
import { hubApi, RecallBody, type Ticket } from '../../../machines/contracts/index.js';
import { actorOf } from './actorOf.js';
import { parseInput } from './apiErrors.js';
import { TicketParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

export function registerRecall(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.recall.path, async (request): Promise<{ ticket: Ticket }> => {
    const { ticketId } = parseInput(TicketParams, request.params, 'path');
    const { counterId } = parseInput(RecallBody, request.body ?? {}, 'body');
    return queue.recall({ ticketId, counterId, by: actorOf(request) });
  });
}
