// POST /api/staff/:userId/disable: disables an account and ends all its sessions at once.
import type { FastifyInstance } from 'fastify';
import { hubApi, type StaffUser } from '../../../machines/contracts/index.js';
import { parseInput } from './apiErrors.js';
import { staffCallerOf } from './callerOf.js';
import { UserParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

export function registerDisableStaff(app: FastifyInstance, { auth }: RouteDeps): void {
  app.post(hubApi.disableStaff.path, async (request): Promise<StaffUser> => {
    const { userId } = parseInput(UserParams, request.params, 'path');
    parseInput(hubApi.disableStaff.body, request.body ?? {}, 'body');
    return auth.staff.disable(userId, staffCallerOf(request));
  });
}
