// Refuses cross-site writes and WebSocket hijacking: a POST or upgrade whose Origin is not the hub's own → 403.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendApiError } from '../routes/apiErrors.js';

/** `scheme://host[:port]` normalised (default ports dropped, lower-case), or undefined if not a URL. */
function normalisedOrigin(text: string): string | undefined {
  try {
    const origin = new URL(text).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** The hub's own origin as the client addressed it: the request's scheme and Host header. */
export function ownOrigin(request: FastifyRequest): string | undefined {
  const host = request.headers.host;
  return host ? normalisedOrigin(`${request.protocol}://${host}`) : undefined;
}

const isUpgrade = (request: FastifyRequest) =>
  String(request.headers.upgrade ?? '').toLowerCase() === 'websocket';

/** Whether a request's Origin (if any) may write or open a stream; requests without Origin carry no cookies. */
export function originAllowed(request: FastifyRequest, allowed: ReadonlySet<string>): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  const claimed = normalisedOrigin(origin);
  return claimed !== undefined && (claimed === ownOrigin(request) || allowed.has(claimed));
}

export function registerOriginCheck(app: FastifyInstance, allowedOrigins: readonly string[]): void {
  const allowed = new Set(allowedOrigins.map(normalisedOrigin).filter((o): o is string => o !== undefined));
  app.addHook('onRequest', async (request, reply) => {
    const guarded = (request.method !== 'GET' && request.method !== 'HEAD') || isUpgrade(request);
    if (!guarded || originAllowed(request, allowed)) return;
    return sendApiError(
      reply,
      403,
      'forbidden',
      'This request came from another web site: open the hub page itself, or ask IT to allow that site.',
    );
  });
}
