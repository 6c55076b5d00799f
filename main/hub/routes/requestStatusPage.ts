// GET /request/:token: the page a request receipt's QR code opens, by its unguessable status token: the local
// reference, the service, a plain status sentence and the city's case number once known; nothing personal and
// nothing of what the visitor typed. Unknown and malformed tokens get the same 404 page.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { CaseStatusToken, type CaseStatusView } from '../../../machines/contracts/index.js';
import type { CaseRouteDeps } from '../cases/caseRouteDeps.js';
import { escapeHtml, statusHtml } from './statusPageHtml.js';

function statusSentence(status: CaseStatusView): string {
  switch (status.status) {
    case 'received':
      return "Received: your request is saved and will be sent to the City's 311 system shortly.";
    case 'sent':
      return "Sent: the City's 311 system has your request. If the City gives it a case number, it appears here.";
    case 'case-created':
      return "Case created: the City's 311 system has your request.";
    case 'needs-attention':
      return 'Being checked: staff are looking at your request before it is sent. Ask at the front desk if you have questions.';
    case 'withdrawn':
      return 'Withdrawn: this request was not sent. Ask at the front desk if you have questions.';
  }
}

function pageBody(status: CaseStatusView): string {
  const lines = [
    `<h1>${escapeHtml(status.localReference)}</h1>`,
    `<p>${escapeHtml(status.serviceName)}</p>`,
    `<p role="status">${escapeHtml(statusSentence(status))}</p>`,
  ];
  if (status.caseId !== null) {
    lines.push(`<p>City case number: <strong>${escapeHtml(status.caseId)}</strong></p>`);
  }
  if (status.serviceNotice !== null) lines.push(`<p>${escapeHtml(status.serviceNotice)}</p>`);
  if (status.status === 'received' || status.status === 'sent') {
    lines.push('<p>This page updates every 30 seconds.</p>');
  }
  return lines.join('\n');
}

function notFound(reply: FastifyReply) {
  const body = '<h1>Request not found</h1>\n<p>Check the link on your receipt, or ask at the front desk.</p>';
  return statusHtml(reply, 404, 'Request not found', body, false);
}

export function registerRequestStatusPage(app: FastifyInstance, { cases }: CaseRouteDeps): void {
  app.get('/request/:token', async (request, reply) => {
    const token = CaseStatusToken.safeParse((request.params as { token?: unknown }).token);
    const status = token.success ? cases.statusOf(token.data) : undefined;
    if (!status) return notFound(reply);
    const waiting = status.status === 'received' || status.status === 'sent';
    return statusHtml(reply, 200, `Request ${status.localReference}`, pageBody(status), waiting);
  });
}
