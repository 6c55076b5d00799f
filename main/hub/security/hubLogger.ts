// Logger settings of the hub: request lines without headers, bodies, cookies or query strings.
import type { FastifyServerOptions } from 'fastify';

/** Pino options with serializers that keep only method, route pattern and status; secrets are redacted too. */
export const hubLoggerOptions = {
  serializers: {
    req: (request: { method?: string; routeOptions?: { url?: string } }) => ({
      method: request.method,
      route: request.routeOptions?.url ?? '(none)',
    }),
    res: (reply: { statusCode?: number }) => ({ status: reply.statusCode }),
  },
  redact: {
    paths: ['headers', 'body', 'req.headers', 'req.body', 'req.url', 'res.headers', 'password', 'username'],
    censor: '[redacted]',
  },
} satisfies FastifyServerOptions['logger'];
