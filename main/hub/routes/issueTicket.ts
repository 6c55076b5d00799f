// POST /api/tickets: issues a ticket (a retry with the same requestId returns the same ticket); only staff may
// choose a priority class.
import type { FastifyInstance } from 'fastify';
import { hubApi, type IssueTicketResult } from '../../../machines/contracts/index.js';
import { QueueError } from '../queue/queueError.js';
import { actorOf } from './actorOf.js';
import { parseInput } from './apiErrors.js';
import type { RouteDeps } from './routeDeps.js';
import { StrictIssueTicketBody } from './strictBodies.js';

export function registerIssueTicket(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.issueTicket.path, async (request, reply): Promise<IssueTicketResult> => {
    const body = parseInput(StrictIssueTicketBody, request.body ?? {}, 'body');
    const by = actorOf(request);
    if (body.priorityClass !== undefined && by.userId === null) {
      throw new QueueError(
        'forbidden',
        'Kiosks may not choose a priority class: leave "priorityClass" out (the hub picks it from the needs).',
      );
    }
    const result = queue.issueTicket({ ...body, by });
    reply.code(201);
    return result;
  });
}
