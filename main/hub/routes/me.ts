// GET /api/auth/me: who the hub thinks is calling (a staff member with their session end, or a device).
import type { FastifyInstance } from 'fastify';
import { hubApi, type Principal } from '../../../machines/contracts/index.js';
import { callerOf } from './callerOf.js';

export function registerMe(app: FastifyInstance): void {
  app.get(hubApi.me.path, async (request): Promise<Principal> => callerOf(request).principal);
}
