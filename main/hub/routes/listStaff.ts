// GET /api/staff: every staff account (never password hashes), for administrators.
import type { FastifyInstance } from 'fastify';
import { hubApi } from '../../../machines/contracts/index.js';
import type { RouteDeps } from './routeDeps.js';

export function registerListStaff(app: FastifyInstance, { auth }: RouteDeps): void {
  app.get(hubApi.listStaff.path, async () => ({ users: auth.staff.list() }));
}
