// Every endpoint × every caller, generated from hubApi and streamAccess: a new route is covered automatically.
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiError,
  type HubRoute,
  hubApi,
  StreamView,
  streamAccess,
} from '../../../../machines/contracts/index.js';
import { registerAccessGuard } from '../../../../main/hub/auth/accessGuard.js';
import { type CallerKind, callerKinds, startTestHub, type TestHub } from '../support/testHub.js';
import { connectWs, type WsClient, WsRefused } from '../support/wsClient.js';

/** Plausible values for every path parameter the API uses. */
const sampleParams: Record<string, string> = {
  counterId: 'counter-1',
  queueId: 'utility',
  token: 'A'.repeat(32),
  ticketId: randomUUID(),
  userId: randomUUID(),
  deviceId: 'kiosk-00000000',
  commandId: randomUUID(),
  requestId: randomUUID(),
  noticeId: randomUUID(),
  version: '1',
};
const urlOf = (path: string) =>
  path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = sampleParams[name];
    if (value === undefined) throw new Error(`add a sample value for the path parameter "${name}"`);
    return value;
  });
const allowed = (access: readonly string[], who: CallerKind) =>
  access.includes('public') || (who !== 'anonymous' && access.includes(who));

const routes = Object.keys(hubApi) as HubRoute[];

describe.each(routes)('%s', (route) => {
  const def = hubApi[route];
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it('is served by the hub', () => {
    expect(hub.app.hasRoute({ method: def.method, url: def.path })).toBe(true);
  });

  it.each(callerKinds)(`${def.method} ${def.path} as %s`, async (who) => {
    const res = await hub.inject(
      { method: def.method, url: urlOf(def.path), ...(def.method === 'POST' ? { payload: {} } : {}) },
      who,
    );
    if (allowed(def.access, who)) {
      expect([401, 403]).not.toContain(res.statusCode);
      return;
    }
    const status = who === 'anonymous' ? 401 : 403;
    expect(res.statusCode).toBe(status);
    expect(ApiError.parse(res.json()).error.code).toBe(status === 401 ? 'unauthenticated' : 'forbidden');
  });
});

describe.each(StreamView.options)('WebSocket /api/events?view=%s', (view) => {
  let hub: TestHub;
  let base: string;
  const open: WsClient[] = [];
  beforeAll(async () => {
    hub = await startTestHub();
    base = (await hub.app.listen({ port: 0, host: '127.0.0.1' })).replace('http://', 'ws://');
  });
  afterAll(async () => {
    for (const client of open) client.close();
    await hub.close();
  });

  it.each(callerKinds)('as %s', async (who) => {
    const url = `${base}/api/events?view=${view}`;
    const answer = await connectWs(url, { headers: await hub.headersFor(who) }).catch((e: unknown) => e);
    if (allowed(streamAccess[view], who)) {
      expect(answer).not.toBeInstanceOf(Error);
      open.push(answer as WsClient);
      // The kiosk view carries notices only; the others start with a snapshot.
      const first = view === 'kiosk' ? 'notices' : 'snapshot';
      expect(await (answer as WsClient).next()).toMatchObject({ kind: first });
      return;
    }
    expect(answer).toBeInstanceOf(WsRefused);
    expect((answer as WsRefused).status).toBe(who === 'anonymous' ? 401 : 403);
  });
});

describe('the access guard', () => {
  it('refuses to start a hub with an /api route that has no access rule in hubApi', async () => {
    const app = Fastify();
    registerAccessGuard(app, {} as Parameters<typeof registerAccessGuard>[1]);
    expect(() => app.get('/api/backdoor', async () => 'open')).toThrow(/no access rule/);
    expect(() => app.post(hubApi.getQueue.path, async () => 'wrong method')).toThrow(/no access rule/);
    expect(() => app.get('/not-api', async () => 'fine')).not.toThrow();
    await app.close();
  });
});
