// A real in-process hub logging to a file through the service logger: requests carrying a visitor's name, phone
// and email in their bodies, query strings and paths leave one JSON line each (method, route, status) and no
// trace of the personal data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServiceLogger, createServiceLogger } from '../../../main/hub/monitoring/serviceLogger.js';
import { createHub } from '../../../main/hub/server.js';
import { logLines } from '../../support/logFiles.js';
import { relaxedSiteConfig, testKdf } from '../hub/support/testHub.js';

const name = 'Maria Garcia';
const phone = '503-555-0142';
const email = 'maria.garcia@example.com';
let dir: string;
let lines: Record<string, unknown>[];
const statuses: number[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lobby311-hub-logs-'));
  const logger = createServiceLogger({ service: 'hub', file: join(dir, 'logs', 'hub.log') });
  const hub = await createHub({
    dataDir: join(dir, 'data'),
    config: relaxedSiteConfig(),
    rendererDir: join(dir, 'no-renderer'),
    auth: { kdf: testKdf },
    logger,
  });
  const json = { 'content-type': 'application/json' };
  const answers = await Promise.all([
    hub.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: name, password: email } }),
    hub.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: json,
      payload: `{"username": ${name}`,
    }),
    hub.app.inject({ method: 'POST', url: '/api/devices/enrol', payload: { code: phone, delivery: email } }),
    hub.app.inject({ method: 'GET', url: `/api/health?name=${encodeURIComponent(name)}&phone=${phone}` }),
    hub.app.inject({ method: 'GET', url: `/status/${encodeURIComponent(email)}?email=${email}` }),
    hub.app.inject({ method: 'GET', url: `/${encodeURIComponent(name)}/${phone}` }),
    hub.app.inject({ method: 'GET', url: `/readyz?name=${encodeURIComponent(name)}` }),
    hub.app.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: { cookie: `session=${email}`, authorization: `Bearer ${phone}` },
      payload: { name, phone },
    }),
  ]);
  statuses.push(...answers.map((answer) => answer.statusCode));
  await hub.close();
  await closeServiceLogger(logger);
  lines = logLines(join(dir, 'logs'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the hub log file', () => {
  it('has one JSON request line per request: method, route pattern and status', () => {
    const requests = lines.filter((line) => line.msg === 'request');
    expect(requests).toHaveLength(statuses.length);
    expect(requests.map((line) => line.status).sort()).toEqual([...statuses].sort());
    expect(requests).toContainEqual(expect.objectContaining({ method: 'GET', route: '/status/:token' }));
    for (const line of requests) expect(line).toMatchObject({ service: 'hub', level: 30 });
  });

  it('holds none of the personal data the requests carried, nor their credentials', () => {
    const text = JSON.stringify(lines);
    expect(text).not.toMatch(/maria|garcia/i);
    expect(text).not.toContain(phone);
    expect(text).not.toContain('example.com');
    expect(text).not.toMatch(/"(headers|body|query|url|cookie|authorization)"|Bearer|session=/);
  });
});
