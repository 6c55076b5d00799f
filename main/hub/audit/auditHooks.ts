// One generic set of hooks that records every audited request in the audit log; routes need no audit code.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Principal } from '../../../machines/contracts/index.js';
import {
  type AnswerFacts,
  actionOf,
  actorOf,
  answerFacts,
  auditedRoute,
  isAuditSkipped,
  isStaffStream,
  pathTarget,
  staffStreamAction,
} from './auditedRoutes.js';
import type { AuditLog } from './auditLog.js';

export interface AuditHookDeps {
  log: AuditLog;
  /** The caller the auth layer attached to the request, if any. */
  principalOf(request: FastifyRequest): Principal | undefined;
  /** The stored username matching what was typed at sign-in, or undefined (then nothing typed is recorded). */
  knownUsername(typed: string): string | undefined;
}

/** A WebSocket upgrade (read from the header: a hook may refuse it before the websocket plugin marks it). */
const isUpgrade = (request: FastifyRequest) =>
  String(request.headers.upgrade ?? '').toLowerCase() === 'websocket';

const outcomeOf = (status: number) => (status >= 500 ? 'failed' : status >= 400 ? 'refused' : 'ok');

function typedUsername(request: FastifyRequest): string | undefined {
  const body = request.body as { username?: unknown } | null | undefined;
  return typeof body?.username === 'string' ? body.username : undefined;
}

export function registerAuditHooks(app: FastifyInstance, deps: AuditHookDeps): void {
  const answers = new WeakMap<FastifyRequest, AnswerFacts>();

  const record = (
    request: FastifyRequest,
    action: string,
    target: string | null,
    status: number,
    actor = actorOf(deps.principalOf(request)),
  ) => deps.log.record({ actor, action, target, outcome: outcomeOf(status) });

  // Requests being answered (WebSocket upgrades aside: they never reach onResponse). When the last one is done,
  // the group of entries is written at once; while others are in flight it waits for the end of the turn.
  let inFlight = 0;
  app.addHook('onRequest', async (request) => {
    if (!isUpgrade(request)) inFlight += 1;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    // A refused WebSocket upgrade is answered on the raw socket, where onResponse may never run.
    if (isUpgrade(request) && isStaffStream(request) && reply.statusCode >= 400 && reply.statusCode !== 429) {
      record(request, staffStreamAction, null, reply.statusCode);
    }
    if (reply.statusCode < 300 && auditedRoute(request)) answers.set(request, answerFacts(payload));
    return payload;
  });

  // A WebSocket upgrade is handed over before onResponse would run; reaching the handler means it was let in.
  app.addHook('preHandler', async (request) => {
    if (request.ws && isStaffStream(request)) record(request, staffStreamAction, null, 101);
  });

  app.addHook('onResponse', async (request, reply) => {
    const upgrade = isUpgrade(request);
    if (!upgrade) inFlight = Math.max(0, inFlight - 1);
    if (!(upgrade && isStaffStream(request))) recordAnswer(request, reply.statusCode);
    if (inFlight === 0) deps.log.flush();
  });

  function recordAnswer(request: FastifyRequest, status: number): void {
    // Flood answers are not recorded one by one: the rate limiter is the defence, and the log must not balloon.
    if (status === 429 || isAuditSkipped(request)) return;
    const route = auditedRoute(request);
    if (!route) return;
    if (route === 'login') {
      const typed = typedUsername(request);
      const username = typed === undefined ? undefined : deps.knownUsername(typed);
      if (status >= 300) record(request, 'login.failed', username ?? null, status);
      else record(request, 'login', null, status, username ? `staff:${username}` : undefined);
      return;
    }
    const answer = answers.get(request);
    record(request, actionOf(route, request, answer?.kind), answer?.target ?? pathTarget(request), status);
  }
}
