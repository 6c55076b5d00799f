// Which requests the audit log records, under which action name, and which record each one was about; routes
// may leave out repeats that change nothing (skipAudit).
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

/** Requests a route asked not to record (a health heartbeat that changed nothing): the log stays readable. */
const routine = new WeakSet<FastifyRequest>();

/** Leaves `request` out of the audit log; for repeats that change nothing, never for refusals. */
export function skipAudit(request: FastifyRequest): void {
  routine.add(request);
}

export const isAuditSkipped = (request: FastifyRequest) => routine.has(request);

/** Routes whose action names the kind of kiosk command (`queueDeviceCommand.testPrint`). */
const commandRoutes: readonly HubRoute[] = ['queueDeviceCommand', 'completeDeviceCommand'];

/**
 * The action recorded for an audited route: its hubApi name, except a queue intake switch, recorded as
 * `setQueueIntake.open` or `setQueueIntake.close` so the log says which way it was switched, a kiosk taken
 * out of or put back in service (`setOutOfService.on` / `.off`), and kiosk commands with their kind
 * (`answeredKind`: the command kind the answer carried, when it succeeded).
 */
export function actionOf(route: HubRoute, request: FastifyRequest, answeredKind?: string): string {
  const body = request.body as { open?: unknown; message?: unknown; kind?: unknown } | null | undefined;
  if (route === 'setQueueIntake') {
    return typeof body?.open === 'boolean' ? `${route}.${body.open ? 'open' : 'close'}` : route;
  }
  if (route === 'setOutOfService') {
    if (body?.message === null) return `${route}.off`;
    return typeof body?.message === 'string' ? `${route}.on` : route;
  }
  if (commandRoutes.includes(route)) {
    const kind = answeredKind ?? body?.kind;
    return typeof kind === 'string' && /^[A-Za-z]{1,32}$/.test(kind) ? `${route}.${kind}` : route;
  }
  return route;
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
  requestId: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  noticeId: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
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

export interface AnswerFacts {
  /** The id of the ticket, device or user the answer is about (for a kiosk command: the kiosk). */
  target: string | null;
  /** The kind of kiosk command the answer is about, if any. */
  kind: string | undefined;
}

/** An offline hand-over's answer as counts per outcome ("placed 3, duplicate 1, …"): never ticket content. */
function outcomeCounts(results: unknown[]): string {
  const counts = new Map<string, number>(['placed', 'duplicate', 'closed', 'rejected'].map((o) => [o, 0]));
  for (const result of results) {
    const outcome = (result as { outcome?: unknown } | null)?.outcome;
    if (typeof outcome === 'string' && counts.has(outcome)) counts.set(outcome, counts.get(outcome)! + 1);
  }
  return [...counts].map(([outcome, n]) => `${outcome} ${n}`).join(', ');
}

/**
 * What a successful answer is about (e.g. the ticket a desk just called, the kiosk a command went to; for an
 * offline hand-over, how many tickets had each outcome).
 */
export function answerFacts(payload: unknown): AnswerFacts {
  if (typeof payload !== 'string' || !payload.startsWith('{')) return { target: null, kind: undefined };
  try {
    const body = JSON.parse(payload) as {
      id?: unknown;
      deviceId?: unknown;
      request?: { kind?: unknown };
      ticket?: { id?: unknown };
      device?: { id?: unknown };
      notice?: { id?: unknown };
      results?: unknown;
    };
    if (Array.isArray(body.results)) return { target: outcomeCounts(body.results), kind: undefined };
    const id = body.ticket?.id ?? body.device?.id ?? body.notice?.id ?? body.deviceId ?? body.id;
    const kind = body.request?.kind;
    return {
      target: typeof id === 'string' && id.length <= 64 ? id : null,
      kind: typeof kind === 'string' ? kind : undefined,
    };
  } catch {
    return { target: null, kind: undefined };
  }
}
