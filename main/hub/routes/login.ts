// POST /api/auth/login: checks a staff password and sets the HttpOnly session cookie; 401 or 429 otherwise.
import type { FastifyInstance } from 'fastify';
import { hubApi, LoginBody, type Principal, sessionCookie } from '../../../machines/contracts/index.js';
import { serializeCookie } from '../auth/cookies.js';
import { parseInput } from './apiErrors.js';
import type { RouteDeps } from './routeDeps.js';

export function registerLogin(app: FastifyInstance, { auth, secureCookies }: RouteDeps): void {
  app.post(hubApi.login.path, async (request, reply): Promise<Principal> => {
    const { username, password } = parseInput(LoginBody, request.body ?? {}, 'body');
    const { token, caller } = await auth.staff.login(username, password);
    request.caller = { principal: caller.principal, sessionId: caller.sessionId };
    const maxAgeSeconds = auth.settings.sessionAbsoluteMs / 1000;
    reply.header(
      'set-cookie',
      serializeCookie(sessionCookie, token, { maxAgeSeconds, secure: secureCookies }),
    );
    return caller.principal;
  });
}
