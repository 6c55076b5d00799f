// GET /api/status/:token: a ticket's public status as JSON (the twin of the status page /status/:token); ticket
// ids, unknown and malformed tokens all get the same 404 not-found.
import type { FastifyInstance } from 'fastify';
import { hubApi, type TicketStatusView } from '../../../machines/contracts/index.js';
import { ticketStatusOf } from '../devices/visitLookup.js';
import type { RouteDeps } from './routeDeps.js';

export function registerTicketStatus(app: FastifyInstance, { queue, config }: RouteDeps): void {
  app.get(hubApi.ticketStatus.path, async (request): Promise<TicketStatusView> => {
    const { token } = request.params as { token?: unknown };
    return ticketStatusOf(queue, config, typeof token === 'string' ? token : '');
  });
}
