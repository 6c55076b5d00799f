// GET /request/:token: the page a request receipt's QR code opens, by its unguessable status token, in the
// visitor's language: the local reference, the service, a plain status sentence and the city's case number once
// known; nothing personal and nothing of what the visitor typed. Unknown and malformed tokens get the same 404.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { type CaseCatalog, CaseStatusToken, type CaseStatusView } from '../../../machines/contracts/index.js';
import { type Catalogs, type Translate, translator } from '../../../machines/i18n/translate.js';
import { loadCatalogs } from '../../localesFromDisk.js';
import type { CaseRouteDeps } from '../cases/caseRouteDeps.js';
import { escapeHtml, statusHtml } from './statusPageHtml.js';

/** The service's name in the visitor's language when the catalog has it, else the case store's own. */
function serviceNameIn(catalog: CaseCatalog, status: CaseStatusView): string {
  const service = catalog.services.find((s) => s.code === status.serviceCode);
  return service?.translations[status.language]?.name ?? status.serviceName;
}

function pageBody(status: CaseStatusView, serviceName: string, t: Translate): string {
  const lines = [
    `<h1>${escapeHtml(status.localReference)}</h1>`,
    `<p>${escapeHtml(serviceName)}</p>`,
    `<p role="status">${escapeHtml(t(`request.${status.status}`))}</p>`,
  ];
  if (status.caseId !== null) {
    lines.push(`<p>${escapeHtml(t('request.caseNumber'))} <strong>${escapeHtml(status.caseId)}</strong></p>`);
  }
  if (status.serviceNotice !== null) lines.push(`<p lang="en">${escapeHtml(status.serviceNotice)}</p>`);
  if (status.status === 'received' || status.status === 'sent') {
    lines.push(`<p>${escapeHtml(t('request.refresh'))}</p>`);
  }
  return lines.join('\n');
}

function notFound(reply: FastifyReply, t: Translate) {
  const title = t('request.notFound.title');
  const body = `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(t('request.notFound.body'))}</p>`;
  return statusHtml(reply, 404, title, body, false);
}

export function registerRequestStatusPage(
  app: FastifyInstance,
  { cases, catalog }: CaseRouteDeps,
  catalogs: Catalogs = loadCatalogs(),
): void {
  const texts = (language: string) => translator(catalogs, catalogs[language] ? language : 'en', 'status');
  app.get('/request/:token', async (request, reply) => {
    const token = CaseStatusToken.safeParse((request.params as { token?: unknown }).token);
    const status = token.success ? cases.statusOf(token.data) : undefined;
    if (!status) return notFound(reply, texts('en'));
    const language = catalogs[status.language] ? status.language : 'en';
    const t = texts(language);
    const waiting = status.status === 'received' || status.status === 'sent';
    const body = pageBody(status, serviceNameIn(catalog.current(), status), t);
    const title = t('request.title', { reference: status.localReference });
    return statusHtml(reply, 200, title, body, waiting, language);
  });
}
