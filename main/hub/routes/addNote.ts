// POST /api/tickets/:ticketId/notes: adds a staff note to a visit (never shown publicly; never logged).
import type { FastifyInstance } from 'fastify';
import { hubApi, NoteBody, type Ticket } from '../../../machines/contracts/index.js';
import { actorOf } from './actorOf.js';
import { parseInput } from './apiErrors.js';
import { TicketParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

export function registerAddNote(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.addNote.path, async (request): Promise<{ ticket: Ticket }> => {
    const { ticketId } = parseInput(TicketParams, request.params, 'path');
    const { text } = parseInput(NoteBody, request.body ?? {}, 'body');
    return queue.addNote({ ticketId, text, by: actorOf(request) });
  });
}
