// A real hub process and a real kiosk agent process, with an HTTP relay between them that can hold the agent's
// request submit (never answering) or pass it to the hub and drop the answer. kill -9 of the agent mid-capture,
// and a lost hub answer: after the hand-over the hub holds each request exactly once, with the kiosk's reference
// and status token, and the kiosk's log no longer holds the visitor's data.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localReferenceOf } from '../../../machines/caseRequests/localReference.js';
import {
  type CaseCatalog,
  type SubmitRequestInput,
  SubmitRequestResult,
} from '../../../machines/contracts/index.js';
import { caseRequestLogFile } from '../../../main/agent/caseRequests/requestLog.js';
import { type AgentProcess, startAgentProcess } from '../../support/agentProcess.js';
import { createEnrolmentCodeViaCli } from '../../support/hubAuth.js';
import { type HubProcess, startHubProcess } from '../../support/hubProcess.js';

const submitPath = '/api/case-requests';
const email = 'crash.visitor@example.org';

type RelayMode = 'pass' | 'hold' | 'drop-answer';

/** An HTTP relay to the hub; in `hold` or `drop-answer` mode it acts on POST /api/case-requests only. */
async function startRelay(hubPort: number) {
  let mode: RelayMode = 'pass';
  const sockets = new Set<Socket>();
  const waiters: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const isSubmit = req.method === 'POST' && req.url === submitPath;
      if (isSubmit && mode !== 'pass') for (const wake of waiters.splice(0)) wake();
      if (isSubmit && mode === 'hold') return;
      const dropAnswer = isSubmit && mode === 'drop-answer';
      const upstream = httpRequest(
        { host: '127.0.0.1', port: hubPort, method: req.method, path: req.url, headers: req.headers },
        (answer: IncomingMessage) => {
          const body: Buffer[] = [];
          answer.on('data', (c: Buffer) => body.push(c));
          answer.on('end', () => {
            if (dropAnswer) return req.socket.destroy();
            res.writeHead(answer.statusCode ?? 502, answer.headers).end(Buffer.concat(body));
          });
        },
      );
      upstream.on('error', () => req.socket.destroy());
      upstream.end(Buffer.concat(chunks));
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('relay has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    setMode(next: RelayMode) {
      mode = next;
    },
    /** Resolves when the next submit reaches the relay in a non-pass mode. */
    nextSubmit: () => new Promise<void>((resolve) => waiters.push(resolve)),
    close() {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function kioskCall(agent: AgentProcess, method: string, input: unknown): Promise<unknown> {
  const res = await fetch(`${agent.url}/kiosk-api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body: unknown = await res.json();
  if (!res.ok) throw new Error(`${method} answered ${res.status}: ${JSON.stringify(body)}`);
  return body;
}

/** A request for the catalog's first service, every question answered with an acceptable value. */
function requestFor(catalog: CaseCatalog): SubmitRequestInput {
  const service = catalog.services[0];
  if (!service) throw new Error('the hub serves an empty catalog');
  const answers: SubmitRequestInput['answers'] = {};
  for (const a of catalog.definitions[service.code]?.attributes ?? []) {
    if (!a.variable) continue;
    const first = a.values[0]?.key ?? 'x';
    answers[a.code] =
      a.datatype === 'multivaluelist'
        ? [first]
        : a.datatype === 'singlevaluelist'
          ? first
          : a.datatype === 'number'
            ? '2'
            : a.datatype === 'datetime'
              ? '2026-11-26'
              : 'near the door';
  }
  return {
    requestId: randomUUID(),
    serviceCode: service.code,
    answers,
    location: { kind: 'here' },
    description: 'Crash test description',
    contact: { email },
    language: 'en',
    capturedAt: new Date().toISOString(),
  };
}

/** Every request row of the hub, read through a separate connection. */
function hubRows(dataDir: string): { id: string; local_reference: string; status_token: string }[] {
  const db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT id, local_reference, status_token FROM case_requests ORDER BY id').all() as {
      id: string;
      local_reference: string;
      status_token: string;
    }[];
  } finally {
    db.close();
  }
}

const logText = (dataDir: string) => {
  const file = caseRequestLogFile(dataDir);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
};

describe('walk-in requests through an agent crash and a lost hub answer', () => {
  let hub: HubProcess;
  let relay: Awaited<ReturnType<typeof startRelay>>;
  let agent: AgentProcess | undefined;
  const agentDir = mkdtempSync(join(tmpdir(), 'lobby311-case-crash-agent-'));

  beforeAll(async () => {
    hub = await startHubProcess();
    relay = await startRelay(hub.port);
  });
  afterAll(async () => {
    await agent?.stop();
    await relay?.close();
    await hub?.stop();
    if (hub) rmSync(hub.dataDir, { recursive: true, force: true });
    rmSync(agentDir, { recursive: true, force: true });
  });

  it('hands over a request captured just before a kill -9 exactly once, and one whose answer was lost', async () => {
    const enrolCode = await createEnrolmentCodeViaCli(hub.dataDir);
    agent = await startAgentProcess({ hubUrl: relay.url, enrolCode, dataDir: agentDir });
    const catalog = (await kioskCall(agent, 'getCaseCatalog', {})) as CaseCatalog;

    // 1. The agent wrote its record and the hub call is held: kill -9, restart, hand-over.
    relay.setMode('hold');
    const captured = requestFor(catalog);
    const held = relay.nextSubmit();
    const abandoned = kioskCall(agent, 'submitRequest', captured).catch(() => 'agent gone');
    await held;
    expect(logText(agentDir)).toContain(captured.requestId);
    await agent.kill('SIGKILL');
    expect(await abandoned).toBe('agent gone');
    relay.setMode('pass');
    agent = await startAgentProcess({ hubUrl: relay.url, dataDir: agentDir });
    await expect
      .poll(() => hubRows(hub.dataDir).map((r) => r.id), { timeout: 20_000, interval: 100 })
      .toEqual([captured.requestId]);
    expect(hubRows(hub.dataDir)[0]?.local_reference).toBe(localReferenceOf(captured.requestId));
    await expect.poll(() => logText(agentDir), { timeout: 20_000, interval: 100 }).toBe('');

    // 2. The hub commits but its answer is lost: an offline receipt, then the hand-over finds it already there.
    relay.setMode('drop-answer');
    const lost = requestFor(catalog);
    const answered = relay.nextSubmit();
    const result = SubmitRequestResult.parse(await kioskCall(agent, 'submitRequest', lost));
    await answered;
    expect(result.offline).toBe(true);
    expect(result.receipt.localReference).toBe(localReferenceOf(lost.requestId));
    relay.setMode('pass');
    await expect.poll(() => logText(agentDir), { timeout: 30_000, interval: 100 }).toBe('');
    const rows = hubRows(hub.dataDir);
    expect(rows.map((r) => r.id).sort()).toEqual([captured.requestId, lost.requestId].sort());
    expect(rows.find((r) => r.id === lost.requestId)).toMatchObject({
      local_reference: result.receipt.localReference,
      status_token: result.receipt.statusToken,
    });
    expect(agent.stderr()).not.toContain(email);
  }, 90_000);
});
