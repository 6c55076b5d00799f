// POST /api/tickets/:ticketId/reprint: asks the kiosk that issued a ticket to print it again.
import type { FastifyInstance } from 'fastify';
import { hubApi } from '../../../machines/contracts/index.js';
import { parseInput } from './apiErrors.js';
import { TicketParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';
import { staffUsernameOf } from './staffUsername.js';

export function registerReprintTicket(app: FastifyInstance, { deviceCare }: RouteDeps): void {
  app.post(hubApi.reprintTicket.path, async (request, reply) => {
    const { ticketId } = parseInput(TicketParams, request.params, 'path');
    parseInput(hubApi.reprintTicket.body, request.body ?? {}, 'body');
    return reply.code(201).send(deviceCare.reprint(ticketId, staffUsernameOf(request)));
  });
}
