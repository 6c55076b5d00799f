// GET /api/case-services: the services visitors can report and their questions (the hub's copy: live, cached or
// the shipped seed), for kiosks and desks.
import type { FastifyInstance } from 'fastify';
import { type CaseCatalog, hubApi } from '../../../machines/contracts/index.js';
import type { CaseRouteDeps } from '../cases/caseRouteDeps.js';

export function registerCaseCatalog(app: FastifyInstance, { catalog }: CaseRouteDeps): void {
  app.get(hubApi.caseCatalog.path, async (): Promise<CaseCatalog> => catalog.current());
}
