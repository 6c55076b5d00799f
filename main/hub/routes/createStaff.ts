// POST /api/staff: adds a staff account with a role (409 conflict when the username is taken).
import type { FastifyInstance } from 'fastify';
import { CreateStaffBody, hubApi, type StaffUser } from '../../../machines/contracts/index.js';
import { parseInput } from './apiErrors.js';
import type { RouteDeps } from './routeDeps.js';

export function registerCreateStaff(app: FastifyInstance, { auth }: RouteDeps): void {
  app.post(hubApi.createStaff.path, async (request, reply): Promise<StaffUser> => {
    const body = parseInput(CreateStaffBody, request.body ?? {}, 'body');
    const user = await auth.staff.create(body);
    reply.code(201);
    return user;
  });
}
