// A simulated day on a real hub with request logging on: its output holds no names, phones, emails or secrets.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { EnrolmentCode, EnrolResult, sessionCookie } from '../../../../machines/contracts/index.js';
import { openHubDatabase } from '../../../../main/hub/store/hubDatabase.js';
import { createSqliteAuthStore } from '../../../../main/hub/store/sqliteAuthStore.js';
import { type RunningService, spawnService } from '../../../../main/process/spawnService.js';
import { hashPassword } from '../../../../main/secrets/passwords.js';
import { writeTestSiteConfig } from '../../../support/siteConfig.js';
import { testKdf } from '../fuzz/securedHub.js';

const name = 'Maria Garcia';
const phone = '503-555-0142';
const email = 'maria.garcia@example.com';
const deskPassword = 'purple monkey dishwasher 42';
const adminPassword = 'plaid elephant saxophone 7';

let dataDir: string;
let hub: RunningService;
const stdout: string[] = [];
const secrets: string[] = [deskPassword, adminPassword];

async function seedStaff(): Promise<void> {
  const db = openHubDatabase(join(dataDir, 'hub.sqlite'));
  const store = createSqliteAuthStore(db);
  for (const [username, role, password] of [
    ['lee.desk', 'desk', deskPassword],
    ['kim.admin', 'administrator', adminPassword],
  ] as const) {
    store.insertUser({
      id: randomUUID(),
      username,
      displayName: username,
      role,
      passwordHash: await hashPassword(password, testKdf),
      disabled: false,
      createdAt: new Date().toISOString(),
      failedLogins: 0,
      lockedUntil: null,
    });
  }
  db.close();
}

async function call(
  method: 'GET' | 'POST',
  path: string,
  options: { headers?: Record<string, string>; body?: unknown; raw?: string } = {},
): Promise<Response> {
  const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  return fetch(`${hub.url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
    ...(body === undefined ? {} : { body }),
  });
}

async function login(username: string, password: string): Promise<string> {
  const res = await call('POST', '/api/auth/login', { body: { username, password } });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${sessionCookie}=`))!;
  const value = cookie.split(';')[0]!;
  secrets.push(value.slice(sessionCookie.length + 1));
  return value;
}

