// The one access check for every /api route: the route's `access` from hubApi (streamAccess for WebSockets).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  type Access,
  DeviceRole,
  hubApi,
  StaffRole,
  StreamView,
  streamAccess,
} from '../../../machines/contracts/index.js';
import { sendApiError } from '../routes/apiErrors.js';
import { type Caller, identify } from './authenticate.js';
import type { AuthService } from './authService.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling, resolved once per /api request by the access guard (null: nobody signed in). */
    caller: Caller | null;
  }
}

/** The WebSocket route; its access depends on `?view=` (see streamAccess in hubEvents.ts). */
export const streamPath = '/api/events';
const anyCredential: readonly Access[] = [...StaffRole.options, ...DeviceRole.options];

const ruleKey = (method: string, path: string) => `${method === 'HEAD' ? 'GET' : method} ${path}`;
const rules = new Map<string, readonly Access[]>(
  Object.values(hubApi).map((route) => [ruleKey(route.method, route.path), route.access]),
);

/** Who may call `method path`, or undefined when hubApi has no such route. */
export function accessRule(method: string, path: string): readonly Access[] | undefined {
  return rules.get(ruleKey(method, path));
}

function streamRule(request: FastifyRequest): readonly Access[] {
  const view = StreamView.safeParse((request.query as Record<string, unknown> | undefined)?.view);
  // Without a valid view the stream handler closes the socket with a reason, but only for a known caller.
  return view.success ? streamAccess[view.data] : anyCredential;
}

/** True when `caller` may use a route open to `access`. */
export function mayAccess(access: readonly Access[], caller: Caller | null): boolean {
  if (access.includes('public')) return true;
  return caller !== null && access.includes(caller.principal.role);
}

/**
 * Registers the guard on `app` before any route: every /api route must have a rule in hubApi (or be the
 * event stream), or registering it throws; every /api request is identified and checked before its body is
 * even read: no credential → 401 unauthenticated, the wrong role → 403 forbidden.
 */
export function registerAccessGuard(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('caller', null);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url === streamPath) return;
    // A CORS preflight never carries credentials; it is answered without running any handler logic.
    const methods = [route.method].flat().filter((method) => method !== 'OPTIONS');
    for (const method of methods) {
      if (!accessRule(method, route.url)) {
        throw new Error(
          `route ${method} ${route.url} has no access rule: add it to hubApi in machines/contracts`,
        );
      }
    }
  });
  app.addHook('onRequest', async (request, reply) => {
    const path = request.routeOptions.url;
    if (path === undefined || !path.startsWith('/api/') || request.method === 'OPTIONS') return;
    // Deny by default: an /api route without a rule (which onRoute prevents) is open to nobody.
    const access = (path === streamPath ? streamRule(request) : accessRule(request.method, path)) ?? [];
    const { caller, presented } = identify(auth, request.headers);
    request.caller = caller;
    if (mayAccess(access, caller)) return;
    if (!caller) {
      const message = presented
        ? 'Your sign-in has ended or this device is no longer enrolled: sign in (or enrol the device) again.'
        : 'Sign in first: this needs a staff account or an enrolled device.';
      return sendApiError(reply, 401, 'unauthenticated', message);
    }
    const allowed = access.join(', ');
    return sendApiError(
      reply,
      403,
      'forbidden',
      `Your role (${caller.principal.role}) cannot do this; it needs one of: ${allowed}. Ask a supervisor.`,
    );
  });
}
