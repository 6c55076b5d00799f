// Rate limits by route class: login and enrol per address, issuing per credential, everything per address.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, hubApi } from '../../../../machines/contracts/index.js';
import { registerRateLimits } from '../../../../main/hub/security/rateLimits.js';

let app: FastifyInstance;
let t = 0;
afterEach(() => app.close());

function build(limits = { loginPerMinute: 3, enrolPerMinute: 2, kioskPerMinute: 4, generalPerMinute: 20 }) {
  t = 0;
  app = Fastify();
  registerRateLimits(app, limits, () => t);
  for (const path of [hubApi.login.path, hubApi.enrol.path, hubApi.issueTicket.path]) {
    app.post(path, async () => ({ ok: true }));
  }
  app.get(hubApi.health.path, async () => ({ ok: true }));
  return app;
}

const from = (remoteAddress: string, url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url, remoteAddress, headers, payload: {} });

describe('rate limits', () => {
  it('refuses the 4th login a minute from one address with 429 rate-limited and Retry-After', async () => {
    build();
    for (let i = 0; i < 3; i++) expect((await from('10.0.0.5', hubApi.login.path)).statusCode).toBe(200);
    const refused = await from('10.0.0.5', hubApi.login.path);
    expect(refused.statusCode).toBe(429);
    expect(ApiError.parse(refused.json()).error.code).toBe('rate-limited');
    expect(Number(refused.headers['retry-after'])).toBe(20);
    expect((await from('10.0.0.6', hubApi.login.path)).statusCode).toBe(200);
    t += 20_000;
    expect((await from('10.0.0.5', hubApi.login.path)).statusCode).toBe(200);
  });

  it('counts login and enrol separately', async () => {
    build();
    for (let i = 0; i < 3; i++) await from('10.0.0.5', hubApi.login.path);
    expect((await from('10.0.0.5', hubApi.enrol.path)).statusCode).toBe(200);
    expect((await from('10.0.0.5', hubApi.enrol.path)).statusCode).toBe(200);
    expect((await from('10.0.0.5', hubApi.enrol.path)).statusCode).toBe(429);
  });

  it('budgets ticket issuing per device credential, even from one address', async () => {
    build();
    const kiosk = (token: string) =>
      from('10.0.0.9', hubApi.issueTicket.path, { authorization: `Bearer ${token}` });
    for (let i = 0; i < 4; i++) expect((await kiosk('one')).statusCode).toBe(200);
    expect((await kiosk('one')).statusCode).toBe(429);
    expect((await kiosk('two')).statusCode).toBe(200);
  });

  it('caps all requests from one address generously', async () => {
    build();
    const answers = [];
    for (let i = 0; i < 21; i++)
      answers.push((await app.inject({ url: hubApi.health.path, remoteAddress: '10.0.0.7' })).statusCode);
    expect(answers.filter((s) => s === 200)).toHaveLength(20);
    expect(answers.at(-1)).toBe(429);
    expect((await app.inject({ url: hubApi.health.path, remoteAddress: '10.0.0.8' })).statusCode).toBe(200);
  });
});
