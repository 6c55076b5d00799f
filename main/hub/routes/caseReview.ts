// POST /api/case-requests/:requestId/{edit,retry,withdraw}: a supervisor's actions on a request in the review
// list: correct it and queue it again, queue it again as it is, or withdraw it (its personal data purged at once).
// The audit hooks record each action with its outcome, like every POST.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type CaseRequestResult, hubApi } from '../../../machines/contracts/index.js';
import { parseVisitorBody } from '../cases/bodyProblems.js';
import type { CaseRouteDeps } from '../cases/caseRouteDeps.js';
import { sendProblems } from '../cases/problemAnswer.js';
import { parseInput } from './apiErrors.js';

const RequestParams = z.object({ requestId: z.uuid() });
type ReviewAnswer = z.infer<typeof CaseRequestResult>;

export function registerCaseReview(app: FastifyInstance, { cases }: CaseRouteDeps): void {
  app.post(hubApi.editCaseRequest.path, async (request, reply): Promise<ReviewAnswer | undefined> => {
    const { requestId } = parseInput(RequestParams, request.params, 'path');
    const parsed = parseVisitorBody(hubApi.editCaseRequest.body, request.body ?? {});
    if (!parsed.ok) return sendProblems(reply, parsed.problems);
    const outcome = cases.edit(requestId, parsed.body);
    if (outcome.kind === 'invalid') return sendProblems(reply, outcome.problems);
    return { request: outcome.request };
  });

  app.post(hubApi.retryCaseRequest.path, async (request): Promise<ReviewAnswer> => {
    const { requestId } = parseInput(RequestParams, request.params, 'path');
    parseInput(hubApi.retryCaseRequest.body, request.body ?? {}, 'body');
    return { request: cases.retry(requestId) };
  });

  app.post(hubApi.withdrawCaseRequest.path, async (request): Promise<ReviewAnswer> => {
    const { requestId } = parseInput(RequestParams, request.params, 'path');
    const { reason } = parseInput(hubApi.withdrawCaseRequest.body, request.body ?? {}, 'body');
    return { request: cases.withdraw(requestId, reason) };
  });
}
