// POST /api/tickets/:ticketId/transfer: sends a visitor to another service and/or counter, placed as asked.
import type { FastifyInstance } from 'fastify';
import { hubApi, type Ticket, TransferBody } from '../../../machines/contracts/index.js';
import { actorOf } from './actorOf.js';
import { parseInput } from './apiErrors.js';
import { TicketParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

export function registerTransfer(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.transfer.path, async (request): Promise<{ ticket: Ticket }> => {
    const { ticketId } = parseInput(TicketParams, request.params, 'path');
    const body = parseInput(TransferBody, request.body ?? {}, 'body');
    return queue.transfer({ ...body, ticketId, by: actorOf(request) });
  });
}