async function simulatedDay(): Promise<void> {
  const admin = { cookie: await login('kim.admin', adminPassword) };
  const code = await call('POST', '/api/devices/enrolment-codes', {
    headers: admin,
    body: { role: 'kiosk', name: 'Lobby kiosk' },
  });
  const enrolment = EnrolmentCode.parse(await code.json()).code;
  secrets.push(enrolment);
  const enrolled = EnrolResult.parse(
    await (await call('POST', '/api/devices/enrol', { body: { code: enrolment, delivery: 'token' } })).json(),
  );
  secrets.push(enrolled.token!);
  const kiosk = { authorization: `Bearer ${enrolled.token}` };
  const desk = { cookie: await login('lee.desk', deskPassword) };

  for (const language of ['es', 'zh-Hans', 'ase']) {
    const res = await call('POST', '/api/tickets', {
      headers: kiosk,
      body: {
        requestId: randomUUID(),
        serviceId: 'utility-bills',
        language: language === 'ase' ? 'en' : language,
        needs: { interpreter: { mode: 'in-person', language }, accessibility: ['wheelchair', 'hearing'] },
        deviceId: enrolled.device.id,
      },
    });
    expect(res.status).toBe(201);
    secrets.push(((await res.json()) as { statusToken: string }).statusToken);
  }
  expect((await call('GET', `/status/${secrets.at(-1)}`)).status).toBe(200);

  const walkIn = {
    requestId: randomUUID(),
    serviceCode: 'general-feedback',
    answers: {},
    location: { kind: 'address', address: `${name}'s house, 12 SE Main St` },
    description: `${name} (${phone}, ${email}) says the lobby door sticks`,
    contact: { firstName: 'Maria', lastName: 'Garcia', email, phone },
    language: 'es',
    capturedAt: new Date().toISOString(),
  };
  const filed = await call('POST', '/api/case-requests', { headers: kiosk, body: walkIn });
  expect(filed.status).toBe(201);
  const { receipt } = (await filed.json()) as { receipt: { statusToken: string } };
  secrets.push(receipt.statusToken);
  expect((await call('GET', `/request/${receipt.statusToken}`)).status).toBe(200);
  const refused = await call('POST', '/api/case-requests', {
    headers: kiosk,
    body: { ...walkIn, requestId: randomUUID(), serviceCode: 'pothole', answers: { size: email } },
  });
  expect(refused.status).toBe(400);
  const stream = new WebSocket(`${hub.url.replace('http', 'ws')}/api/events?view=staff`, { headers: desk });
  await new Promise((resolve, reject) => {
    stream.once('message', resolve);
    stream.once('error', reject);
  });
  stream.close();

  await call('POST', '/api/counters/counter-1/sign-in', { headers: desk, body: {} });
  const first = await (
    await call('POST', '/api/counters/counter-1/call-next', {
      headers: desk,
      body: { requestId: randomUUID() },
    })
  ).json();
  const ticketId = (first as { ticket: { id: string } }).ticket.id;
  await call('POST', `/api/tickets/${ticketId}/recall`, { headers: desk, body: { counterId: 'counter-1' } });
  await call('POST', `/api/tickets/${ticketId}/notes`, {
    headers: desk,
    body: { text: `${name} called back on ${phone}, email ${email}` },
  });
  await call('POST', `/api/tickets/${ticketId}/complete`, { headers: desk, body: { outcomeId: 'resolved' } });
  await call('POST', '/api/counters/counter-2/sign-in', { headers: desk, body: {} });
  const second = await (
    await call('POST', '/api/counters/counter-2/call-next', {
      headers: desk,
      body: { requestId: randomUUID() },
    })
  ).json();
  await call('POST', `/api/tickets/${(second as { ticket: { id: string } }).ticket.id}/no-show`, {
    headers: desk,
    body: {},
  });
  await call('GET', '/api/queue', { headers: desk });

  // Mistakes and attacks, full of personal data.
  expect(
    (await call('POST', '/api/auth/login', { body: { username: deskPassword, password: 'lee.desk' } }))
      .status,
  ).toBe(401);
  expect(
    (await call('POST', '/api/auth/login', { body: { username: `${name} ${phone}`, password: email } }))
      .status,
  ).toBe(401);
  const hostile = [
    call('POST', '/api/tickets', {
      headers: kiosk,
      body: { name, phone, email, needs: { interpreter: name } },
    }),
    call('POST', '/api/tickets', {
      headers: kiosk,
      raw: `{"name": "${name}", "phone": ${phone}, "email": "${email}"`,
    }),
    call('POST', `/api/tickets/${encodeURIComponent(email)}/recall`, {
      headers: desk,
      body: { counterId: phone },
    }),
    call('POST', '/api/staff', {
      headers: admin,
      body: { username: email, displayName: name, role: 'desk', password: phone },
    }),
    call('GET', `/${encodeURIComponent(name)}/${email}`),
    call('POST', '/api/devices/enrol', { body: { code: phone, delivery: email } }),
    call('POST', '/api/tickets', {
      headers: { ...kiosk, origin: `http://${email.replace('@', '.')}` },
      body: { name },
    }),
  ];
  for (const res of await Promise.all(hostile)) expect(res.status).toBeGreaterThanOrEqual(400);
  const query = `?name=${encodeURIComponent(name)}&phone=${phone}&email=${email}`;
  expect((await call('GET', `/api/queue${query}`, { headers: desk })).status).toBe(200);
  await call('POST', '/api/auth/logout', { headers: desk, body: {} });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lobby311-hub-privacy-'));
  await seedStaff();
  hub = await spawnService({
    script: 'main/hub/cli.ts',
    args: ['--port', '0', '--data', dataDir, '--config', writeTestSiteConfig(dataDir)],
    ready: /lobby311 hub listening on (http:\/\/\S+) /,
    onLine: (line) => stdout.push(line),
  });
  await simulatedDay();
  await hub.stop();
});
afterAll(async () => {
  await hub?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the hub log after a simulated day', () => {
  it('has one line per request, so the checks below read real output', () => {
    const requests = stdout.filter((line) => line.includes('"msg":"request"'));
    expect(requests.length).toBeGreaterThanOrEqual(20);
  });

  it('holds no phone numbers, email addresses or the visitor’s name', () => {
    const output = `${stdout.join('\n')}\n${hub.stderr()}`;
    expect(output).not.toMatch(/\b\d{3}[-. ]\d{3}[-. ]\d{4}\b/);
    expect(output).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);
    expect(output).not.toMatch(/maria|garcia/i);
  });

  it('holds no passwords, tokens, codes, cookies, authorization headers, bodies or query strings', () => {
    const output = `${stdout.join('\n')}\n${hub.stderr()}`;
    for (const secret of secrets) expect(output).not.toContain(secret);
    expect(output).not.toMatch(/authorization|cookie|bearer/i);
    expect(output).not.toMatch(/"(body|headers|query|payload)"/);
    expect(output).not.toContain('interpreter');
    expect(output).not.toContain('wheelchair');
    expect(output).not.toContain('SE Main St');
    expect(output).not.toContain('door sticks');
    expect(output).not.toContain('?name=');
  });
});
