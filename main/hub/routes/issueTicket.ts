// POST /api/tickets: issues a ticket (a retry with the same requestId returns the same ticket).
import type { FastifyInstance } from 'fastify';
import { hubApi, type IssueTicketResult } from '../../../machines/contracts/index.js';
import { parseInput } from './apiErrors.js';
import type { RouteDeps } from './routeDeps.js';
import { StrictIssueTicketBody } from './strictBodies.js';

export function registerIssueTicket(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.issueTicket.path, async (request, reply): Promise<IssueTicketResult> => {
    const body = parseInput(StrictIssueTicketBody, request.body ?? {}, 'body');
    const result = queue.issueTicket(body);
    reply.code(201);
    return result;
  });
}
