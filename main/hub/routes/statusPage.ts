// GET /status/:token: the page a ticket's QR code opens, by its unguessable status token (number, status, people
// ahead; nothing else). Ticket ids are not accepted; unknown and malformed tokens get the same 404 page.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { TicketStatus } from '../../../machines/contracts/index.js';
import { IssueTicketResult } from '../../../machines/contracts/index.js';
import { ticketProgressByStatusToken } from '../queue/ticketProgress.js';
import type { RouteDeps } from './routeDeps.js';

const style =
  'body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:28rem;padding:0 1rem;line-height:1.5}' +
  'h1{font-size:3rem;margin:0}p{font-size:1.25rem}';
const styleHash = createHash('sha256').update(style).digest('base64');
const csp = `default-src 'none'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const statusText: Record<TicketStatus, string> = {
  waiting: 'Waiting to be called',
  called: 'Called: please go to the counter now',
  completed: 'Finished',
  'no-show': 'Missed: please ask at the front desk',
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(reply: FastifyReply, status: number, title: string, body: string, refresh: boolean) {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${refresh ? '<meta http-equiv="refresh" content="30">\n' : ''}<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
  return reply
    .code(status)
    .header('content-security-policy', csp)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(html);
}

const StatusTokenParams = z.object({ token: IssueTicketResult.shape.statusToken });

export function registerStatusPage(app: FastifyInstance, { queue }: RouteDeps): void {
  app.get('/status/:token', async (request, reply) => {
    const token = StatusTokenParams.safeParse(request.params);
    const progress = token.success ? ticketProgressByStatusToken(queue.context, token.data.token) : undefined;
    if (!progress) {
      return page(
        reply,
        404,
        'Ticket not found',
        '<h1>Ticket not found</h1>\n<p>Check the link on your ticket, or ask at the front desk.</p>',
        false,
      );
    }
    const { ticket, peopleAhead } = progress;
    const number = escapeHtml(ticket.number);
    const ahead =
      ticket.status === 'waiting' ? `\n<p>People ahead of you: <strong>${peopleAhead}</strong></p>` : '';
    return page(
      reply,
      200,
      `Ticket ${ticket.number}`,
      `<h1>${number}</h1>\n<p role="status">${statusText[ticket.status]}</p>${ahead}\n<p>This page updates every 30 seconds.</p>`,
      ticket.status === 'waiting' || ticket.status === 'called',
    );
  });
}
