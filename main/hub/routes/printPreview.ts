// GET /api/previews/print: a sample ticket, request receipt or referral slip for a printer model and language,
// rendered as a PNG from the ESC/POS bytes.
import type { FastifyInstance } from 'fastify';
import { hubApi, PreviewQuery, type PrintPreview } from '../../../machines/contracts/index.js';
import type { Catalogs } from '../../../machines/i18n/translate.js';
import { loadCatalogs } from '../../localesFromDisk.js';
import { renderPrintPreview } from '../devices/printPreview.js';
import { parseInput } from './apiErrors.js';
import type { RouteDeps } from './routeDeps.js';

export function registerPrintPreview(app: FastifyInstance, { config, queue, now }: RouteDeps): void {
  let catalogs: Catalogs | undefined;
  app.get(hubApi.printPreview.path, async (request): Promise<PrintPreview> => {
    const query = parseInput(PreviewQuery, request.query ?? {}, 'query');
    catalogs ??= loadCatalogs();
    return renderPrintPreview(query, { site: config, catalogs, serviceDay: queue.serviceDay(), at: now() });
  });
}
