// POST /api/devices/enrolment-codes: a one-time code (15 minutes) to enrol a kiosk or display.
import type { FastifyInstance } from 'fastify';
import { CreateEnrolmentCodeBody, type EnrolmentCode, hubApi } from '../../../machines/contracts/index.js';
import { parseInput } from './apiErrors.js';
import { staffCallerOf } from './callerOf.js';
import type { RouteDeps } from './routeDeps.js';

export function registerCreateEnrolmentCode(app: FastifyInstance, { auth }: RouteDeps): void {
  app.post(hubApi.createEnrolmentCode.path, async (request, reply): Promise<EnrolmentCode> => {
    const body = parseInput(CreateEnrolmentCodeBody, request.body ?? {}, 'body');
    const { principal } = staffCallerOf(request);
    const code = auth.devices.createEnrolmentCode(body, `staff:${principal.username}`);
    reply.code(201);
    return code;
  });
}
