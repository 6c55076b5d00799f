// POST /api/case-requests/outbox/resume: after the case store refused the API key (delivery stopped, not
// hammering it) and the key was fixed, a supervisor resumes delivery; answers with the outbox status.
import type { FastifyInstance } from 'fastify';
import { type CaseOutboxStatus, hubApi } from '../../../machines/contracts/index.js';
import type { CaseRouteDeps } from '../cases/caseRouteDeps.js';
import { parseInput } from './apiErrors.js';

export function registerResumeCaseDelivery(app: FastifyInstance, { cases }: CaseRouteDeps): void {
  app.post(hubApi.resumeCaseDelivery.path, async (request): Promise<CaseOutboxStatus> => {
    parseInput(hubApi.resumeCaseDelivery.body, request.body ?? {}, 'body');
    return cases.resume();
  });
}
