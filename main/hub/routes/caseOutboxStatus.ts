// GET /api/case-requests/outbox: the delivery outbox for /maintenance: pending count and age, last success,
// last error, breaker, auth stop, the catalog's source, duplicates and the review list.
import type { FastifyInstance } from 'fastify';
import { type CaseOutboxStatus, hubApi } from '../../../machines/contracts/index.js';
import type { CaseRouteDeps } from '../cases/caseRouteDeps.js';

export function registerCaseOutboxStatus(app: FastifyInstance, { cases }: CaseRouteDeps): void {
  app.get(hubApi.caseOutboxStatus.path, async (): Promise<CaseOutboxStatus> => cases.outboxStatus());
}
