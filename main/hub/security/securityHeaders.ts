// The one place that sets security headers: on every response, a strict CSP on HTML, HSTS only under TLS.
import type { FastifyInstance } from 'fastify';

/**
 * CSP of every HTML page the hub serves: only this hub's own scripts, styles, fonts, sounds and connections.
 * `connect-src 'self'` covers the same-origin ws:/wss: stream (CSP Level 3; Chromium since version 71).
 */
export const pageCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "media-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response carries, whatever its type. */
export const commonHeaders: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

/** Half a year: long enough to matter, short enough to recover if the hub's certificate setup changes. */
export const hstsValue = 'max-age=15552000';

export function registerSecurityHeaders(app: FastifyInstance, { tls }: { tls: boolean }): void {
  app.addHook('onSend', async (request, reply, payload) => {
    for (const [name, value] of Object.entries(commonHeaders)) reply.header(name, value);
    if (tls) reply.header('strict-transport-security', hstsValue);
    const type = String(reply.getHeader('content-type') ?? '');
    // A page may send a stricter policy of its own (the status page allows exactly its one inline style).
    if (type.startsWith('text/html') && !reply.hasHeader('content-security-policy')) {
      reply.header('content-security-policy', pageCsp);
    }
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    for (const name of ['access-control-allow-origin', 'access-control-allow-credentials']) {
      reply.removeHeader(name);
    }
    return payload;
  });
}
