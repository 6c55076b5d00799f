// POST /api/case-requests: records a walk-in service request (kiosk or desk) and its outbox entry in one
// transaction and answers with the receipt only after that commit; a retry with the same requestId returns the
// same request (201 the first time, 200 after). Content problems get 400 with each field's problem, except on a
// kiosk's hand-over, which goes to the review list instead. Each kiosk may submit kioskPerMinute a minute.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hubApi, type SubmitCaseRequestResult } from '../../../machines/contracts/index.js';
import { parseVisitorBody } from '../cases/bodyProblems.js';
import type { CaseCaller } from '../cases/caseRequestService.js';
import type { CaseRouteDeps } from '../cases/caseRouteDeps.js';
import { kioskSubmitLimit } from '../cases/kioskSubmitLimit.js';
import { sendProblems } from '../cases/problemAnswer.js';
import { callerOf } from './callerOf.js';

function caseCallerOf(request: FastifyRequest): CaseCaller {
  const { principal } = callerOf(request);
  return principal.kind === 'device'
    ? { channel: 'kiosk', deviceId: principal.deviceId }
    : { channel: 'desk', staffUserId: principal.userId };
}

export function registerSubmitCaseRequest(app: FastifyInstance, { cases, config, now }: CaseRouteDeps): void {
  const onRequest = kioskSubmitLimit(config.security.rateLimits.kioskPerMinute, () => now().getTime());
  app.post(
    hubApi.submitCaseRequest.path,
    { onRequest },
    async (request, reply): Promise<SubmitCaseRequestResult | undefined> => {
      const parsed = parseVisitorBody(hubApi.submitCaseRequest.body, request.body ?? {});
      if (!parsed.ok) return sendProblems(reply, parsed.problems);
      const outcome = cases.submit(parsed.body, caseCallerOf(request));
      if (outcome.kind === 'invalid') return sendProblems(reply, outcome.problems);
      reply.code(outcome.created ? 201 : 200);
      return outcome.result;
    },
  );
}
