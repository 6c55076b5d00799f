// POST /api/tickets/:ticketId/resume: a counter takes a parked visitor back into service.
import type { FastifyInstance } from 'fastify';
import { hubApi, ResumeBody, type Ticket } from '../../../machines/contracts/index.js';
import { actorOf } from './actorOf.js';
import { parseInput } from './apiErrors.js';
import { TicketParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

export function registerResume(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.resume.path, async (request): Promise<{ ticket: Ticket }> => {
    const { ticketId } = parseInput(TicketParams, request.params, 'path');
    const { counterId } = parseInput(ResumeBody, request.body ?? {}, 'body');
    return queue.resume({ ticketId, counterId, by: actorOf(request) });
  });
}
