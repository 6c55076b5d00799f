// Security headers: on every response, CSP on HTML only (a page's own stricter CSP wins), no-store on /api, HSTS under TLS.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import {
  commonHeaders,
  hstsValue,
  pageCsp,
  registerSecurityHeaders,
} from '../../../../main/hub/security/securityHeaders.js';

let app: FastifyInstance;
afterEach(() => app.close());

function build(tls: boolean) {
  app = Fastify();
  registerSecurityHeaders(app, { tls });
  app.get('/page', (_req, reply) => reply.type('text/html; charset=utf-8').send('<p>hi</p>'));
  app.get('/own-csp', (_req, reply) =>
    reply.header('content-security-policy', "default-src 'none'").type('text/html').send('<p>x</p>'),
  );
  app.get('/api/thing', async () => ({ ok: true }));
  return app;
}

describe('security headers', () => {
  it('puts the common headers on JSON, HTML and 404 answers alike', async () => {
    build(false);
    for (const url of ['/page', '/api/thing', '/nowhere']) {
      const res = await app.inject({ url });
      for (const [name, value] of Object.entries(commonHeaders)) expect(res.headers[name], url).toBe(value);
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('sends the page CSP on HTML only, and keeps a stricter policy a page set itself', async () => {
    build(false);
    const page = await app.inject({ url: '/page' });
    expect(page.headers['content-security-policy']).toBe(pageCsp);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "object-src 'none'",
    ]) {
      expect(pageCsp).toContain(directive);
    }
    expect((await app.inject({ url: '/own-csp' })).headers['content-security-policy']).toBe(
      "default-src 'none'",
    );
    expect((await app.inject({ url: '/api/thing' })).headers['content-security-policy']).toBeUndefined();
  });

  it('forbids caching of API answers only', async () => {
    build(false);
    expect((await app.inject({ url: '/api/thing' })).headers['cache-control']).toBe('no-store');
    expect((await app.inject({ url: '/page' })).headers['cache-control']).toBeUndefined();
  });

  it('adds HSTS when the hub runs TLS', async () => {
    build(true);
    expect((await app.inject({ url: '/api/thing' })).headers['strict-transport-security']).toBe(hstsValue);
  });
});
