// GET /api/case-status/:token: a request's public status as JSON (the twin of the page /request/:token); nothing
// personal. Unknown and malformed tokens get the same 404 not-found.
import type { FastifyInstance } from 'fastify';
import { CaseStatusToken, type CaseStatusView, hubApi } from '../../../machines/contracts/index.js';
import type { CaseRouteDeps } from '../cases/caseRouteDeps.js';
import { QueueError } from '../queue/queueError.js';

export function registerCaseRequestStatus(app: FastifyInstance, { cases }: CaseRouteDeps): void {
  app.get(hubApi.caseRequestStatus.path, async (request): Promise<CaseStatusView> => {
    const token = CaseStatusToken.safeParse((request.params as { token?: unknown }).token);
    const status = token.success ? cases.statusOf(token.data) : undefined;
    if (!status) {
      throw new QueueError(
        'not-found',
        'There is no request with this link: check the link on your receipt.',
      );
    }
    return status;
  });
}
