// Which requests the audit log records, under which action name, and which record each one was about.
import type { FastifyRequest } from 'fastify';
import { type HubRoute, hubApi, type Principal } from '../../../machines/contracts/index.js';

/** Reads that reveal personal data; every POST (state change) is audited as well. */
const personalReads: readonly HubRoute[] = ['getQueue', 'listStaff', 'listAudit', 'exportAudit'];

/** Action recorded when a staff member opens the live staff stream (tickets with their needs). */
export const staffStreamAction = 'events.staff';
export const staffStreamPath = '/api/events';

const audited = new Map<string, HubRoute>(
  (Object.entries(hubApi) as [HubRoute, (typeof hubApi)[HubRoute]][])
    .filter(([name, route]) => route.method === 'POST' || personalReads.includes(name))
    .map(([name, route]) => [`${route.method} ${route.path}`, name]),
);

/** The hubApi route name of an audited request, or undefined when the request is not audited. */
export function auditedRoute(request: FastifyRequest): HubRoute | undefined {
  return audited.get(`${request.method} ${request.routeOptions.url ?? ''}`);
}

export function isStaffStream(request: FastifyRequest): boolean {
  const view = (request.query as Record<string, unknown> | undefined)?.view;
  return request.routeOptions.url === staffStreamPath && view === 'staff';
}

/**
 * The action recorded for an audited route: its hubApi name, except a queue intake switch, recorded as
 * `setQueueIntake.open` or `setQueueIntake.close` so the log says which way it was switched.
 */
export function actionOf(route: HubRoute, request: FastifyRequest): string {
  if (route !== 'setQueueIntake') return route;
  const open = (request.body as { open?: unknown } | null | undefined)?.open;
  return typeof open === 'boolean' ? `${route}.${open ? 'open' : 'close'}` : route;
}

export function actorOf(principal: Principal | undefined): string {
  if (principal?.kind === 'staff') return `staff:${principal.username}`;
  if (principal?.kind === 'device') return `device:${principal.deviceId}`;
  return 'anonymous';
}

/** Path parameters kept as targets only when they have the shape of a real id (never arbitrary typed text). */
const idShapes: Record<string, RegExp> = {
  ticketId: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  userId: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  deviceId: /^[A-Za-z0-9._-]{1,64}$/,
  counterId: /^[a-z0-9][a-z0-9-]{0,39}$/,
  queueId: /^[a-z0-9][a-z0-9-]{0,39}$/,
};

export function pathTarget(request: FastifyRequest): string | null {
  const params = (request.params ?? {}) as Record<string, unknown>;
  for (const [name, shape] of Object.entries(idShapes)) {
    const value = params[name];
    if (typeof value === 'string' && shape.test(value)) return value;
  }
  return null;
}

/** The id of the ticket, device or user a successful answer is about (e.g. the ticket a desk just called). */
export function answerTarget(payload: unknown): string | null {
  if (typeof payload !== 'string' || !payload.startsWith('{')) return null;
  try {
    const body = JSON.parse(payload) as {
      id?: unknown;
      ticket?: { id?: unknown };
      device?: { id?: unknown };
    };
    const id = body.ticket?.id ?? body.device?.id ?? body.id;
    return typeof id === 'string' && id.length <= 64 ? id : null;
  } catch {
    return null;
  }
}
