// Per-minute request budgets by route class: login and enrol per address, issuing per device, the rest per address.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hubApi, type SecurityConfig } from '../../../machines/contracts/index.js';
import { sendApiError } from '../routes/apiErrors.js';
import { createTokenBuckets, type TokenBuckets } from './tokenBucket.js';

type RateLimits = SecurityConfig['rateLimits'];

const minute = 60_000;

/** The credential a request carries (bearer token or cookie header), hashed so no secret is kept in memory. */
function credentialKey(request: FastifyRequest): string | undefined {
  const credential = request.headers.authorization ?? request.headers.cookie;
  if (!credential) return undefined;
  return createHash('sha256').update(credential).digest('base64url');
}

interface RouteClass {
  buckets: TokenBuckets;
  key: (request: FastifyRequest) => string;
}

const routeKey = (method: string, path: string) => `${method} ${path}`;

export function registerRateLimits(app: FastifyInstance, limits: RateLimits, now: () => number): void {
  const perMinute = (capacity: number) => createTokenBuckets({ capacity, windowMs: minute, now });
  const byAddress = (request: FastifyRequest) => request.ip;
  const classes = new Map<string, RouteClass>([
    [
      routeKey(hubApi.login.method, hubApi.login.path),
      { buckets: perMinute(limits.loginPerMinute), key: byAddress },
    ],
    [
      routeKey(hubApi.enrol.method, hubApi.enrol.path),
      { buckets: perMinute(limits.enrolPerMinute), key: byAddress },
    ],
    [
      routeKey(hubApi.issueTicket.method, hubApi.issueTicket.path),
      {
        buckets: perMinute(limits.kioskPerMinute),
        key: (request) => credentialKey(request) ?? `address:${request.ip}`,
      },
    ],
  ]);
  const general = perMinute(limits.generalPerMinute);

  app.addHook('onRequest', async (request, reply) => {
    const routeClass = classes.get(routeKey(request.method, request.routeOptions.url ?? ''));
    const classVerdict = routeClass?.buckets.take(routeClass.key(request));
    const verdict = classVerdict?.allowed === false ? classVerdict : general.take(request.ip);
    if (verdict.allowed) return;
    reply.header('retry-after', String(verdict.retryAfterSeconds));
    return sendApiError(
      reply,
      429,
      'rate-limited',
      `Too many requests: wait ${verdict.retryAfterSeconds} seconds, then try again.`,
    );
  });
}
