// POST /api/auth/logout: ends this session and deletes the session cookie.
import type { FastifyInstance } from 'fastify';
import { hubApi, sessionCookie } from '../../../machines/contracts/index.js';
import { clearCookie } from '../auth/cookies.js';
import { parseInput } from './apiErrors.js';
import { staffCallerOf } from './callerOf.js';
import type { RouteDeps } from './routeDeps.js';

export function registerLogout(app: FastifyInstance, { auth, secureCookies }: RouteDeps): void {
  app.post(hubApi.logout.path, async (request, reply) => {
    const { sessionId } = staffCallerOf(request);
    parseInput(hubApi.logout.body, request.body ?? {}, 'body');
    auth.sessions.revoke(sessionId);
    reply.header('set-cookie', clearCookie(sessionCookie, secureCookies));
    return { ok: true as const };
  });
}
