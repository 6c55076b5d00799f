// Origin checks: cross-site POSTs and WebSocket upgrades are refused; same-origin, listed or Origin-less pass.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../machines/contracts/index.js';
import { registerOriginCheck } from '../../../../main/hub/security/originCheck.js';

let app: FastifyInstance;
afterEach(() => app.close());

function build(allowed: string[] = []) {
  app = Fastify();
  registerOriginCheck(app, allowed);
  app.post('/api/thing', async () => ({ ok: true }));
  app.get('/api/thing', async () => ({ ok: true }));
  return app;
}

const post = (origin?: string, host = 'hub.lan:8311') =>
  app.inject({
    method: 'POST',
    url: '/api/thing',
    headers: { host, ...(origin === undefined ? {} : { origin }) },
    payload: {},
  });

describe('origin check', () => {
  it('lets a POST without Origin through (curl, the kiosk agent)', async () => {
    build();
    expect((await post()).statusCode).toBe(200);
  });

  it('lets the hub’s own origin through, default ports and case normalised', async () => {
    build();
    expect((await post('http://hub.lan:8311')).statusCode).toBe(200);
    expect((await post('http://HUB.lan', 'hub.lan:80')).statusCode).toBe(200);
  });

  it('refuses another site, another port, another scheme, "null" and garbage with 403 forbidden', async () => {
    build();
    for (const origin of [
      'http://evil.example',
      'http://hub.lan:8312',
      'https://hub.lan:8311',
      'null',
      'not a url',
    ]) {
      const res = await post(origin);
      expect(res.statusCode, origin).toBe(403);
      expect(ApiError.parse(res.json()).error.code).toBe('forbidden');
    }
  });

  it('lets an origin listed in the site config through', async () => {
    build(['https://desk.city.example']);
    expect((await post('https://desk.city.example')).statusCode).toBe(200);
    expect((await post('https://other.city.example')).statusCode).toBe(403);
  });

  it('refuses a cross-site WebSocket upgrade but not a plain cross-site GET', async () => {
    build();
    const upgrade = await app.inject({
      url: '/api/thing',
      headers: {
        host: 'hub.lan:8311',
        origin: 'http://evil.example',
        upgrade: 'websocket',
        connection: 'Upgrade',
      },
    });
    expect(upgrade.statusCode).toBe(403);
    const get = await app.inject({
      url: '/api/thing',
      headers: { host: 'hub.lan:8311', origin: 'http://evil.example' },
    });
    expect(get.statusCode).toBe(200);
  });
});
