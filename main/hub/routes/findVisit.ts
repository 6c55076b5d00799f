// GET /api/tickets/find?q=: today's visit for a scanned status URL or token, or a typed ticket number.
import type { FastifyInstance } from 'fastify';
import { FindVisitQuery, hubApi } from '../../../machines/contracts/index.js';
import { findVisitToday } from '../devices/visitLookup.js';
import { parseInput } from './apiErrors.js';
import type { RouteDeps } from './routeDeps.js';

export function registerFindVisit(app: FastifyInstance, { queue, ticketLookups }: RouteDeps): void {
  app.get(hubApi.findVisit.path, async (request) => {
    const { q } = parseInput(FindVisitQuery, request.query ?? {}, 'query');
    return findVisitToday(queue, ticketLookups, q);
  });
}
