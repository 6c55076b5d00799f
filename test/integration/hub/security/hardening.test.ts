// The hardening as the whole hub applies it: login rate limit, origin checks, no CORS, headers on every answer.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../machines/contracts/index.js';
import { commonHeaders } from '../../../../main/hub/security/securityHeaders.js';
import { type SecuredHub, startSecuredHub } from '../fuzz/securedHub.js';
import { siteConfig } from '../support/testHub.js';

let hub: SecuredHub;
beforeEach(async () => {
  hub = await startSecuredHub(siteConfig());
});
afterEach(() => hub.close());

const login = (username: string, headers: Record<string, string> = {}) =>
  hub.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { host: 'hub.lan:8311', ...headers },
    payload: { username, password: 'not the password' },
  });

describe('the hardened hub', () => {
  it('throttles sign-in attempts from one address at the configured 10 a minute', async () => {
    // The test hub already signed in 4 staff members from this address.
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await login(`nobody${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
    const refused = await login('nobody-else');
    expect(ApiError.parse(refused.json()).error.code).toBe('rate-limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    hub.clock.advance(60_000);
    expect((await login('nobody-later')).statusCode).toBe(401);
  });

  it('refuses a cross-site sign-in with 403 but lets its own origin through', async () => {
    const cross = await login('nobody', { origin: 'https://evil.example' });
    expect(cross.statusCode).toBe(403);
    expect(ApiError.parse(cross.json()).error.code).toBe('forbidden');
    expect((await login('nobody', { origin: 'http://hub.lan:8311' })).statusCode).toBe(401);
  });

  it('never answers with CORS headers, even to a preflight', async () => {
    const preflight = await hub.app.inject({
      method: 'OPTIONS',
      url: '/api/tickets',
      headers: {
        host: 'hub.lan:8311',
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
      },
    });
    expect(preflight.statusCode).toBe(403);
    for (const res of [preflight, await hub.app.inject({ url: '/api/health' })]) {
      expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('puts the security headers on API answers, errors and pages', async () => {
    for (const url of ['/api/health', '/api/queue', '/nowhere', '/status/not-a-token']) {
      const res = await hub.app.inject({ url });
      for (const [name, value] of Object.entries(commonHeaders))
        expect(res.headers[name], `${url} ${name}`).toBe(value);
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('answers a malformed or over-long address with an ApiError, not Fastify’s own body', async () => {
    for (const url of ['/api/tickets/%zz/recall', `/api/tickets/${'x'.repeat(500)}/recall`]) {
      const res = await hub.app.inject({ method: 'POST', url, headers: hub.headers('desk'), payload: {} });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(ApiError.parse(res.json()).error.code).toBe('invalid-request');
      expect(res.body).not.toContain('xxxxxxxx');
    }
  });
});
