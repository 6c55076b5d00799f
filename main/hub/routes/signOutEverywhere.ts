// POST /api/auth/sign-out-everywhere: ends every session of the signed-in staff member, on every device.
import type { FastifyInstance } from 'fastify';
import { hubApi, sessionCookie } from '../../../machines/contracts/index.js';
import { clearCookie } from '../auth/cookies.js';
import { parseInput } from './apiErrors.js';
import { staffCallerOf } from './callerOf.js';
import type { RouteDeps } from './routeDeps.js';

export function registerSignOutEverywhere(app: FastifyInstance, { auth, secureCookies }: RouteDeps): void {
  app.post(hubApi.signOutEverywhere.path, async (request, reply) => {
    const { principal } = staffCallerOf(request);
    parseInput(hubApi.signOutEverywhere.body, request.body ?? {}, 'body');
    auth.sessions.revokeAllOf(principal.userId);
    reply.header('set-cookie', clearCookie(sessionCookie, secureCookies));
    return { ok: true as const };
  });
}
