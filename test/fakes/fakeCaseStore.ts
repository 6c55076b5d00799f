// A fake city case store speaking Open311 GeoReport v2 over real HTTP (node:http), for tests and the demo:
// discovery, form-encoded submissions (realtime, batch with tokens, blackbox), GET requests.json, an optional
// Idempotency-Key deduplication, and injected faults (dropped answers, 5xx, "CRM down", 403, slowness, poison
// requests, refused connections, look-up lag). It records every submission it receives.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { type FakeCase, type FakeToken, listCases, publicView } from './fakeCaseStoreCases.js';
import { defaultFakeCatalog, type FakeCatalog } from './fakeCaseStoreData.js';
import { type FakeFault, type FakeRoute, FaultPlan } from './fakeCaseStoreFaults.js';
import { createSubmissions, type ReceivedCaseRequest } from './fakeCaseStoreSubmit.js';

export type { FakeCase, FakeToken } from './fakeCaseStoreCases.js';
export { defaultFakeCatalog, type FakeCatalog } from './fakeCaseStoreData.js';
export type { FakeFault, FakeRoute } from './fakeCaseStoreFaults.js';
export type { ReceivedCaseRequest } from './fakeCaseStoreSubmit.js';

export interface FakeCaseStoreOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** The api_key submissions must carry; null (default) accepts any. */
  apiKey?: string | null;
  /** When set, every call must name this jurisdiction_id. */
  jurisdictionId?: string | null;
  /** Honour Idempotency-Key (or attribute[lobby311_request_id]): a repeat returns the first answer. */
  deduplicate?: boolean;
  catalog?: FakeCatalog;
  /** Batch services: the case appears this long after the submission (default 0); null: only on releaseTokens(). */
  tokenDelayMs?: number | null;
  now?: () => Date;
  /** Digits of the first case id (default 1000001); ids count up from it. */
  firstCaseId?: string;
  /** Write ids as bare JSON numbers, as the GeoReport spec's examples do (precision lost in JSON.parse). */
  unquotedIds?: boolean;
}

export interface FakeCaseStore {
  port: number;
  /** http://host:port/open311/v2 */
  baseUrl: string;
  /** Every POST requests.json received, in order, with what became of it. */
  received: ReceivedCaseRequest[];
  cases: FakeCase[];
  tokens: FakeToken[];
  hits: Record<FakeRoute | 'other', number>;
  deduplicate: boolean;
  /** One-shot faults: each is used by the first request it applies to. */
  nextFaults: FakeFault[];
  /** Persistent faults (replacing any set before); [] clears them. */
  setFaults(faults: FakeFault[]): void;
  /** Every batch submission waiting gets its case now. */
  releaseTokens(): void;
  /** Resolves once `count` submissions have arrived. */
  waitForReceived(count: number): Promise<void>;
  /** Stops listening and drops open connections: clients get "connection refused". */
  refuse(): Promise<void>;
  /** Listens again on the same port. */
  resume(): Promise<void>;
  close(): Promise<void>;
}

const PREFIX = '/open311/v2/';

