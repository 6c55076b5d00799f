// The per-kiosk budget for request submissions: the same per-minute figure as ticket issuing
// (security.rateLimits.kioskPerMinute), counted per enrolled kiosk; staff at the desk are not limited here.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendApiError } from '../routes/apiErrors.js';
import { createTokenBuckets } from '../security/tokenBucket.js';

/** A route-level onRequest hook (it runs after the access guard has identified the caller). */
export function kioskSubmitLimit(perMinute: number, now: () => number) {
  const buckets = createTokenBuckets({ capacity: perMinute, windowMs: 60_000, now });
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const principal = request.caller?.principal;
    if (principal?.kind !== 'device') return;
    const verdict = buckets.take(principal.deviceId);
    if (verdict.allowed) return;
    reply.header('retry-after', String(verdict.retryAfterSeconds));
    return sendApiError(
      reply,
      429,
      'rate-limited',
      `Too many requests from this kiosk: wait ${verdict.retryAfterSeconds} seconds, then try again.`,
    );
  };
}
