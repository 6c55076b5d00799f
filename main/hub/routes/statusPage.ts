// GET /status/:token: the page a ticket's QR code opens, by its unguessable status token (number, status, people
// ahead, estimated wait; nothing else), with a no-JavaScript "Cancel my ticket" form (POST /status/:token/cancel)
// while the ticket waits. Ticket ids are not accepted; unknown and malformed tokens get the same 404 page.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { SiteConfig, TicketStatus, WaitEstimate } from '../../../machines/contracts/index.js';
import { QueueError } from '../queue/queueError.js';
import type { VisitorStatus } from '../queue/queueServiceApi.js';
import { StatusTokenParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';
import { escapeHtml, statusHtml } from './statusPageHtml.js';

const statusText: Record<TicketStatus, string> = {
  waiting: 'Waiting to be called',
  called: 'Called: please go to {counter} now',
  serving: 'You are being served at {counter}',
  parked: 'On hold at {counter}: please stay nearby, staff will come back to you',
  completed: 'Finished: thank you for visiting',
  'no-show': 'Missed: please ask at the front desk',
  left: 'Closed: the desk recorded that you left. Take a new ticket at a kiosk if you still need help',
  cancelled: 'Cancelled: you cancelled this ticket. Take a new ticket at a kiosk if you still need help',
  removed: 'Closed at the end of the day: please take a new ticket next time',
  ended: 'Closed: please ask at the front desk',
};

const counterName = (config: SiteConfig, counterId: string | null) =>
  config.counters.find((c) => c.id === counterId)?.name ?? 'the counter';

const waitText = (estimate: WaitEstimate | null) =>
  estimate === null
    ? 'We cannot estimate the wait right now.'
    : `Estimated wait: about ${estimate.lowMinutes}–${estimate.highMinutes} minutes.`;

function statusBody(
  config: SiteConfig,
  token: string,
  { ticket, peopleAhead, estimatedWait }: VisitorStatus,
) {
  const text = statusText[ticket.status].replace('{counter}', counterName(config, ticket.counterId));
  const lines = [`<h1>${escapeHtml(ticket.number)}</h1>`, `<p role="status">${escapeHtml(text)}</p>`];
  if (ticket.status === 'waiting') {
    lines.push(
      `<p>People ahead of you: <strong>${peopleAhead}</strong></p>`,
      `<p>${waitText(estimatedWait)}</p>`,
      `<form method="post" action="/status/${token}/cancel">`,
      '<p>No longer need to be seen? Cancelling frees your place for others.</p>',
      '<button type="submit">Cancel my ticket</button>',
      '</form>',
    );
  }
  if (ticket.status === 'waiting' || ticket.status === 'called') {
    lines.push('<p>This page updates every 30 seconds.</p>');
  }
  return lines.join('\n');
}

function notFound(reply: FastifyReply) {
  const body = '<h1>Ticket not found</h1>\n<p>Check the link on your ticket, or ask at the front desk.</p>';
  return statusHtml(reply, 404, 'Ticket not found', body, false);
}

export function registerStatusPage(app: FastifyInstance, { config, queue }: RouteDeps): void {
  const visitorStatus = (statusToken: string) => queue.visitorStatus(statusToken);
  app.get('/status/:token', async (request, reply) => {
    const token = StatusTokenParams.safeParse(request.params);
    const status = token.success ? visitorStatus(token.data.token) : undefined;
    if (!token.success || !status) return notFound(reply);
    const open = status.ticket.status === 'waiting' || status.ticket.status === 'called';
    return statusHtml(
      reply,
      200,
      `Ticket ${status.ticket.number}`,
      statusBody(config, token.data.token, status),
      open,
    );
  });

  // The cancel form posts url-encoded (browsers without JavaScript); only this scope accepts that type, so
  // API routes stay JSON-only. The hub's origin check has already refused cross-site posts.
  app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 1024 },
      (_request, _body, done) => done(null, {}),
    );
    scope.post('/status/:token/cancel', async (request, reply) => {
      const token = StatusTokenParams.safeParse(request.params);
      if (!token.success || !visitorStatus(token.data.token)) return notFound(reply);
      try {
        queue.cancelByVisitor({ statusToken: token.data.token });
      } catch (error) {
        if (!(error instanceof QueueError)) throw error;
        const body = `<h1>Not cancelled</h1>\n<p>${escapeHtml(error.message)}</p>\n<p><a href="/status/${token.data.token}">Back to your ticket</a></p>`;
        return statusHtml(reply, 409, 'Not cancelled', body, false);
      }
      return reply.code(303).header('location', `/status/${token.data.token}`).send();
    });
  });
}