function routeOf(method: string, path: string): { route: FakeRoute; param: string } | null {
  if (!path.startsWith(PREFIX)) return null;
  const rest = path.slice(PREFIX.length);
  if (rest === 'services.json') return method === 'GET' ? { route: 'services', param: '' } : null;
  if (rest === 'requests.json') {
    if (method === 'POST') return { route: 'submit', param: '' };
    return method === 'GET' ? { route: 'requests', param: '' } : null;
  }
  const match = /^(services|requests|tokens)\/([^/]+)\.json$/.exec(rest);
  if (!match || method !== 'GET') return null;
  const route = ({ services: 'definition', requests: 'request', tokens: 'token' } as const)[
    match[1] as 'services' | 'requests' | 'tokens'
  ];
  return { route, param: decodeURIComponent(match[2]!) };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeCaseStore(options: FakeCaseStoreOptions = {}): Promise<FakeCaseStore> {
  const host = options.host ?? '127.0.0.1';
  const catalog = options.catalog ?? defaultFakeCatalog;
  const now = options.now ?? (() => new Date());
  const plan = new FaultPlan();
  const sockets = new Set<Socket>();
  const delays = new Set<() => void>();
  const hits: FakeCaseStore['hits'] = {
    services: 0,
    definition: 0,
    submit: 0,
    requests: 0,
    request: 0,
    token: 0,
    other: 0,
  };
  let closed = false;
  const submissions = createSubmissions({
    catalog,
    now,
    plan,
    apiKey: options.apiKey ?? null,
    jurisdictionId: options.jurisdictionId ?? null,
    tokenDelayMs: options.tokenDelayMs === undefined ? 0 : options.tokenDelayMs,
    firstCaseId: BigInt(options.firstCaseId ?? '1000001'),
    deduplicate: () => store.deduplicate,
  });

  const json = (
    response: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    let text = JSON.stringify(body);
    if (options.unquotedIds) text = text.replace(/"service_request_id":"(\d+)"/g, '"service_request_id":$1');
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
    response.end(text);
  };
  const fail = (
    response: ServerResponse,
    status: number,
    description: string,
    headers?: Record<string, string>,
  ) => json(response, status, [{ code: status, description }], headers);

  /** Waits (real time) unless close() comes first; resolves false then. */
  const wait = (ms: number) =>
    new Promise<boolean>((resolve) => {
      const done = (finished: boolean) => {
        clearTimeout(timer);
        delays.delete(cancel);
        resolve(finished);
      };
      const cancel = () => done(false);
      const timer = setTimeout(() => done(true), ms);
      delays.add(cancel);
    });

  function checkJurisdiction(query: URLSearchParams, response: ServerResponse): boolean {
    const wanted = options.jurisdictionId ?? null;
    const given = query.get('jurisdiction_id');
    if (wanted === null || given === wanted) return true;
    if (given === null || given === '') fail(response, 400, 'jurisdiction_id is required');
    else fail(response, 404, `jurisdiction_id ${given} was not found`);
    return false;
  }

  function answer(route: FakeRoute, param: string, query: URLSearchParams, response: ServerResponse) {
    if (!checkJurisdiction(query, response)) return;
    switch (route) {
      case 'services':
        return json(response, 200, catalog.services);
      case 'definition': {
        const definition = catalog.definitions[param];
        if (definition) return json(response, 200, definition);
        return fail(response, 404, `service_code ${param} has no definition`);
      }
      case 'requests':
        return json(response, 200, listCases(store.cases, query, now().getTime()).map(publicView));
      case 'request': {
        const found = store.cases.find((c) => c.serviceRequestId === param);
        return found
          ? json(response, 200, [publicView(found)])
          : fail(response, 404, `request ${param} was not found`);
      }
      case 'token': {
        const token = store.tokens.find((t) => t.token === param);
        if (!token) return fail(response, 404, `token ${param} was not found`);
        const id = token.serviceRequestId;
        return json(response, 200, [
          id === null ? { token: token.token } : { service_request_id: id, token: token.token },
        ]);
      }
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://fake');
    const found = routeOf(request.method ?? 'GET', url.pathname);
    const body = await readBody(request);
    if (!found) {
      hits.other += 1;
      return fail(response, 404, 'not found: this server speaks GeoReport v2 under /open311/v2/*.json');
    }
    hits[found.route] += 1;
    const form = new URLSearchParams(found.route === 'submit' ? body : url.search);
    const received = found.route === 'submit' ? submissions.receive(form, request.headers) : null;
    const choice = plan.take(found.route, found.route === 'submit' ? form.get('service_code') : null);
    if (choice.delayMs !== null && !(await wait(choice.delayMs))) return;
    if (closed) return;
    submissions.releaseDue();
    const fault = choice.response;
    if (received && fault) received.fault = fault.kind;
    if (received && (fault?.kind === 'commit-then-drop' || (fault?.kind === 'status-5xx' && fault.commit))) {
      submissions.process(received, form);
    }
    if (fault?.kind === 'commit-then-drop') {
      request.socket.destroy();
      return;
    }
    if (fault) {
      if (received)
        received.status =
          fault.kind === 'status-5xx' ? (fault.status ?? 503) : fault.kind === 'auth-403' ? 403 : 400;
      if (fault.kind === 'status-5xx') {
        const retry = fault.retryAfterSeconds;
        return fail(
          response,
          fault.status ?? 503,
          'Service temporarily unavailable',
          retry === undefined ? {} : { 'Retry-After': String(retry) },
        );
      }
      if (fault.kind === 'crm-down-400') return fail(response, 400, 'CRM is down, try again later');
      if (fault.kind === 'auth-403') return fail(response, 403, 'Invalid api_key');
      return fail(response, 400, fault.description ?? 'address_string is outside the service area');
    }
    if (!received) return answer(found.route, found.param, url.searchParams, response);
    const result = submissions.process(received, form);
    received.status = result.status;
    json(response, result.status, result.body);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) fail(response, 500, 'internal error');
      else response.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  const stopListening = async () => {
    if (!server.listening) return;
    const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await stopped;
  };
  const port = await listen(options.port ?? 0);

  const store: FakeCaseStore = {
    port,
    baseUrl: `http://${host}:${port}/open311/v2`,
    received: submissions.received,
    cases: submissions.cases,
    tokens: submissions.tokens,
    hits,
    deduplicate: options.deduplicate ?? false,
    nextFaults: plan.next,
    setFaults: (faults) => {
      plan.persistent = [...faults];
    },
    releaseTokens: () => submissions.releaseAll(),
    waitForReceived: (count) => submissions.waitFor(count),
    refuse: stopListening,
    async resume() {
      if (!server.listening && !closed) await listen(port);
    },
    async close() {
      closed = true;
      for (const cancel of [...delays]) cancel();
      await stopListening();
    },
  };
  return store;
}
