// POST /api/counters/:counterId/call: calls one chosen waiting ticket; two desks racing: one wins, one `conflict`.
import type { FastifyInstance } from 'fastify';
import { CallTicketBody, hubApi } from '../../../machines/contracts/index.js';
import { actorOf } from './actorOf.js';
import { parseInput } from './apiErrors.js';
import { CounterParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

export function registerCallTicket(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.callTicket.path, async (request) => {
    const { counterId } = parseInput(CounterParams, request.params, 'path');
    const { ticketId, requestId } = parseInput(CallTicketBody, request.body ?? {}, 'body');
    return queue.callTicket({ counterId, ticketId, requestId, by: actorOf(request) });
  });
}
